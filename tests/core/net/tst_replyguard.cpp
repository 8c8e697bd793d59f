// Network peers bounded in size and time (issue #13): a faulty HTTP server on 127.0.0.1 that drips
// one byte a second, sends an endless body (announced or chunked) or an endless header, against
// the TSA client (TspClient) and an OCSP-style POST watched by net::ReplyGuard, the guard
// OnlineRevocationFetcher and the RSSP transport use. Each must fail within its deadline, and the
// memory the answer may take stays at the cap. (The RSSP itself: tests/hostile net-rssp-*.)
#include "net/replyguard.h"
#include "tsp/tspclient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace sic;

namespace {

class FaultyServer : public QTcpServer
{
public:
    enum class Mode
    {
        Drip,
        Huge,
        Chunked,
        EndlessHeader
    };
    explicit FaultyServer(Mode mode) : m_mode(mode)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(serverPort())); }

private:
    void onData(QTcpSocket *s)
    {
        if (s->property("answered").toBool() || !s->readAll().contains("\r\n\r\n"))
            return;
        s->setProperty("answered", true);
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n";
        auto *timer = new QTimer(s);
        switch (m_mode) {
        case Mode::Drip:
            s->write(head + "Content-Length: 100000\r\n\r\n0");
            connect(timer, &QTimer::timeout, s, [s] { s->write("0"); });
            timer->start(1000);
            break;
        case Mode::Huge:
            s->write(head + "Content-Length: 68719476736\r\n\r\n");
            connect(timer, &QTimer::timeout, s, [s] {
                if (s->bytesToWrite() < (1 << 20))
                    s->write(QByteArray(1 << 16, '0'));
            });
            timer->start(1);
            break;
        case Mode::Chunked:
            s->write(head + "Transfer-Encoding: chunked\r\n\r\n");
            connect(timer, &QTimer::timeout, s, [s] {
                if (s->bytesToWrite() < (1 << 20))
                    s->write("10000\r\n" + QByteArray(0x10000, '0') + "\r\n");
            });
            timer->start(1);
            break;
        case Mode::EndlessHeader:
            s->write(head + "X-Big: ");
            connect(timer, &QTimer::timeout, s, [s] {
                if (s->bytesToWrite() < (1 << 20))
                    s->write(QByteArray(1 << 16, 'a'));
            });
            timer->start(1);
            break;
        }
    }
    Mode m_mode;
};

} // namespace

class TestReplyGuard : public QObject
{
    Q_OBJECT
private slots:
    void timeoutsAreRangeChecked()
    {
        QCOMPARE(net::parseTimeoutSeconds(QStringLiteral("30")), std::optional<int>(30));
        QCOMPARE(net::parseTimeoutSeconds(QStringLiteral("2147484")), std::nullopt); // overflowed to < 0
        QCOMPARE(net::parseTimeoutSeconds(QStringLiteral("0")), std::nullopt);
        QCOMPARE(net::parseTimeoutSeconds(QStringLiteral("-5")), std::nullopt);
        QCOMPARE(net::parseTimeoutSeconds(QStringLiteral("99999999999999999999")), std::nullopt);
        QCOMPARE(net::parseTimeoutSeconds(QStringLiteral("ten")), std::nullopt);
    }

    void tsaFailsWithinItsDeadline_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("code");
        QTest::newRow("drip") << int(FaultyServer::Mode::Drip) << QStringLiteral("tsp.timeout");
        QTest::newRow("huge") << int(FaultyServer::Mode::Huge) << QStringLiteral("tsp.invalid_token");
        QTest::newRow("chunked") << int(FaultyServer::Mode::Chunked) << QStringLiteral("tsp.invalid_token");
        QTest::newRow("endless header") << int(FaultyServer::Mode::EndlessHeader) << QString();
    }

    void tsaFailsWithinItsDeadline()
    {
        QFETCH(int, mode);
        QFETCH(QString, code);
        FaultyServer server{FaultyServer::Mode(mode)};
        TspConfig config;
        config.url = server.url();
        config.timeoutMs = 2000;
        TspClient client(config);
        std::optional<Result<QByteArray>> result;
        QElapsedTimer t;
        t.start();
        client.timestamp(QByteArray(32, 'a'), HashAlgorithm::Sha256, QByteArray(8, 'n'),
                         [&](Result<QByteArray> r) { result = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!*result);
        if (!code.isEmpty())
            QCOMPARE(result->error().code, code);
        QVERIFY2(t.elapsed() < 2000 + 2000, qPrintable(QString::number(t.elapsed())));
    }

    void ocspStyleAnswerIsCapped_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("verdict");
        QTest::newRow("drip") << int(FaultyServer::Mode::Drip)
                              << int(net::ReplyGuard::Verdict::DeadlinePassed);
        QTest::newRow("huge") << int(FaultyServer::Mode::Huge) << int(net::ReplyGuard::Verdict::TooLarge);
        QTest::newRow("chunked") << int(FaultyServer::Mode::Chunked)
                                 << int(net::ReplyGuard::Verdict::TooLarge);
        QTest::newRow("endless header")
            << int(FaultyServer::Mode::EndlessHeader) << int(net::ReplyGuard::Verdict::DeadlinePassed);
    }

    void ocspStyleAnswerIsCapped()
    {
        QFETCH(int, mode);
        QFETCH(int, verdict);
        FaultyServer server{FaultyServer::Mode(mode)};
        QNetworkAccessManager nam;
        QNetworkRequest req(server.url());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/ocsp-request"));
        QNetworkReply *reply = nam.post(req, QByteArray("request"));
        net::ReplyGuard::watch(reply, net::kMaxOcspAnswer, 2000);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QElapsedTimer t;
        t.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(int(net::ReplyGuard::verdictOf(reply)), verdict);
        QVERIFY(reply->error() != QNetworkReply::NoError);
        QVERIFY(t.elapsed() < 4000);
        QVERIFY(reply->bytesAvailable() <= net::kMaxOcspAnswer + (1 << 16));
        reply->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestReplyGuard)
#include "tst_replyguard.moc"
