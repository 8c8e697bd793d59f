// PAdES B-T: the signature time-stamp from a local RFC 3161 TSA, checked by openssl ts -verify.
#include "../tsp/testtsaserver.h"
#include "localhashsigner.h"
#include "padestestutil.h"
#include "pdffixtures.h"

#include "crypto/ossl.h"
#include "tsp/tspclient.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sic;
using namespace sic::test;

namespace {

// The signature value and the signature-time-stamp token of a CMS SignedData.
bool splitCms(const QByteArray &der, QByteArray &signature, QByteArray &token)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    ossl::Cms cms(d2i_CMS_ContentInfo(nullptr, &p, long(der.size())));
    if (!cms)
        return false;
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
    ASN1_OCTET_STRING *sig = CMS_SignerInfo_get0_signature(si);
    signature =
        QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(sig)), ASN1_STRING_length(sig));
    ossl::Asn1Object oid(OBJ_txt2obj("1.2.840.113549.1.9.16.2.14", 1));
    const int idx = CMS_unsigned_get_attr_by_OBJ(si, oid.get(), -1);
    if (idx < 0)
        return false;
    ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, idx), 0);
    if (!value || value->type != V_ASN1_SEQUENCE)
        return false;
    token = QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(value->value.sequence)),
                       ASN1_STRING_length(value->value.sequence));
    return true;
}

} // namespace

class TestPadesTimestamp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pki;
    QString m_nss;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(12, 0), QTimeZone(9 * 3600))};

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = testPkiDir();
        m_nss = makeNssDb(path(QStringLiteral("nss")), m_pki);
    }

    void signBT_data()
    {
        QTest::addColumn<QString>("qpdfMode");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("scheme");
        QTest::newRow("classic rsa") << "--object-streams=disable"
                                     << "rsa2048" << int(SignatureScheme::Kind::RsaPkcs1);
        QTest::newRow("xrefstream ecdsa") << "--object-streams=generate"
                                          << "ecp256" << int(SignatureScheme::Kind::Ecdsa);
    }

    void signBT()
    {
        QFETCH(QString, qpdfMode);
        QFETCH(QString, key);
        QFETCH(int, scheme);
        const QString src = path(QStringLiteral("src.pdf")), in = path(QStringLiteral("in-%1.pdf").arg(key));
        writeFile(src, miniPdf());
        QCOMPARE(runTool(QStringLiteral("qpdf"), {qpdfMode, src, in}).exitCode, 0);
        TestTsaServer tsa(m_pki);
        TspClient client({QUrl(tsa.url()), {}, m_pki + QStringLiteral("/root/ca.pem")});
        auto signer =
            LocalHashSigner::fromPki(m_pki, key, {SignatureScheme::Kind(scheme), HashAlgorithm::Sha256});
        PadesOptions o;
        o.input = in;
        o.output = path(QStringLiteral("bt-%1.pdf").arg(key));
        o.clock = &m_clock;
        o.level = SignatureLevel::B_T;
        o.timestamps = &client;
        auto r = signPdf(*signer, o);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(tsa.requests, 1);
        const QString problem = checkSignedPdf(*r, m_nss, m_pki, 1, m_dir.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        QByteArray signature, token;
        QVERIFY(splitCms(signaturesIn(*r).last().cms, signature, token));
        writeFile(path(QStringLiteral("sigvalue.bin")), signature);
        writeFile(path(QStringLiteral("token.der")), token);
        const auto v = runTool(QStringLiteral("openssl"),
                               {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-in"),
                                path(QStringLiteral("token.der")), QStringLiteral("-token_in"),
                                QStringLiteral("-data"), path(QStringLiteral("sigvalue.bin")),
                                QStringLiteral("-CAfile"), m_pki + QStringLiteral("/root/ca.pem"),
                                QStringLiteral("-untrusted"), m_pki + QStringLiteral("/tsa/tsa.chain.pem")});
        QVERIFY2(v.exitCode == 0 && v.output.contains("Verification: OK"), v.output.constData());
    }

    void tsaFailureLeavesNothing()
    {
        const QString in = path(QStringLiteral("plain.pdf"));
        writeFile(in, miniPdf());
        TestTsaServer tsa(m_pki);
        tsa.httpStatus = 503;
        TspClient client({QUrl(tsa.url()), {}, m_pki + QStringLiteral("/root/ca.pem")});
        auto signer = LocalHashSigner::fromPki(m_pki, QStringLiteral("rsa2048"), {});
        PadesOptions o;
        o.input = in;
        o.output = path(QStringLiteral("tsa-failed.pdf"));
        o.level = SignatureLevel::B_T;
        o.timestamps = &client;
        auto r = signPdf(*signer, o);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("tsp.unreachable"));
        QVERIFY(!QFile::exists(o.output));
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral("*.sic-prepared")}, QDir::Hidden | QDir::Files)
                     .size(),
                 0);
    }

    void tooSmallReserveIsAClearError()
    {
        const QString in = path(QStringLiteral("plain.pdf"));
        writeFile(in, miniPdf());
        TestTsaServer tsa(m_pki);
        TspClient client({QUrl(tsa.url()), {}, m_pki + QStringLiteral("/root/ca.pem")});
        auto signer = LocalHashSigner::fromPki(m_pki, QStringLiteral("rsa2048"), {});
        PadesOptions o;
        o.input = in;
        o.output = path(QStringLiteral("overflow.pdf"));
        o.level = SignatureLevel::B_T;
        o.timestamps = &client;
        o.timestampReserve = 0;
        auto r = signPdf(*signer, o);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("pades.contents_overflow"));
        QVERIFY(!QFile::exists(o.output));
    }

    void btWithoutTsaIsRefused()
    {
        const QString in = path(QStringLiteral("plain.pdf"));
        writeFile(in, miniPdf());
        auto signer = LocalHashSigner::fromPki(m_pki, QStringLiteral("rsa2048"), {});
        PadesOptions o;
        o.input = in;
        o.output = path(QStringLiteral("no-tsa.pdf"));
        o.level = SignatureLevel::B_T;
        auto r = signPdf(*signer, o);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("sign.no_tsa"));
    }
};

QTEST_GUILESS_MAIN(TestPadesTimestamp)
#include "tst_padestimestamp.moc"
