// The real transport against real sockets: an RSSP whose certificate is not trusted, SPKI pinning,
// a server that accepts and never answers, and a closed port.
#include "cscintegration.h"

#include "csc/encoding.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace sic;
using namespace sic::csc;

class TstCscTransport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    DevRssp m_rssp;

    QByteArray serverPin() const
    {
        QFile f(m_rssp.pkiDir() + QStringLiteral("/tls/server.pem"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const auto certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
        return certs.isEmpty() ? QByteArray() : spkiSha256(certs.first().toDer());
    }

    Waiter<ServiceInfo> connect(TlsPolicy policy, const QString &url)
    {
        NetworkTransport net(policy);
        CscClient client(net, QUrl(url));
        Waiter<ServiceInfo> w;
        client.connectService(w.cb());
        w.wait();
        return w;
    }

private slots:
    void initTestCase()
    {
        LogCollector::install();
        QVERIFY(m_tmp.isValid());
        const auto started = m_rssp.start(m_tmp.filePath(QStringLiteral("rssp")));
        QVERIFY2(started.ok(), qPrintable(started.error));
    }

    void untrustedCertificateFails()
    {
        auto w = connect(TlsPolicy{}, m_rssp.cscV2()); // system store only: the test CA is unknown
        QCOMPARE(w.code(), QStringLiteral("csc.tls_failure"));
        const QString detail = w.result->error().detail;
        qInfo("untrusted RSSP: %s", qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("certificate \"")), qPrintable(detail)); // which certificate
        QVERIFY2(detail.contains(QLatin1String("issuer"), Qt::CaseInsensitive) ||
                     detail.contains(QLatin1String("self"), Qt::CaseInsensitive) ||
                     detail.contains(QLatin1String("trusted"), Qt::CaseInsensitive),
                 qPrintable(detail)); // and why
    }

    void trustedWithCaBundle()
    {
        auto cas =
            NetworkTransport::loadCaBundle(m_rssp.ready().value(QStringLiteral("ca_bundle")).toString());
        QVERIFY(cas);
        TlsPolicy policy;
        policy.extraCaCertificates = *cas;
        auto w = connect(policy, m_rssp.base());
        QVERIFY2(w.ok(), w.why().constData());
        QCOMPARE(w.v().apiVersion, 2);
        QVERIFY(!NetworkTransport::loadCaBundle(m_tmp.filePath(QStringLiteral("missing.pem"))));
    }

    void pinning()
    {
        const QByteArray actual = serverPin();
        QCOMPARE(actual.size(), 32);
        TlsPolicy policy;
        policy.extraCaCertificates = m_rssp.caCertificates();
        policy.spkiSha256Pins = {digestBytes(HashAlgorithm::Sha256, "some other key")};
        auto bad = connect(policy, m_rssp.cscV2());
        QCOMPARE(bad.code(), QStringLiteral("csc.pin_mismatch"));
        const QString detail = bad.result->error().detail;
        QVERIFY2(detail.contains(QString::fromLatin1(policy.spkiSha256Pins[0].toBase64())),
                 qPrintable(detail));
        QVERIFY2(detail.contains(QString::fromLatin1(actual.toBase64())), qPrintable(detail));

        policy.spkiSha256Pins = {actual};
        auto good = connect(policy, m_rssp.cscV2());
        QVERIFY2(good.ok(), good.why().constData());
        QVERIFY(NetworkTransport::parsePin(QString::fromLatin1(actual.toBase64())));
        QVERIFY(!NetworkTransport::parsePin(QStringLiteral("abc")));
    }

    void silentServerTimesOut()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held; // accepted, never answered
        QObject::connect(&silent, &QTcpServer::newConnection, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                held << s;
        });
        TlsPolicy policy;
        policy.extraCaCertificates = m_rssp.caCertificates();
        policy.timeoutMs = 1500;
        QElapsedTimer timer;
        timer.start();
        auto w = connect(policy, QStringLiteral("https://127.0.0.1:%1/csc/v2").arg(silent.serverPort()));
        QCOMPARE(w.code(), QStringLiteral("csc.timeout"));
        QVERIFY(!held.isEmpty());
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        qDeleteAll(held);
    }

    void closedPortIsNetworkFailure()
    {
        quint16 port = 0;
        {
            QTcpServer s;
            QVERIFY(s.listen(QHostAddress::LocalHost, 0));
            port = s.serverPort();
        }
        auto w = connect(TlsPolicy{}, QStringLiteral("https://127.0.0.1:%1").arg(port));
        QCOMPARE(w.code(), QStringLiteral("csc.network_failure"));
    }

    void cancelledCallReportsCancelled()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        NetworkTransport net(TlsPolicy{});
        std::optional<Result<HttpResponse>> result;
        const quint64 id = net.post(QUrl(QStringLiteral("https://127.0.0.1:%1/x").arg(silent.serverPort())),
                                    "{}", {}, [&](Result<HttpResponse> r) { result = std::move(r); });
        QTest::qWait(100);
        net.cancel(id);
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().code, QStringLiteral("csc.cancelled"));
    }

    void cleanupTestCase() { m_rssp.stop(); }
};

QTEST_GUILESS_MAIN(TstCscTransport)
#include "tst_csc_transport.moc"
