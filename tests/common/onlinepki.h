#pragma once

// A test PKI whose certificates' OCSP and CRL URLs point at a plain-HTTP port on 127.0.0.1 that
// the dev RSSP then serves (DevRssp::Options::pkiPort), so that online revocation checking runs
// against a real responder. Made at test time by tests/data/make-pki.sh (a few seconds).

#include <QProcess>
#include <QString>
#include <QTcpServer>

#include <optional>

struct OnlinePki
{
    QString dir;
    int port = 0;

    // A free port now; a race with another process taking it before the RSSP does is possible
    // but harmless: the RSSP then fails to start and the test says so.
    static std::optional<OnlinePki> make(const QString &dir, QString *error)
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = QStringLiteral("no free port");
            return std::nullopt;
        }
        const int port = probe.serverPort();
        probe.close();
        QProcess make;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SIC_PKI_URL_BASE"), QStringLiteral("http://127.0.0.1:%1").arg(port));
        make.setProcessEnvironment(env);
        make.setProcessChannelMode(QProcess::MergedChannels);
        make.start(qEnvironmentVariable("SIC_SOURCE_DIR") + QStringLiteral("/tests/data/make-pki.sh"), {dir});
        if (!make.waitForFinished(300000) || make.exitStatus() != QProcess::NormalExit ||
            make.exitCode() != 0) {
            *error = QStringLiteral("make-pki.sh failed: ") + QString::fromUtf8(make.readAll());
            return std::nullopt;
        }
        return OnlinePki{dir, port};
    }
};
