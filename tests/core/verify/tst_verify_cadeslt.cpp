// CAdES B-LT for CMS files: signatures by `openssl cms -sign`, a signature time-stamp by
// `openssl ts`, OCSP responses by `openssl ocsp -index`, the test PKI's CRL; the unsigned
// attributes certificate-values, revocation-values and archive-time-stamp-v3 (which no tool we
// can run writes) are added with OpenSSL's C API.

#include "verifycorpus.h"

#include "base/clock.h"
#include "cms/der.h"
#include "crypto/ossl.h"
#include "verify/cadesverifier.h"
#include "verify/verifier.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sic;
using namespace sic::verify;
using namespace sic::testing;

namespace {

const char *const kTimestampOid = "1.2.840.113549.1.9.16.2.14";
const char *const kCertValuesOid = "1.2.840.113549.1.9.16.2.23";
const char *const kRevocationValuesOid = "1.2.840.113549.1.9.16.2.24";
const char *const kArchiveTimestampV3Oid = "0.4.0.1733.2.4";

ossl::Cms decodeCms(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return ossl::Cms(d2i_CMS_ContentInfo(nullptr, &p, long(der.size())));
}

QByteArray signatureValue(const QByteArray &cmsDer)
{
    ossl::Cms cms = decodeCms(cmsDer);
    if (!cms)
        return {};
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
    const ASN1_OCTET_STRING *sig = CMS_SignerInfo_get0_signature(si);
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(sig)), ASN1_STRING_length(sig));
}

// The CMS with unsigned attributes (OID, DER value) appended to its first SignerInfo.
QByteArray withUnsignedAttributes(const QByteArray &cmsDer,
                                  const QList<std::pair<const char *, QByteArray>> &attrs)
{
    ossl::Cms cms = decodeCms(cmsDer);
    if (!cms)
        return {};
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
    for (const auto &[oid, value] : attrs) {
        ossl::Asn1Object obj(OBJ_txt2obj(oid, 1));
        if (CMS_unsigned_add1_attr_by_OBJ(si, obj.get(), V_ASN1_SEQUENCE, value.constData(),
                                          int(value.size())) != 1)
            return {};
    }
    return ossl::toDer(cms.get(), i2d_CMS_ContentInfo);
}

QByteArray basicOf(const QByteArray &ocspResponse)
{
    const auto *p = reinterpret_cast<const unsigned char *>(ocspResponse.constData());
    ossl::OcspResponse resp(d2i_OCSP_RESPONSE(nullptr, &p, long(ocspResponse.size())));
    if (!resp)
        return {};
    ossl::OcspBasic basic(OCSP_response_get1_basic(resp.get()));
    return basic ? ossl::toDer(basic.get(), i2d_OCSP_BASICRESP) : QByteArray();
}

// One DER element at pos: header and content length; -1 when not readable (definite lengths only).
std::pair<qsizetype, qsizetype> element(const QByteArray &d, qsizetype pos)
{
    if (pos + 2 > d.size())
        return {-1, -1};
    const uchar first = uchar(d[pos + 1]);
    if (first < 0x80)
        return {2, first};
    const int n = first & 0x7f;
    qsizetype len = 0;
    for (int i = 0; i < n; ++i)
        len = (len << 8) | uchar(d[pos + 2 + i]);
    return {2 + n, len};
}

// Inserts SignedData `crls` [1] holding one OtherRevocationInfoFormat (id-ri-ocsp-response,
// RFC 5940) before signerInfos, re-encoding the enclosing lengths.
QByteArray withOtherRevInfo(const QByteArray &cmsDer, const QByteArray &ocspResponse)
{
    const auto [ciHdr, ciLen] = element(cmsDer, 0);
    const auto [oidHdr, oidLen] = element(cmsDer, ciHdr);
    const qsizetype explicitAt = ciHdr + oidHdr + oidLen;
    const auto [exHdr, exLen] = element(cmsDer, explicitAt);
    const qsizetype sdAt = explicitAt + exHdr;
    const auto [sdHdr, sdLen] = element(cmsDer, sdAt);
    qsizetype pos = sdAt + sdHdr;
    QByteArray fields;
    while (pos < sdAt + sdHdr + sdLen) {
        const auto [h, l] = element(cmsDer, pos);
        if (h < 0)
            return {};
        const QByteArray f = cmsDer.mid(pos, h + l);
        if (uchar(f[0]) == 0x31 && pos + h + l == sdAt + sdHdr + sdLen) // signerInfos
            fields += der::tlv(0xA1, der::tlv(0xA1, der::oid("1.3.6.1.5.5.7.16.2") + ocspResponse));
        fields += f;
        pos += h + l;
    }
    return der::sequence({cmsDer.mid(ciHdr, oidHdr + oidLen), der::context(0, der::sequence({fields}))});
}

} // namespace

class TestVerifyCadesLt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void levels_data();
    void levels();
    void hostileRevocationValues();

private:
    QString pki(const QString &rel) const { return m_pki + u'/' + rel; }
    QString out(const QString &name) const { return m_dir.filePath(name); }
    QByteArray signWithTimestamp(const QString &signer, bool withIntermediate);
    QByteArray ocspResponse(const QString &signer);

    QString m_pki;
    QTemporaryDir m_dir;
    TrustStore m_trust;
    QByteArray m_token; // a signature time-stamp token, reused as an archive-time-stamp-v3 value
};

void TestVerifyCadesLt::initTestCase()
{
    m_pki = qEnvironmentVariable("SIC_BUILD_DIR") + QStringLiteral("/test-pki");
    QVERIFY2(QFile::exists(m_pki + QStringLiteral("/pki.json")),
             qPrintable(QStringLiteral("test PKI missing at %1 (run the pki_generate fixture)").arg(m_pki)));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_trust.load(pki(QStringLiteral("trust/root.pem"))).has_value());
    QVERIFY(writeAll(out(QStringLiteral("data.txt")), "The contract text, 契約書.\n"));
}

// A detached CAdES signature (openssl cms -sign -cades) with a signature time-stamp over its
// signature value (openssl ts). withIntermediate: SignedData certificates hold the issuing CA too.
QByteArray TestVerifyCadesLt::signWithTimestamp(const QString &signer, bool withIntermediate)
{
    const QString name = QStringLiteral("%1-%2.p7s").arg(signer).arg(withIntermediate);
    QStringList args{QStringLiteral("cms"),      QStringLiteral("-sign"),
                     QStringLiteral("-cades"),   QStringLiteral("-binary"),
                     QStringLiteral("-md"),      QStringLiteral("sha256"),
                     QStringLiteral("-in"),      out(QStringLiteral("data.txt")),
                     QStringLiteral("-signer"),  pki(QStringLiteral("signers/%1.pem").arg(signer)),
                     QStringLiteral("-inkey"),   pki(QStringLiteral("signers/%1.key").arg(signer)),
                     QStringLiteral("-outform"), QStringLiteral("DER"),
                     QStringLiteral("-out"),     out(name)};
    if (withIntermediate)
        args << QStringLiteral("-certfile") << pki(QStringLiteral("intermediate/ca.pem"));
    ToolResult r = runTool(QStringLiteral("openssl"), args);
    if (r.exitCode != 0) {
        qWarning("openssl cms: %s", r.err.constData());
        return {};
    }
    const QByteArray cms = readAll(out(name));
    const QString sig = out(name + QStringLiteral(".sig")), query = out(name + QStringLiteral(".tsq")),
                  token = out(name + QStringLiteral(".tst"));
    if (!writeAll(sig, signatureValue(cms)))
        return {};
    r = runTool(QStringLiteral("openssl"),
                {QStringLiteral("ts"), QStringLiteral("-query"), QStringLiteral("-data"), sig,
                 QStringLiteral("-sha256"), QStringLiteral("-cert"), QStringLiteral("-no_nonce"),
                 QStringLiteral("-out"), query});
    if (r.exitCode == 0)
        r = runTool(QStringLiteral("openssl"),
                    {QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-config"),
                     pki(QStringLiteral("openssl-tsa.cnf")), QStringLiteral("-queryfile"), query,
                     QStringLiteral("-token_out"), QStringLiteral("-out"), token});
    if (r.exitCode != 0) {
        qWarning("openssl ts: %s", r.err.constData());
        return {};
    }
    m_token = readAll(token);
    return withUnsignedAttributes(cms, {{kTimestampOid, m_token}});
}

QByteArray TestVerifyCadesLt::ocspResponse(const QString &signer)
{
    const QString resp = out(signer + QStringLiteral(".ocsp.der"));
    const ToolResult r = makeOcspResponse(m_pki, signer, out(signer + QStringLiteral(".ocsp.req")), resp);
    if (r.exitCode != 0)
        qWarning("openssl ocsp: %s", r.err.constData());
    return readAll(resp);
}

void TestVerifyCadesLt::levels_data()
{
    QTest::addColumn<QString>("signer");
    QTest::addColumn<bool>("intermediateInSignedData");
    QTest::addColumn<bool>("intermediateInCertValues");
    // revocation-values: "ocsp", "crl", "" (none), "bad-tag", "truncated", "full-ocsp-response";
    // "signeddata-ocsp": the OCSP response in SignedData crls (RFC 5940) instead.
    QTest::addColumn<QString>("revocation");
    QTest::addColumn<bool>("archiveTimestamp");
    QTest::addColumn<QString>("result"); // indication/sub-indication
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("source"); // revocation source reported, "" for none
    QTest::addColumn<QString>("warning");

    const QString passed = QStringLiteral("TOTAL_PASSED/"),
                  tryLater = QStringLiteral("INDETERMINATE/TRY_LATER");
    const QString malformed = QStringLiteral("revocation-values attribute of the signature is malformed");
    QTest::newRow("ocsp good in revocation-values")
        << "rsa2048" << true << false << "ocsp" << false << passed << "B-LT"
        << "ocsp"
        << "";
    QTest::newRow("crl in revocation-values, revoked signer")
        << "revoked" << true << false << "crl" << false << "TOTAL_FAILED/REVOKED"
        << "B-LT"
        << "crl"
        << "";
    QTest::newRow("no revocation data") << "rsa2048" << true << false << "" << false << tryLater << "B-T"
                                        << ""
                                        << "";
    QTest::newRow("revocation-values with an unknown field tag")
        << "rsa2048" << true << false << "bad-tag" << false << tryLater << "B-T"
        << "" << malformed;
    QTest::newRow("revocation-values truncated inside")
        << "rsa2048" << true << false << "truncated" << false << tryLater << "B-T"
        << "" << malformed;
    QTest::newRow("revocation-values holding an OCSPResponse, not a BasicOCSPResponse")
        << "rsa2048" << true << false << "full-ocsp-response" << false << tryLater << "B-T"
        << "" << malformed;
    QTest::newRow("intermediate only in certificate-values")
        << "rsa2048" << false << true << "ocsp" << false << passed << "B-LT"
        << "ocsp"
        << "";
    QTest::newRow("intermediate nowhere")
        << "rsa2048" << false << false << "ocsp" << false << "INDETERMINATE/NO_CERTIFICATE_CHAIN_FOUND"
        << "B-T"
        << ""
        << "";
    QTest::newRow("ocsp in SignedData crls (RFC 5940)")
        << "rsa2048" << true << false << "signeddata-ocsp" << false << passed << "B-LT"
        << "ocsp"
        << "";
    QTest::newRow("archive-time-stamp-v3 present, not checked")
        << "rsa2048" << true << false << "ocsp" << true << passed << "B-LT"
        << "ocsp"
        << "archive time-stamp (archive-time-stamp-v3), which was not checked";
}

void TestVerifyCadesLt::levels()
{
    QFETCH(QString, signer);
    QFETCH(bool, intermediateInSignedData);
    QFETCH(bool, intermediateInCertValues);
    QFETCH(QString, revocation);
    QFETCH(bool, archiveTimestamp);
    QFETCH(QString, result);
    QFETCH(QString, level);
    QFETCH(QString, source);
    QFETCH(QString, warning);

    QByteArray cms = signWithTimestamp(signer, intermediateInSignedData);
    QVERIFY(!cms.isEmpty());
    const QByteArray ocsp = ocspResponse(signer);
    QVERIFY(!ocsp.isEmpty());
    const QByteArray basic = basicOf(ocsp);
    QVERIFY(!basic.isEmpty());

    QList<std::pair<const char *, QByteArray>> attrs;
    if (intermediateInCertValues)
        attrs.append({kCertValuesOid, der::sequence({certDer(pki(QStringLiteral("intermediate/ca.pem")))})});
    if (revocation == QLatin1String("ocsp")) {
        attrs.append({kRevocationValuesOid, der::sequence({der::context(1, der::sequence({basic}))})});
    } else if (revocation == QLatin1String("crl")) {
        const QByteArray crl = readAll(pki(QStringLiteral("intermediate/crl.der")));
        QVERIFY(!crl.isEmpty());
        attrs.append({kRevocationValuesOid, der::sequence({der::context(0, der::sequence({crl}))})});
    } else if (revocation == QLatin1String("bad-tag")) {
        attrs.append({kRevocationValuesOid, der::sequence({der::context(4, der::sequence({basic}))})});
    } else if (revocation == QLatin1String("truncated")) {
        // The outer lengths agree; the BasicOCSPResponse inside claims more bytes than follow.
        attrs.append({kRevocationValuesOid,
                      der::sequence({der::context(1, der::sequence({basic.left(basic.size() / 2)}))})});
    } else if (revocation == QLatin1String("full-ocsp-response")) {
        attrs.append({kRevocationValuesOid, der::sequence({der::context(1, der::sequence({ocsp}))})});
    } else if (revocation == QLatin1String("signeddata-ocsp")) {
        cms = withOtherRevInfo(cms, ocsp);
        QVERIFY(!cms.isEmpty());
    }
    if (archiveTimestamp)
        attrs.append({kArchiveTimestampV3Oid, m_token});
    if (!attrs.isEmpty())
        cms = withUnsignedAttributes(cms, attrs);
    QVERIFY(!cms.isEmpty());
    const QString file =
        out(QStringLiteral("%1.p7s").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    QVERIFY(writeAll(file, cms));

    ManualClock clock(QDateTime::currentDateTimeUtc()); // the PKI and the token are made relative to now
    VerifyOptions o;
    o.context.trust = &m_trust;
    o.context.clock = &clock;
    o.dataFiles << out(QStringLiteral("data.txt"));
    const FileReport report = verifyFile(file, o);
    QVERIFY2(!report.error, qPrintable(report.error ? report.error->toString() : QString()));
    QCOMPARE(report.signatures.size(), 1);
    const SignatureReport &s = report.signatures.first();
    const QString got = indicationName(s.indication) + u'/' + subIndicationName(s.subIndication);
    QVERIFY2(got == result, qPrintable(got + QStringLiteral(": ") + s.reason));
    QCOMPARE(s.level, level);
    QCOMPARE(reportName(s.revocation.source), source);
    QVERIFY(s.dataIntact.value_or(false));
    QVERIFY(s.signatureValid.value_or(false));
    QCOMPARE(s.timestamps.size(), 1); // the archive time-stamp is not shown as checked
    if (warning.isEmpty()) {
        for (const QString &w : s.warnings)
            QVERIFY2(!w.contains(QLatin1String("malformed")) && !w.contains(QLatin1String("archive")),
                     qPrintable(w));
    } else {
        bool found = false;
        for (const QString &w : s.warnings)
            found = found || w.contains(warning);
        QVERIFY2(found, qPrintable(s.warnings.join(u'\n')));
    }
    if (s.subIndication == SubIndication::Revoked)
        QCOMPARE(s.revocation.reason, QStringLiteral("keyCompromise"));
}

// Unsigned attributes are the attacker's to choose: no value, however broken, may crash the
// verifier or fail a signature whose signed parts are intact. The outer SEQUENCE stays
// well-formed (so the CMS still decodes) while its content is cut or altered.
void TestVerifyCadesLt::hostileRevocationValues()
{
    const QByteArray cms = signWithTimestamp(QStringLiteral("rsa2048"), true);
    QVERIFY(!cms.isEmpty());
    const QByteArray basic = basicOf(ocspResponse(QStringLiteral("rsa2048")));
    QVERIFY(!basic.isEmpty());
    const QByteArray good = der::sequence({der::context(1, der::sequence({basic}))});
    const QByteArray content = good.mid(element(good, 0).first);

    QList<QByteArray> variants{good};
    for (qsizetype k = 0; k < content.size(); k += 5)
        variants << der::tlv(0x30, content.left(k));
    for (qsizetype i = 0; i < qMin<qsizetype>(content.size(), 96); ++i) {
        QByteArray c = content;
        c[i] = char(c[i] ^ 0xFF);
        variants << der::tlv(0x30, c);
    }
    // A list claiming 2 GiB; an indefinite length (BER); more elements than any real file has.
    variants << der::tlv(0x30, der::context(1, der::tlv(0x30, QByteArray("\x30\x84\x7f\xff\xff\xff", 6))))
             << der::tlv(0x30, der::context(0, QByteArray("\x30\x80\x00\x00", 4)))
             << der::tlv(0x30, der::context(0, der::tlv(0x30, QByteArray("\x30\x00", 2).repeated(1001))));

    ManualClock clock(QDateTime::currentDateTimeUtc());
    ValidationContext ctx;
    ctx.trust = &m_trust;
    ctx.clock = &clock;
    const QByteArray data = readAll(out(QStringLiteral("data.txt")));
    for (qsizetype i = 0; i < variants.size(); ++i) {
        const QByteArray der = withUnsignedAttributes(cms, {{kRevocationValuesOid, variants[i]}});
        QVERIFY(!der.isEmpty());
        auto sd = parseSignedData(der);
        QVERIFY2(sd.has_value(), qPrintable(QString::number(i)));
        SignatureEvidence ev = checkCmsSignature(*sd, digestOfBytes(data), ctx);
        QVERIFY2(ev.failure == SubIndication::None, qPrintable(QString::number(i)));
        const SignatureReport r = evaluate(ev, ctx);
        if (i == 0) {
            QCOMPARE(r.indication, Indication::TotalPassed); // the harness itself is sound
            continue;
        }
        QVERIFY2(r.indication == Indication::TotalPassed || r.subIndication == SubIndication::TryLater,
                 qPrintable(QStringLiteral("variant %1: %2").arg(i).arg(r.reason)));
    }
}

QTEST_GUILESS_MAIN(TestVerifyCadesLt)
#include "tst_verify_cadeslt.moc"
