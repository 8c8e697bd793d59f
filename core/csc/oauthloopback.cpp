#include "csc/oauthloopback.h"

#include "csc/cscerror.h"
#include "csc/encoding.h"

#include <QTcpSocket>
#include <QUrlQuery>

namespace sic::csc {

namespace {
constexpr qsizetype kMaxRequest = 16 * 1024;
}

OAuthLoopback::OAuthLoopback(QObject *parent)
    : QObject(parent), m_path(QStringLiteral("/sic-oauth/") + QString::fromLatin1(base64Url(randomBytes(9))))
{
    connect(&m_server, &QTcpServer::newConnection, this, &OAuthLoopback::onConnection);
}

OAuthLoopback::~OAuthLoopback() = default;

Result<void> OAuthLoopback::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return failWith(CscErrorKind::NetworkFailure,
                        QStringLiteral("cannot listen on 127.0.0.1 for the OAuth redirect: %1")
                            .arg(m_server.errorString()));
    m_redirectUri.setScheme(QStringLiteral("http"));
    m_redirectUri.setHost(QStringLiteral("127.0.0.1"));
    m_redirectUri.setPort(m_server.serverPort());
    m_redirectUri.setPath(m_path);
    return {};
}

QUrl OAuthLoopback::redirectUri() const
{
    return m_redirectUri;
}

void OAuthLoopback::close()
{
    m_server.close();
}

void OAuthLoopback::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
    }
}

void OAuthLoopback::reply(QTcpSocket *socket, int status, const QByteArray &html)
{
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                     "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                     "Connection: close\r\nContent-Length: " +
                     QByteArray::number(html.size()) + "\r\n\r\n" + html;
    socket->write(out);
    socket->disconnectFromHost();
}

void OAuthLoopback::onReadable(QTcpSocket *socket)
{
    if (socket->property("sic_done").toBool())
        return;
    QByteArray buffer = socket->property("sic_buf").toByteArray() + socket->readAll();
    if (buffer.size() > kMaxRequest) {
        socket->setProperty("sic_done", true);
        reply(socket, 400, "<html><body>Request too large.</body></html>");
        return;
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("sic_buf", buffer);
        return;
    }
    socket->setProperty("sic_done", true);
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    buffer.fill(0);
    if (requestLine.size() != 3 || requestLine[0] != "GET" || !requestLine[2].startsWith("HTTP/1.")) {
        reply(socket, 400, "<html><body>Bad request.</body></html>");
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine[1]));
    if (target.path() != m_path || m_delivered) {
        reply(socket, 404, "<html><body>Not found.</body></html>");
        return;
    }
    m_delivered = true;
    const QUrlQuery q(target.query());
    Redirect r;
    r.code = q.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8();
    r.state = q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    r.error = q.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    r.errorDescription = q.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
    const bool ok = r.error.isEmpty() && !r.code.isEmpty();
    reply(
        socket, 200,
        ok ? QByteArray("<!doctype html><html><head><meta charset=\"utf-8\"><title>Signature service</title>"
                        "</head><body><p>The signature service answered. You can close this window and "
                        "return to the app.</p></body></html>")
           : QByteArray("<!doctype html><html><head><meta charset=\"utf-8\"><title>Signature service</title>"
                        "</head><body><p>The signature service did not grant access. You can close this "
                        "window and return to the app.</p></body></html>"));
    m_server.close();
    if (m_done) {
        Callback done = std::move(m_done);
        done(std::move(r));
    }
}

} // namespace sic::csc
