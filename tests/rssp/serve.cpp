#include "serve.h"

#include "service.h"
#include "util.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QPointer>
#include <QSocketNotifier>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rssp {

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalFd[1], &c, 1);
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

int failWith(const sic::Error &e)
{
    std::fprintf(stderr, "sic-devrssp: %s\n", qPrintable(e.toString()));
    return 1;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void respond(const HttpReply &rep, QHttpServerResponder &&responder)
{
    QHttpServerResponse resp(rep.mime, rep.body, QHttpServerResponse::StatusCode(rep.status));
    for (const auto &[k, v] : rep.headers)
        resp.addHeader(k, v);
    resp.addHeader("Cache-Control", "no-store");
    resp.write(std::move(responder));
}

// A held-back answer (fault slow-sign) waits on a timer, never in a sleep: the server is one event
// loop, and the client keeps talking to it meanwhile (token refresh, the TSA, OCSP, other tests).
void respondLater(HttpReply rep, QHttpServerResponder &&responder, QObject *context)
{
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    // Qt 6.4's responder keeps a plain pointer to the connection, which goes away if the client
    // gives up (cancels) before the answer is due.
    const QPointer<QTcpSocket> socket = held->socket();
    const int delayMs = rep.delayMs;
    // Precise: a coarse timer of several seconds may fire up to 5 % early.
    QTimer::singleShot(delayMs, Qt::PreciseTimer, context, [held, socket, rep = std::move(rep)] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            respond(rep, std::move(*held));
    });
}

} // namespace

int runServe(const ServeOptions &options)
{
    // Test harnesses set this so that a crashed test does not leave a server behind.
    if (qEnvironmentVariableIntValue("SIC_DEVRSSP_EXIT_WITH_PARENT") == 1)
        prctl(PR_SET_PDEATHSIG, SIGTERM);
    auto state = State::open(options.stateDir);
    if (!state)
        return failWith(state.error());
    if (auto hsm = (*state)->hsm(); !hsm)
        return failWith(hsm.error());
    const QString pki = (*state)->pkiDir();
    auto tsa = Tsa::load(pki);
    if (!tsa)
        return failWith(tsa.error());
    auto ocsp = Ocsp::load(pki);
    if (!ocsp)
        return failWith(ocsp.error());

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    const auto chain = QSslCertificate::fromData(readFile(pki + QStringLiteral("/tls/server.chain.pem")));
    const QSslKey key(readFile(pki + QStringLiteral("/tls/server.key")), QSsl::Rsa);
    if (chain.isEmpty() || key.isNull())
        return failWith(sic::Error{QStringLiteral("rssp.tls"),
                                   QStringLiteral("The TLS certificate or key is missing."),
                                   pki + QStringLiteral("/tls")});
    ssl.setLocalCertificateChain(chain);
    ssl.setPrivateKey(key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);

    QHttpServer server;
    server.sslSetup(ssl);
    const quint16 port = server.listen(QHostAddress::LocalHost, quint16(options.port));
    if (port == 0)
        return failWith(sic::Error{QStringLiteral("rssp.listen"),
                                   QStringLiteral("Cannot listen on the port."),
                                   QString::number(options.port)});
    const QString base = QStringLiteral("https://127.0.0.1:%1").arg(port);
    Service service(**state, ServiceConfig{base, options.sadLifetime, options.testHooks, options.quirks},
                    std::move(*tsa), std::move(*ocsp));

    server.setMissingHandler(
        [&service, &server](const QHttpServerRequest &r, QHttpServerResponder &&responder) {
            Request req{methodName(r.method()), r.url().path(), r.query(), r.headers(), r.body()};
            HttpReply rep = service.handle(req);
            if (rep.delayMs > 0)
                respondLater(std::move(rep), std::move(responder), &server);
            else
                respond(rep, std::move(responder));
        });

    // Revocation data only: the signing API is never offered without TLS.
    QHttpServer pkiServer;
    QString pkiBase;
    if (options.pkiPort >= 0) {
        const quint16 pkiPort = pkiServer.listen(QHostAddress::LocalHost, quint16(options.pkiPort));
        if (pkiPort == 0)
            return failWith(sic::Error{QStringLiteral("rssp.listen"),
                                       QStringLiteral("Cannot listen on the PKI port."),
                                       QString::number(options.pkiPort)});
        pkiBase = QStringLiteral("http://127.0.0.1:%1").arg(pkiPort);
        pkiServer.setMissingHandler(
            [&service](const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                const QString path = r.url().path();
                if (path != u"/crl" && path != u"/ocsp" && !path.startsWith(u"/ocsp/")) {
                    responder.write(QHttpServerResponder::StatusCode::NotFound);
                    return;
                }
                Request req{methodName(r.method()), path, r.query(), r.headers(), r.body()};
                const HttpReply rep = service.handle(req);
                QHttpServerResponse resp(rep.mime, rep.body, QHttpServerResponse::StatusCode(rep.status));
                resp.addHeader("Cache-Control", "no-store");
                resp.write(std::move(responder));
            });
    }

    ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalFd);
    QSocketNotifier notifier(g_signalFd[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    QJsonObject ready{{QStringLiteral("base"), base},
                      {QStringLiteral("csc_v2"), base + QStringLiteral("/csc/v2")},
                      {QStringLiteral("csc_v1"), base + QStringLiteral("/csc/v1")},
                      {QStringLiteral("oauth2"), base + QStringLiteral("/oauth2")},
                      {QStringLiteral("tsa"), base + QStringLiteral("/tsa")},
                      {QStringLiteral("ocsp"), base + QStringLiteral("/ocsp")},
                      {QStringLiteral("crl"), base + QStringLiteral("/crl")},
                      {QStringLiteral("ca_bundle"), pki + QStringLiteral("/trust/root.pem")},
                      {QStringLiteral("pid"), qint64(QCoreApplication::applicationPid())},
                      {QStringLiteral("test_hooks"), options.testHooks},
                      {QStringLiteral("quirks"), QJsonArray::fromStringList(options.quirks)}};
    if (!pkiBase.isEmpty())
        ready.insert(QStringLiteral("pki_http"), pkiBase);
    if (!options.readyFile.isEmpty() && !writeFileAtomic(options.readyFile, compactJson(ready) + '\n'))
        return failWith(sic::Error{QStringLiteral("rssp.ready"),
                                   QStringLiteral("Cannot write the ready file."), options.readyFile});
    std::fprintf(stderr, "sic-devrssp: listening on %s\n", qPrintable(base));
    const int rc = QCoreApplication::exec();
    std::fprintf(stderr, "sic-devrssp: stopped\n");
    return rc;
}

} // namespace rssp
