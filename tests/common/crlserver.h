#pragma once

#include <QFile>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>

namespace sic::test {

// The CA's CRL distribution point of a test PKI (http://127.0.0.1:<port>/crl, see pki.json; port 8443
// for the CTest fixture's PKI, OnlinePki::port for one made by a test): GET /crl answers with the
// issuing CA's CRL, anything else (OCSP) with 404, so the CRL alone decides.
class CrlServer : public QObject
{
public:
    bool listen(const QString &crlFile, quint16 port = 8443)
    {
        QFile f(crlFile);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        m_crl = f.readAll();
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, port);
    }
    QString errorString() const { return m_server.errorString(); }
    int requests = 0;

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const qsizetype length = buffer.toLower().indexOf("content-length:");
        const qsizetype body = length < 0
                                   ? 0
                                   : buffer.mid(length + 15, buffer.indexOf("\r\n", length) - length - 15)
                                         .trimmed()
                                         .toLongLong();
        if (buffer.size() < end + 4 + body)
            return;
        ++requests;
        const bool crl = buffer.startsWith("GET /crl ");
        const QByteArray content = crl ? m_crl : QByteArray("not here");
        socket->write((crl ? "HTTP/1.1 200 OK\r\nContent-Type: application/pkix-crl\r\n"
                           : "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\n") +
                      QByteArray("Connection: close\r\nContent-Length: ") +
                      QByteArray::number(content.size()) + "\r\n\r\n" + content);
        socket->disconnectFromHost();
        m_buffers.remove(socket);
    }

    QTcpServer m_server;
    QByteArray m_crl;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace sic::test
