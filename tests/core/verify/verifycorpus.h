#pragma once

// Builds signed samples at test time with tools we did not write (openssl cms/ts/ocsp, xmlsec1),
// from the test PKI of tests/data/make-pki.sh.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace sic::testing {

struct ToolResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ToolResult runTool(const QString &program, const QStringList &args, const QString &workDir = {})
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    ToolResult r;
    if (!p.waitForStarted(10000))
        return r;
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// The DER of a PEM certificate file, via openssl (not our code).
inline QByteArray certDer(const QString &pemPath)
{
    return runTool(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), pemPath,
                                               QStringLiteral("-outform"), QStringLiteral("DER")})
        .out;
}

// An OCSP response for signers/<signer>.pem of the test PKI at pkiDir, signed by its delegated
// responder from the CA's index (openssl ocsp, not our code): the request goes to reqPath, the
// DER response to respPath.
inline ToolResult makeOcspResponse(const QString &pkiDir, const QString &signer, const QString &reqPath,
                                   const QString &respPath)
{
    const auto pki = [&pkiDir](const QString &rel) {
        return pkiDir + u'/' + rel;
    };
    const ToolResult r = runTool(QStringLiteral("openssl"),
                                 {QStringLiteral("ocsp"), QStringLiteral("-issuer"),
                                  pki(QStringLiteral("intermediate/ca.pem")), QStringLiteral("-cert"),
                                  pki(QStringLiteral("signers/%1.pem").arg(signer)),
                                  QStringLiteral("-no_nonce"), QStringLiteral("-reqout"), reqPath});
    if (r.exitCode != 0)
        return r;
    return runTool(QStringLiteral("openssl"),
                   {QStringLiteral("ocsp"), QStringLiteral("-index"),
                    pki(QStringLiteral("intermediate/index.txt")), QStringLiteral("-CA"),
                    pki(QStringLiteral("intermediate/ca.pem")), QStringLiteral("-rsigner"),
                    pki(QStringLiteral("ocsp/ocsp.pem")), QStringLiteral("-rkey"),
                    pki(QStringLiteral("ocsp/ocsp.key")), QStringLiteral("-reqin"), reqPath,
                    QStringLiteral("-respout"), respPath, QStringLiteral("-ndays"), QStringLiteral("1")});
}

} // namespace sic::testing
