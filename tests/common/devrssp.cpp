#include "devrssp.h"

#include "totp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QThread>

QJsonObject DevRssp::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

DevRssp::DevRssp() : m_nam(std::make_unique<QNetworkAccessManager>()) {}

DevRssp::~DevRssp()
{
    stop();
}

QString DevRssp::binary()
{
    const QString env = qEnvironmentVariable("SIC_DEVRSSP");
    return env.isEmpty() ? QStringLiteral(SIC_DEVRSSP_BINARY) : env;
}

QString DevRssp::defaultPkiDir()
{
    return qEnvironmentVariable("SIC_BUILD_DIR") + QStringLiteral("/test-pki");
}

DevRssp::Started DevRssp::start(const QString &stateDir)
{
    return start(stateDir, Options());
}

DevRssp::Started DevRssp::start(const QString &stateDir, const Options &options)
{
    stop();
    m_started = {};
    m_clockOffset = 0;
    m_stateDir = QDir(stateDir).absolutePath();
    Started s;
    const QString pki = options.pkiDir.isEmpty() ? defaultPkiDir() : options.pkiDir;

    QProcess init;
    init.start(binary(),
               {QStringLiteral("init"), QStringLiteral("--state"), m_stateDir, QStringLiteral("--pki"), pki});
    if (!init.waitForFinished(options.timeoutMs) || init.exitStatus() != QProcess::NormalExit ||
        init.exitCode() != 0) {
        s.error =
            QStringLiteral("sic-devrssp init failed: ") + QString::fromLocal8Bit(init.readAllStandardError());
        return s;
    }
    s.init = QJsonDocument::fromJson(init.readAllStandardOutput()).object();
    if (s.init.isEmpty()) {
        s.error = QStringLiteral("sic-devrssp init printed no JSON");
        return s;
    }

    QStringList args{QStringLiteral("serve"),
                     QStringLiteral("--state"),
                     m_stateDir,
                     QStringLiteral("--port"),
                     QStringLiteral("0"),
                     QStringLiteral("--ready-file"),
                     readyFile(),
                     QStringLiteral("--pki-port"),
                     QString::number(options.pkiPort)};
    if (options.sadLifetime > 0)
        args << QStringLiteral("--sad-lifetime") << QString::number(options.sadLifetime);
    if (options.testHooks)
        args << QStringLiteral("--test-hooks");
    if (!options.quirks.isEmpty())
        args << QStringLiteral("--quirks") << options.quirks.join(u',');
    QFile::remove(readyFile());
    m_serve = std::make_unique<QProcess>();
    m_serve->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SIC_DEVRSSP_EXIT_WITH_PARENT"), QStringLiteral("1"));
    m_serve->setProcessEnvironment(env);
    m_serve->start(binary(), args);
    QElapsedTimer timer;
    timer.start();
    while (!QFile::exists(readyFile())) {
        if (m_serve->state() == QProcess::NotRunning || timer.hasExpired(options.timeoutMs)) {
            s.error = QStringLiteral("sic-devrssp serve did not become ready");
            stop();
            return s;
        }
        m_serve->waitForFinished(50); // also pumps the process state
    }
    QFile f(readyFile());
    f.open(QIODevice::ReadOnly);
    s.ready = QJsonDocument::fromJson(f.readAll()).object();
    if (s.ready.value(QStringLiteral("base")).toString().isEmpty())
        s.error = QStringLiteral("the ready file is not valid JSON");
    m_started = s;
    return s;
}

void DevRssp::stop()
{
    if (!m_serve)
        return;
    if (m_serve->state() != QProcess::NotRunning) {
        m_serve->terminate();
        if (!m_serve->waitForFinished(10000)) {
            m_serve->kill();
            m_serve->waitForFinished(5000);
        }
    }
    m_exitCode = m_serve->exitStatus() == QProcess::NormalExit ? m_serve->exitCode() : -1;
    m_serve.reset();
}

bool DevRssp::isRunning() const
{
    return m_serve && m_serve->state() == QProcess::Running;
}

QList<QSslCertificate> DevRssp::caCertificates() const
{
    return QSslCertificate::fromPath(m_started.ready.value(QStringLiteral("ca_bundle")).toString());
}

QString DevRssp::totpAt(const QDateTime &t) const
{
    const auto key = rssp::base32Decode(totpSecret());
    return key ? rssp::totp(*key, t.toSecsSinceEpoch()) : QString();
}

QString DevRssp::nextTotp()
{
    if (!advanceClock(30))
        return {};
    return totpAt(serverNow());
}

bool DevRssp::advanceClock(qint64 seconds)
{
    const Reply r = post(base() + QStringLiteral("/test/clock"), {{QStringLiteral("advance"), seconds}});
    if (r.status != 200)
        return false;
    m_clockOffset = r.json().value(QStringLiteral("offset")).toInteger();
    return true;
}

bool DevRssp::setFault(const QString &mode)
{
    return post(base() + QStringLiteral("/test/fault"), {{QStringLiteral("mode"), mode}}).status == 200;
}

bool DevRssp::setQuirks(const QStringList &quirks)
{
    return post(base() + QStringLiteral("/test/quirks"),
                {{QStringLiteral("quirks"), QJsonArray::fromStringList(quirks)}})
               .status == 200;
}

bool DevRssp::setSlowSign(int seconds)
{
    return post(base() + QStringLiteral("/test/fault"),
                {{QStringLiteral("mode"), QStringLiteral("slow-sign")}, {QStringLiteral("seconds"), seconds}})
               .status == 200;
}

QList<QJsonObject> DevRssp::outbox() const
{
    QList<QJsonObject> out;
    QFile f(outboxFile());
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    return out;
}

QString DevRssp::lastOobOtp(const QString &credentialId) const
{
    const auto lines = outbox();
    for (auto it = lines.crbegin(); it != lines.crend(); ++it)
        if (it->value(QStringLiteral("credentialID")).toString() == credentialId)
            return it->value(QStringLiteral("otp")).toString();
    return {};
}

int DevRssp::admin(const QStringList &args, QByteArray *out) const
{
    QProcess p;
    p.start(binary(), args + QStringList{QStringLiteral("--state"), m_stateDir});
    if (!p.waitForFinished(60000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

DevRssp::Reply DevRssp::post(const QString &url, const QJsonObject &body, const QString &bearer,
                             const QByteArray &basicAuth)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!bearer.isEmpty())
        headers.append({"Authorization", "Bearer " + bearer.toLatin1()});
    if (!basicAuth.isEmpty())
        headers.append({"Authorization", "Basic " + basicAuth.toBase64()});
    return send(QStringLiteral("POST"), url, QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json", headers);
}

DevRssp::Reply DevRssp::postRaw(const QString &url, const QByteArray &body, const QByteArray &contentType)
{
    return send(QStringLiteral("POST"), url, body, contentType, {});
}

DevRssp::Reply DevRssp::get(const QString &url)
{
    return send(QStringLiteral("GET"), url, {}, {}, {});
}

DevRssp::Reply DevRssp::send(const QString &method, const QString &url, const QByteArray &body,
                             const QByteArray &contentType,
                             const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest req{QUrl(url)};
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(caCertificates());
    req.setSslConfiguration(ssl);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[k, v] : headers)
        req.setRawHeader(k, v);
    QNetworkReply *reply =
        method == u"GET" ? m_nam->get(req) : m_nam->sendCustomRequest(req, method.toLatin1(), body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(30000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.location = reply->rawHeader("Location");
    if (reply->error() != QNetworkReply::NoError && r.status == 0)
        r.networkError = reply->errorString();
    reply->deleteLater();
    return r;
}
