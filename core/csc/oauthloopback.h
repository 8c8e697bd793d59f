#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace sic::csc {

// The redirect target of an OAuth2 authorization in the system browser (RFC 8252 section 7.3):
// a one-shot HTTP listener on 127.0.0.1 only, on a port the OS picks. It understands just enough
// HTTP/1.x to read "GET /path?query", answers a small "you can close this window" page and hands
// the query to the caller once.
class OAuthLoopback final : public QObject
{
    Q_OBJECT
public:
    struct Redirect
    {
        QByteArray code; // secret until exchanged
        QString state;
        QString error;
        QString errorDescription;
    };
    using Callback = std::function<void(Result<Redirect>)>;

    explicit OAuthLoopback(QObject *parent = nullptr);
    ~OAuthLoopback() override;

    Result<void> listen();
    QUrl redirectUri() const; // http://127.0.0.1:<port>/<random path>
    void setCallback(Callback done) { m_done = std::move(done); }
    void close();

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void reply(QTcpSocket *socket, int status, const QByteArray &html);

    QTcpServer m_server;
    QString m_path;
    QUrl m_redirectUri; // fixed at listen(): it must stay the same after the listener closes
    Callback m_done;
    bool m_delivered = false;
};

} // namespace sic::csc
