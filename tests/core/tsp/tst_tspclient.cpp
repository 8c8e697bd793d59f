// RFC 3161 client against a local TSA run by `openssl ts -reply`.
#include "localhashsigner.h"
#include "testtsaserver.h"

#include "crypto/hashalgorithm.h"
#include "tsp/tokencheck.h"
#include "tsp/tspclient.h"

#include <QTest>

using namespace sic;
using namespace sic::test;

class TestTspClient : public QObject
{
    Q_OBJECT

    QString m_pki;

    Result<QByteArray> request(TspClient &client, const QByteArray &digest, const QByteArray &nonce)
    {
        std::optional<Result<QByteArray>> got;
        client.timestamp(digest, HashAlgorithm::Sha256, nonce,
                         [&](Result<QByteArray> r) { got = std::move(r); });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 30000))
            return fail(QStringLiteral("test.timeout"), QStringLiteral("timeout"));
        return *got;
    }

private slots:
    void initTestCase()
    {
        m_pki = testPkiDir();
        QVERIFY(QFile::exists(m_pki + QStringLiteral("/openssl-tsa.cnf")));
    }

    void tokenVerifies()
    {
        TestTsaServer tsa(m_pki);
        TspClient client({QUrl(tsa.url()), {}, m_pki + QStringLiteral("/root/ca.pem")});
        const QByteArray digest = digestBytes(HashAlgorithm::Sha256, "signature value");
        const QByteArray nonce = QByteArray::fromHex("1122334455667788");
        auto token = request(client, digest, nonce);
        QVERIFY2(token, qPrintable(token ? QString() : token.error().toString()));
        QCOMPARE(tsa.requests, 1);
        // The bare token passes the same checks (the CSC path), with and without nonce.
        auto info = tsp::checkToken(*token, digest, HashAlgorithm::Sha256, nonce,
                                    m_pki + QStringLiteral("/root/ca.pem"));
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        QVERIFY(info->tsaSubject.contains(QStringLiteral("SIC Test TSA")));
        QVERIFY(info->genTime.isValid());
        // ... but not for another imprint, another nonce, or another trust anchor.
        auto other = tsp::checkToken(*token, digestBytes(HashAlgorithm::Sha256, "other"),
                                     HashAlgorithm::Sha256, nonce, m_pki + QStringLiteral("/root/ca.pem"));
        QVERIFY(!other);
        QCOMPARE(other.error().code, QStringLiteral("tsp.invalid_token"));
        QVERIFY(!tsp::checkToken(*token, digest, HashAlgorithm::Sha256, QByteArray::fromHex("01"),
                                 m_pki + QStringLiteral("/root/ca.pem")));
        QVERIFY(!tsp::checkToken(*token, digest, HashAlgorithm::Sha256, nonce,
                                 m_pki + QStringLiteral("/signers/selfsigned.pem")));
    }

    void untrustedTsaIsRefused()
    {
        TestTsaServer tsa(m_pki);
        TspClient client({QUrl(tsa.url()), {}, m_pki + QStringLiteral("/signers/selfsigned.pem")});
        auto token =
            request(client, digestBytes(HashAlgorithm::Sha256, "x"), QByteArray::fromHex("0102030405060708"));
        QVERIFY(!token);
        QCOMPARE(token.error().code, QStringLiteral("tsp.invalid_token"));
    }

    void httpErrorIsReported()
    {
        TestTsaServer tsa(m_pki);
        tsa.httpStatus = 500;
        TspClient client({QUrl(tsa.url()), {}, m_pki + QStringLiteral("/root/ca.pem")});
        auto token =
            request(client, digestBytes(HashAlgorithm::Sha256, "x"), QByteArray::fromHex("0102030405060708"));
        QVERIFY(!token);
        QCOMPARE(token.error().code, QStringLiteral("tsp.unreachable"));
    }

    void unreachableTimesOut()
    {
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        const quint16 port = closed.serverPort();
        closed.close();
        TspClient client({QUrl(QStringLiteral("http://127.0.0.1:%1/tsa").arg(port)),
                          {},
                          m_pki + QStringLiteral("/root/ca.pem"),
                          2000});
        auto token = request(client, digestBytes(HashAlgorithm::Sha256, "x"), {});
        QVERIFY(!token);
        QCOMPARE(token.error().code, QStringLiteral("tsp.unreachable"));
    }
};

QTEST_GUILESS_MAIN(TestTspClient)
#include "tst_tspclient.moc"
