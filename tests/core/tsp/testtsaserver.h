#pragma once

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

namespace sic::test {

// A tiny HTTP time-stamp authority for tests: answers each POST by running
// `openssl ts -reply -config $PKI/openssl-tsa.cnf` on the request body.
class TestTsaServer : public QTcpServer
{
public:
    explicit TestTsaServer(QString pkiDir) : m_pki(std::move(pkiDir))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/tsa").arg(serverPort()); }
    int requests = 0;
    int httpStatus = 200;

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buf.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buf.size() < headerEnd + 4 + length)
            return;
        const QByteArray body = buf.mid(headerEnd + 4, length);
        m_buffers.remove(s);
        ++requests;
        const QString q = m_tmp.filePath(QStringLiteral("req%1.tsq").arg(requests));
        const QString r = m_tmp.filePath(QStringLiteral("resp%1.tsr").arg(requests));
        QFile f(q);
        f.open(QIODevice::WriteOnly);
        f.write(body);
        f.close();
        QProcess::execute(QStringLiteral("openssl"),
                          {QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-config"),
                           m_pki + QStringLiteral("/openssl-tsa.cnf"), QStringLiteral("-queryfile"), q,
                           QStringLiteral("-out"), r});
        QFile rf(r);
        rf.open(QIODevice::ReadOnly);
        const QByteArray resp = rf.readAll();
        s->write("HTTP/1.1 " + QByteArray::number(httpStatus) +
                 " OK\r\nContent-Type: application/timestamp-reply\r\nConnection: close\r\nContent-Length: " +
                 QByteArray::number(resp.size()) + "\r\n\r\n" + resp);
        s->disconnectFromHost();
    }

    QString m_pki;
    QTemporaryDir m_tmp;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace sic::test
