// Signatures made at test time by openssl and xmlsec1 with the test PKI, each with the
// EN 319 102-1 result the verifier must reach.

#include "verifycorpus.h"
#include "xadestemplates.h"

#include "base/clock.h"
#include "crypto/digest.h"
#include "verify/cadesverifier.h"
#include "verify/evaluation.h"
#include "verify/reports.h"
#include "verify/timestamp.h"
#include "verify/verifier.h"

#include <QJsonArray>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sic;
using namespace sic::verify;
using namespace sic::testing;

namespace {

QByteArray flipFirstBase64Char(QByteArray xml, const QByteArray &afterTag)
{
    const qsizetype at = xml.indexOf(afterTag);
    if (at < 0)
        return {};
    const qsizetype i = at + afterTag.size();
    xml[i] = xml[i] == 'A' ? 'B' : 'A';
    return xml;
}

} // namespace

class TestVerifyPki : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void samples_data();
    void samples();
    void timestampToken();
    void proofOfExistence_data();
    void proofOfExistence();
    void givenDigest();
    void revokedIssuingCa();
    void reportsAreWellFormed();
    void badInput_data();
    void badInput();

private:
    QString pki(const QString &rel) const { return m_pki + u'/' + rel; }
    QString out(const QString &name) const { return m_dir.filePath(name); }
    void cmsSign(const QString &name, const QString &signer, const QStringList &extra);
    void xadesSign(const QString &name, const QString &signer, bool xades, const QString &sigAlg,
                   const QByteArray &certDigest = {});
    void ocspResponse(const QString &name, const QString &signer);
    FileReport verify(const QString &file, bool trust, const QString &revocation, const QString &data = {});

    QString m_pki;
    QTemporaryDir m_dir;
    TrustStore m_trust;
    TrustStore m_empty;
};

void TestVerifyPki::initTestCase()
{
    m_pki = qEnvironmentVariable("SIC_BUILD_DIR") + QStringLiteral("/test-pki");
    QVERIFY2(QFile::exists(m_pki + QStringLiteral("/pki.json")),
             qPrintable(QStringLiteral("test PKI missing at %1 (run the pki_generate fixture)").arg(m_pki)));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_trust.load(pki(QStringLiteral("trust/root.pem"))).has_value());
    QVERIFY(writeAll(out(QStringLiteral("data.txt")), "The contract text, 契約書.\n"));

    const QStringList signers{
        QStringLiteral("rsa2048"), QStringLiteral("rsa3072"),  QStringLiteral("ecp256"),
        QStringLiteral("ecp384"),  QStringLiteral("japanese"), QStringLiteral("expired"),
        QStringLiteral("notyet"),  QStringLiteral("revoked"),  QStringLiteral("selfsigned")};
    for (const QString &s : signers)
        cmsSign(s + QStringLiteral(".p7s"), s, {QStringLiteral("-cades")});
    cmsSign(QStringLiteral("ca-key.p7s"), QStringLiteral("../intermediate/ca"), {QStringLiteral("-cades")});
    cmsSign(QStringLiteral("noattr.p7s"), QStringLiteral("rsa2048"), {QStringLiteral("-noattr")});
    cmsSign(QStringLiteral("pss.p7s"), QStringLiteral("rsa3072"),
            {QStringLiteral("-cades"), QStringLiteral("-keyopt"), QStringLiteral("rsa_padding_mode:pss")});
    // RSASSA-PSS straight over the content digest: the parameters (hash, MGF1 hash, salt) come
    // from the SignerInfo's signatureAlgorithm.
    cmsSign(QStringLiteral("pss-noattr.p7s"), QStringLiteral("rsa3072"),
            {QStringLiteral("-noattr"), QStringLiteral("-keyopt"), QStringLiteral("rsa_padding_mode:pss")});
    cmsSign(QStringLiteral("pss-noattr-sha384-salt48.p7s"), QStringLiteral("rsa2048"),
            {QStringLiteral("-noattr"), QStringLiteral("-md"), QStringLiteral("sha384"),
             QStringLiteral("-keyopt"), QStringLiteral("rsa_padding_mode:pss"), QStringLiteral("-keyopt"),
             QStringLiteral("rsa_pss_saltlen:48")});
    cmsSign(QStringLiteral("sha1.p7s"), QStringLiteral("rsa2048"),
            {QStringLiteral("-md"), QStringLiteral("sha1")});
    cmsSign(QStringLiteral("attached.p7m"), QStringLiteral("rsa2048"),
            {QStringLiteral("-cades"), QStringLiteral("-nodetach")});
    ocspResponse(QStringLiteral("ocsp-rsa2048.der"), QStringLiteral("rsa2048"));
    ocspResponse(QStringLiteral("ocsp-revoked.der"), QStringLiteral("revoked"));

    // The detached content is found next to the .p7s (name without the suffix) or given with --data;
    // tampered copies get their own names.
    QVERIFY(writeAll(out(QStringLiteral("tampered.txt")), "The contract text, 契約書!\n"));

    const QByteArray rsaDigest = QCryptographicHash::hash(certDer(pki(QStringLiteral("signers/rsa2048.pem"))),
                                                          QCryptographicHash::Sha256)
                                     .toBase64();
    const QString rsaSha256 = QStringLiteral("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256");
    xadesSign(QStringLiteral("xades-rsa2048.xml"), QStringLiteral("rsa2048"), true, rsaSha256);
    xadesSign(QStringLiteral("xades-ecp256.xml"), QStringLiteral("ecp256"), true,
              QStringLiteral("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"));
    xadesSign(QStringLiteral("xmldsig-rsa2048.xml"), QStringLiteral("rsa2048"), false, rsaSha256);
    xadesSign(QStringLiteral("xades-wrong-certdigest.xml"), QStringLiteral("rsa2048"), true, rsaSha256,
              QByteArray(32, '\0').toBase64());
    xadesSign(QStringLiteral("xades-revoked.xml"), QStringLiteral("revoked"), true, rsaSha256);
    // Detached: xmlsec1 resolves "data.txt" next to the template; a copy elsewhere lacks its data.
    QVERIFY(writeAll(out(QStringLiteral("detached.tmpl")), kDetachedTemplate));
    const ToolResult det = runTool(QStringLiteral("xmlsec1"),
                                   {QStringLiteral("--sign"), QStringLiteral("--privkey-pem"),
                                    pki(QStringLiteral("signers/rsa2048.key")) + u',' +
                                        pki(QStringLiteral("signers/rsa2048.pem")) + u',' +
                                        pki(QStringLiteral("intermediate/ca.pem")),
                                    QStringLiteral("--output"), out(QStringLiteral("xmldsig-detached.xml")),
                                    out(QStringLiteral("detached.tmpl"))},
                                   m_dir.path());
    QVERIFY2(det.exitCode == 0, det.err.constData());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("alone")));
    QVERIFY(QFile::copy(out(QStringLiteral("xmldsig-detached.xml")),
                        out(QStringLiteral("alone/xmldsig-detached.xml"))));

    const QByteArray signedXml = readAll(out(QStringLiteral("xades-rsa2048.xml")));
    QVERIFY(signedXml.contains("Hello, 世界"));
    QVERIFY(writeAll(out(QStringLiteral("xades-tampered-content.xml")),
                     QByteArray(signedXml).replace("Hello, 世界", "Hello, World")));
    QVERIFY(writeAll(out(QStringLiteral("xades-tampered-time.xml")),
                     QByteArray(signedXml).replace("2026-01-02T03:04:05Z", "2026-01-02T03:04:06Z")));
    QVERIFY(writeAll(out(QStringLiteral("xades-tampered-sigvalue.xml")),
                     flipFirstBase64Char(signedXml, "<ds:SignatureValue>")));
    QVERIFY(writeAll(out(QStringLiteral("xades-duplicate-id.xml")),
                     QByteArray(signedXml).replace("<item>", "<item><fake Id=\"sp-1\"/>")));
    (void)rsaDigest;
}

void TestVerifyPki::cmsSign(const QString &name, const QString &signer, const QStringList &extra)
{
    QStringList args{QStringLiteral("cms"),
                     QStringLiteral("-sign"),
                     QStringLiteral("-binary"),
                     QStringLiteral("-in"),
                     out(QStringLiteral("data.txt")),
                     QStringLiteral("-signer"),
                     pki(QStringLiteral("signers/%1.pem").arg(signer)),
                     QStringLiteral("-inkey"),
                     pki(QStringLiteral("signers/%1.key").arg(signer)),
                     QStringLiteral("-outform"),
                     QStringLiteral("DER"),
                     QStringLiteral("-out"),
                     out(name)};
    if (signer != QLatin1String("selfsigned") && !signer.contains(QLatin1String("intermediate")))
        args << QStringLiteral("-certfile") << pki(QStringLiteral("intermediate/ca.pem"));
    if (!extra.contains(QStringLiteral("-md")))
        args << QStringLiteral("-md") << QStringLiteral("sha256");
    const ToolResult r = runTool(QStringLiteral("openssl"), args + extra);
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestVerifyPki::ocspResponse(const QString &name, const QString &signer)
{
    const ToolResult r = makeOcspResponse(m_pki, signer, out(name + QStringLiteral(".req")), out(name));
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestVerifyPki::xadesSign(const QString &name, const QString &signer, bool xades, const QString &sigAlg,
                              const QByteArray &certDigest)
{
    const QByteArray digest =
        certDigest.isEmpty()
            ? QCryptographicHash::hash(certDer(pki(QStringLiteral("signers/%1.pem").arg(signer))),
                                       QCryptographicHash::Sha256)
                  .toBase64()
            : certDigest;
    QByteArray tmpl(kXadesTemplate);
    tmpl.replace("@SIGALG@", sigAlg.toUtf8());
    tmpl.replace("@SPREF@", xades ? QByteArray(kSpRef) : QByteArray());
    tmpl.replace("@OBJECT@", xades ? QByteArray(kObject).replace("@CERTDIGEST@", digest) : QByteArray());
    const QString tmplPath = out(name + QStringLiteral(".tmpl"));
    QVERIFY(writeAll(tmplPath, tmpl));
    const QString keySpec = QStringLiteral("%1,%2,%3")
                                .arg(pki(QStringLiteral("signers/%1.key").arg(signer)),
                                     pki(QStringLiteral("signers/%1.pem").arg(signer)),
                                     pki(QStringLiteral("intermediate/ca.pem")));
    const ToolResult r = runTool(QStringLiteral("xmlsec1"),
                                 {QStringLiteral("--sign"), QStringLiteral("--privkey-pem"), keySpec,
                                  QStringLiteral("--id-attr:Id"),
                                  QStringLiteral("http://uri.etsi.org/01903/v1.3.2#:SignedProperties"),
                                  QStringLiteral("--output"), out(name), tmplPath});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

FileReport TestVerifyPki::verify(const QString &file, bool trust, const QString &revocation,
                                 const QString &data)
{
    static ManualClock clock(QDateTime::currentDateTimeUtc()); // the PKI is generated relative to now
    VerifyOptions o;
    o.context.trust = trust ? &m_trust : &m_empty;
    o.context.clock = &clock;
    if (revocation == QLatin1String("crl"))
        o.context.extraRevocation.crls << readAll(pki(QStringLiteral("intermediate/crl.der")));
    else if (!revocation.isEmpty())
        o.context.extraRevocation.ocspResponses << readAll(out(revocation));
    if (!data.isEmpty())
        o.dataFiles << out(data);
    return verifyFile(out(file), o);
}

void TestVerifyPki::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("data"); // detached content, if not the default data.txt
    QTest::addColumn<bool>("trust");
    QTest::addColumn<QString>("revocation"); // "crl", an OCSP response file, or ""
    QTest::addColumn<QString>("indication");
    QTest::addColumn<QString>("sub");

    const QString P = QStringLiteral("TOTAL_PASSED"), F = QStringLiteral("TOTAL_FAILED"),
                  I = QStringLiteral("INDETERMINATE"), d = QStringLiteral("data.txt");
    QTest::newRow("cms rsa2048 + crl") << "rsa2048.p7s" << d << true << "crl" << P << "";
    QTest::newRow("cms rsa2048 + ocsp") << "rsa2048.p7s" << d << true << "ocsp-rsa2048.der" << P << "";
    QTest::newRow("cms rsa3072") << "rsa3072.p7s" << d << true << "crl" << P << "";
    QTest::newRow("cms ecp256") << "ecp256.p7s" << d << true << "crl" << P << "";
    QTest::newRow("cms ecp384") << "ecp384.p7s" << d << true << "crl" << P << "";
    QTest::newRow("cms japanese subject") << "japanese.p7s" << d << true << "crl" << P << "";
    QTest::newRow("cms rsa-pss") << "pss.p7s" << d << true << "crl" << P << "";
    QTest::newRow("cms no signed attributes") << "noattr.p7s" << d << true << "crl" << P << "";
    QTest::newRow("cms rsa-pss, no signed attributes") << "pss-noattr.p7s" << d << true << "crl" << P << "";
    QTest::newRow("cms rsa-pss sha384 salt 48, no signed attributes")
        << "pss-noattr-sha384-salt48.p7s" << d << true << "crl" << P << "";
    QTest::newRow("cms rsa-pss, no signed attributes, tampered")
        << "pss-noattr.p7s"
        << "tampered.txt" << true << "crl" << F << "SIG_CRYPTO_FAILURE";
    QTest::newRow("cms attached content") << "attached.p7m" << QString() << true << "crl" << P << "";
    QTest::newRow("cms no anchors") << "rsa2048.p7s" << d << false << "crl" << I
                                    << "NO_CERTIFICATE_CHAIN_FOUND";
    QTest::newRow("cms no revocation data") << "rsa2048.p7s" << d << true << "" << I << "TRY_LATER";
    QTest::newRow("cms tampered content") << "rsa2048.p7s"
                                          << "tampered.txt" << true << "crl" << F << "HASH_FAILURE";
    QTest::newRow("cms no attrs tampered") << "noattr.p7s"
                                           << "tampered.txt" << true << "crl" << F << "SIG_CRYPTO_FAILURE";
    QTest::newRow("cms revoked, crl") << "revoked.p7s" << d << true << "crl" << I << "REVOKED_NO_POE";
    QTest::newRow("cms revoked, ocsp")
        << "revoked.p7s" << d << true << "ocsp-revoked.der" << I << "REVOKED_NO_POE";
    QTest::newRow("cms expired, crl good")
        << "expired.p7s" << d << true << "crl" << I << "OUT_OF_BOUNDS_NOT_REVOKED";
    QTest::newRow("cms expired, no revocation")
        << "expired.p7s" << d << true << "" << I << "OUT_OF_BOUNDS_NO_POE";
    QTest::newRow("cms not yet valid") << "notyet.p7s" << d << true << "crl" << F << "NOT_YET_VALID";
    QTest::newRow("cms self-signed") << "selfsigned.p7s" << d << true << "" << I
                                     << "NO_CERTIFICATE_CHAIN_FOUND";
    QTest::newRow("cms sha1") << "sha1.p7s" << d << true << "crl" << I << "CRYPTO_CONSTRAINTS_FAILURE_NO_POE";
    QTest::newRow("cms signed with a CA key")
        << "ca-key.p7s" << d << true << "crl" << I << "CHAIN_CONSTRAINTS_FAILURE";
    QTest::newRow("cms ocsp for another cert")
        << "rsa2048.p7s" << d << true << "ocsp-revoked.der" << I << "TRY_LATER";
    QTest::newRow("xades rsa2048") << "xades-rsa2048.xml" << QString() << true << "crl" << P << "";
    QTest::newRow("xades ecp256") << "xades-ecp256.xml" << QString() << true << "crl" << P << "";
    QTest::newRow("xmldsig rsa2048") << "xmldsig-rsa2048.xml" << QString() << true << "crl" << P << "";
    QTest::newRow("xades no anchors")
        << "xades-rsa2048.xml" << QString() << false << "crl" << I << "NO_CERTIFICATE_CHAIN_FOUND";
    QTest::newRow("xades tampered content")
        << "xades-tampered-content.xml" << QString() << true << "crl" << F << "HASH_FAILURE";
    QTest::newRow("xades tampered signing time")
        << "xades-tampered-time.xml" << QString() << true << "crl" << F << "HASH_FAILURE";
    QTest::newRow("xades tampered signature value")
        << "xades-tampered-sigvalue.xml" << QString() << true << "crl" << F << "SIG_CRYPTO_FAILURE";
    QTest::newRow("xades duplicate Id")
        << "xades-duplicate-id.xml" << QString() << true << "crl" << F << "FORMAT_FAILURE";
    QTest::newRow("xades wrong cert digest")
        << "xades-wrong-certdigest.xml" << QString() << true << "crl" << I << "NO_SIGNING_CERTIFICATE_FOUND";
    QTest::newRow("xmldsig detached") << "xmldsig-detached.xml" << QString() << true << "crl" << P << "";
    QTest::newRow("xmldsig detached, data missing")
        << "alone/xmldsig-detached.xml" << QString() << true << "crl" << I << "SIGNED_DATA_NOT_FOUND";
    QTest::newRow("xades revoked") << "xades-revoked.xml" << QString() << true << "crl" << I
                                   << "REVOKED_NO_POE";
}

void TestVerifyPki::samples()
{
    QFETCH(QString, file);
    QFETCH(QString, data);
    QFETCH(bool, trust);
    QFETCH(QString, revocation);
    QFETCH(QString, indication);
    QFETCH(QString, sub);
    const FileReport r = verify(file, trust, revocation, data);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->toString()) : "");
    QCOMPARE(r.signatures.size(), 1);
    const SignatureReport &s = r.signatures.first();
    const QString got = indicationName(s.indication) + u'/' + subIndicationName(s.subIndication) +
                        QStringLiteral(": ") + s.reason;
    QVERIFY2(indicationName(s.indication) == indication, qPrintable(got));
    QVERIFY2(subIndicationName(s.subIndication) == sub, qPrintable(got));
    QVERIFY(!s.reason.isEmpty());
    if (s.indication == Indication::TotalPassed) {
        QVERIFY(s.signer.has_value());
        QVERIFY(!s.signer->sha256.isEmpty());
        QVERIFY(s.chain.size() >= 3); // signer, issuing CA, root
    }
    if (file.startsWith(QLatin1String("japanese")))
        QCOMPARE(s.signer->commonName, QStringLiteral("山田 太郎"));
    if (s.subIndication == SubIndication::RevokedNoPoe) {
        QCOMPARE(s.revocation.status, RevocationStatus::Revoked);
        QCOMPARE(s.revocation.reason, QStringLiteral("keyCompromise"));
        QVERIFY(s.reason.contains(QStringLiteral("key compromise")));
    }
}

void TestVerifyPki::timestampToken()
{
    const QByteArray stamped("a signature value");
    QVERIFY(writeAll(out(QStringLiteral("stamped.bin")), stamped));
    ToolResult r =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("ts"), QStringLiteral("-query"), QStringLiteral("-data"),
                 out(QStringLiteral("stamped.bin")), QStringLiteral("-sha256"), QStringLiteral("-cert"),
                 QStringLiteral("-no_nonce"), QStringLiteral("-out"), out(QStringLiteral("q.tsq"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runTool(QStringLiteral("openssl"),
                {QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-config"),
                 pki(QStringLiteral("openssl-tsa.cnf")), QStringLiteral("-queryfile"),
                 out(QStringLiteral("q.tsq")), QStringLiteral("-token_out"), QStringLiteral("-out"),
                 out(QStringLiteral("token.der"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray token = readAll(out(QStringLiteral("token.der")));

    const TimestampCheck good =
        checkTimestamp(token, digestOfBytes(stamped), TimestampKind::Signature, m_trust);
    QVERIFY2(good.usable(), qPrintable(good.info.problem));
    QVERIFY(good.info.intact);
    QVERIFY(good.info.signatureValid);
    QVERIFY(good.info.trusted);
    QVERIFY(qAbs(good.info.time.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    QCOMPARE(good.info.tsa->commonName, QStringLiteral("SIC Test TSA"));

    const TimestampCheck other =
        checkTimestamp(token, digestOfBytes("another value"), TimestampKind::Signature, m_trust);
    QVERIFY(!other.info.intact);
    QVERIFY(!other.usable());

    const TimestampCheck untrusted =
        checkTimestamp(token, digestOfBytes(stamped), TimestampKind::Signature, m_empty);
    QVERIFY(untrusted.usable());
    QVERIFY(!untrusted.info.trusted);

    QByteArray broken = token;
    broken[broken.size() - 10] = char(broken[broken.size() - 10] ^ 0x01); // inside the TSA's signature value
    QVERIFY(!checkTimestamp(broken, digestOfBytes(stamped), TimestampKind::Signature, m_trust).usable());
    QVERIFY(
        !checkTimestamp(token.left(40), digestOfBytes(stamped), TimestampKind::Signature, m_trust).usable());
}

// EN 319 102-1 5.6.2.1: the time a timestamp proves decides between REVOKED / REVOKED_NO_POE and
// EXPIRED / OUT_OF_BOUNDS_*. Real signatures and a real token; the proven time is then set per row
// because a TSA can only stamp "now".
void TestVerifyPki::proofOfExistence_data()
{
    QTest::addColumn<QString>("signer");
    QTest::addColumn<qint64>("poeOffset"); // seconds from PKI generation; 0 = the token's real time
    QTest::addColumn<bool>("trustedTsa");
    QTest::addColumn<QString>("indication");
    QTest::addColumn<QString>("sub");
    QTest::newRow("revoked, timestamp after revocation") << "revoked" << qint64(0) << true << "TOTAL_FAILED"
                                                         << "REVOKED";
    QTest::newRow("revoked, proven before revocation") << "revoked" << qint64(-7200) << true << "TOTAL_PASSED"
                                                       << "";
    QTest::newRow("revoked, untrusted TSA") << "revoked" << qint64(-7200) << false << "INDETERMINATE"
                                            << "REVOKED_NO_POE";
    // The test PKI's issuing CA only exists since generation - 1 day, after "expired" expired: the
    // proven time is inside the signer's validity but not the issuer's.
    QTest::newRow("expired, proven within validity, CA not yet valid")
        << "expired" << qint64(-60 * 86400) << true << "INDETERMINATE"
        << "OUT_OF_BOUNDS_NO_POE";
    QTest::newRow("expired, timestamp after expiry") << "expired" << qint64(0) << true << "TOTAL_FAILED"
                                                     << "EXPIRED";
    QTest::newRow("valid, timestamped") << "rsa2048" << qint64(0) << true << "TOTAL_PASSED"
                                        << "";
}

void TestVerifyPki::proofOfExistence()
{
    QFETCH(QString, signer);
    QFETCH(qint64, poeOffset);
    QFETCH(bool, trustedTsa);
    QFETCH(QString, indication);
    QFETCH(QString, sub);
    const QByteArray token = readAll(out(QStringLiteral("token.der")));
    QVERIFY2(!token.isEmpty(), "timestampToken() makes the token");
    const QJsonObject pkiJson = QJsonDocument::fromJson(readAll(pki(QStringLiteral("pki.json")))).object();
    const QDateTime generated =
        QDateTime::fromString(pkiJson.value(QStringLiteral("generated_at")).toString(), Qt::ISODate);
    QVERIFY(generated.isValid());

    auto sd = parseSignedData(readAll(out(signer + QStringLiteral(".p7s"))));
    QVERIFY(sd);
    const QString data = out(QStringLiteral("data.txt"));
    ManualClock clock(QDateTime::currentDateTimeUtc());
    ValidationContext ctx;
    ctx.trust = &m_trust;
    ctx.clock = &clock;
    ctx.extraRevocation.crls << readAll(pki(QStringLiteral("intermediate/crl.der")));
    SignatureEvidence ev = checkCmsSignature(
        *sd, [&](HashAlgorithm a) { return digestFile(data, a); }, ctx);
    TimestampCheck tc = checkTimestamp(token, digestOfBytes("a signature value"), TimestampKind::Signature,
                                       trustedTsa ? m_trust : m_empty);
    QVERIFY(tc.usable());
    if (poeOffset != 0)
        tc.info.time = generated.addSecs(poeOffset);
    ev.signatureTimestamps.push_back(std::move(tc));
    const SignatureReport r = evaluate(ev, ctx);
    const QString got = indicationName(r.indication) + u'/' + subIndicationName(r.subIndication) +
                        QStringLiteral(": ") + r.reason;
    QVERIFY2(indicationName(r.indication) == indication, qPrintable(got));
    QVERIFY2(subIndicationName(r.subIndication) == sub, qPrintable(got));
    if (signer == QLatin1String("revoked") && r.indication == Indication::TotalPassed)
        QVERIFY(!r.warnings.isEmpty()); // revoked later: said, not hidden
}

void TestVerifyPki::givenDigest()
{
    // The building block over a digest computed elsewhere: same result as over the bytes.
    auto sd = parseSignedData(readAll(out(QStringLiteral("rsa2048.p7s"))));
    QVERIFY(sd);
    const QByteArray content = readAll(out(QStringLiteral("data.txt")));
    CmsSignerCheck c =
        checkSigner(*sd, knownDigest(HashAlgorithm::Sha256, digestBytes(HashAlgorithm::Sha256, content)));
    QVERIFY(c.formatProblem.isEmpty());
    QVERIFY(c.digestMatches);
    QVERIFY(c.signatureValid);
    QCOMPARE(c.essVersion, QStringLiteral("v2"));
    CmsSignerCheck other =
        checkSigner(*sd, knownDigest(HashAlgorithm::Sha256, digestBytes(HashAlgorithm::Sha256, "x")));
    QVERIFY(!other.digestMatches);
    QVERIFY(other.signatureValid); // the signed attributes themselves are intact
    CmsSignerCheck wrongAlg = checkSigner(*sd, knownDigest(HashAlgorithm::Sha384, QByteArray(48, 'a')));
    QVERIFY(!wrongAlg.formatProblem.isEmpty());
}

// A copy of the root CA (the shared PKI stays untouched) revokes the issuing CA.
void TestVerifyPki::revokedIssuingCa()
{
    const QString root = out(QStringLiteral("rootcopy"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/newcerts")));
    for (const char *f : {"ca.pem", "ca.key", "index.txt", "index.txt.attr", "crlnumber"})
        QVERIFY(QFile::copy(pki(QStringLiteral("root/") + QLatin1String(f)), root + u'/' + QLatin1String(f)));
    QByteArray cnf = readAll(pki(QStringLiteral("root/ca.cnf")));
    cnf.replace(pki(QStringLiteral("root")).toUtf8(), root.toUtf8());
    QVERIFY(writeAll(root + QStringLiteral("/ca.cnf"), cnf));
    ToolResult r = runTool(QStringLiteral("openssl"),
                           {QStringLiteral("ca"), QStringLiteral("-config"), root + QStringLiteral("/ca.cnf"),
                            QStringLiteral("-revoke"), pki(QStringLiteral("intermediate/ca.pem")),
                            QStringLiteral("-crl_reason"), QStringLiteral("cACompromise")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runTool(QStringLiteral("openssl"),
                {QStringLiteral("ca"), QStringLiteral("-config"), root + QStringLiteral("/ca.cnf"),
                 QStringLiteral("-gencrl"), QStringLiteral("-out"), root + QStringLiteral("/crl.pem")});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    ManualClock clock(QDateTime::currentDateTimeUtc());
    VerifyOptions o;
    o.context.trust = &m_trust;
    o.context.clock = &clock;
    o.context.extraRevocation.crls << readAll(pki(QStringLiteral("intermediate/crl.der")))
                                   << readAll(root + QStringLiteral("/crl.pem"));
    o.dataFiles << out(QStringLiteral("data.txt"));
    const FileReport rep = verifyFile(out(QStringLiteral("rsa2048.p7s")), o);
    QCOMPARE(rep.signatures.size(), 1);
    const SignatureReport &s = rep.signatures.first();
    QVERIFY2(s.subIndication == SubIndication::RevokedCaNoPoe, qPrintable(s.reason));
    QCOMPARE(s.indication, Indication::Indeterminate);
    QVERIFY(s.reason.contains(QStringLiteral("SIC Test Issuing CA")));
}

void TestVerifyPki::reportsAreWellFormed()
{
    QList<FileReport> files{
        verify(QStringLiteral("rsa2048.p7s"), true, QStringLiteral("crl"), QStringLiteral("data.txt")),
        verify(QStringLiteral("xades-tampered-content.xml"), true, QStringLiteral("crl")),
        verify(QStringLiteral("does-not-exist.xml"), true, QString())};
    ReportMeta meta;
    meta.generator = QStringLiteral("test");
    meta.validationTime = QDateTime::currentDateTimeUtc();
    meta.trustAnchors = m_trust.anchors();
    const QJsonObject json = QJsonDocument::fromJson(reportToJson(files, meta)).object();
    QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), kReportSchemaVersion);
    const QJsonArray jf = json.value(QStringLiteral("files")).toArray();
    QCOMPARE(jf.size(), 3);
    const QJsonObject s0 = jf[0].toObject()[QStringLiteral("signatures")].toArray()[0].toObject();
    QCOMPARE(s0[QStringLiteral("indication")].toString(), QStringLiteral("TOTAL_PASSED"));
    QCOMPARE(s0[QStringLiteral("verdict")].toString(), QStringLiteral("valid"));
    QCOMPARE(s0[QStringLiteral("signer")].toObject()[QStringLiteral("commonName")].toString(),
             QStringLiteral("SIC Test Signer rsa2048"));
    QCOMPARE(s0[QStringLiteral("modifiedAfterSigning")].toBool(), false);
    const QJsonObject s1 = jf[1].toObject()[QStringLiteral("signatures")].toArray()[0].toObject();
    QCOMPARE(s1[QStringLiteral("subIndication")].toString(), QStringLiteral("HASH_FAILURE"));
    QCOMPARE(s1[QStringLiteral("level")].toString(), QStringLiteral("B-B"));
    QCOMPARE(jf[2].toObject()[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString(),
             QStringLiteral("io.not_found"));
    QCOMPARE(json.value(QStringLiteral("trustAnchors")).toArray().size(), 1);

    const QByteArray html = reportToHtml(files, meta);
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("http://") && !html.contains("https://"));
    QVERIFY(html.contains("SIC Test Signer rsa2048"));
    const QList<QByteArray> csv = reportToCsv(files).trimmed().split('\n');
    QCOMPARE(csv.size(), 4);
    QVERIFY(csv[1].contains("TOTAL_PASSED"));
}

void TestVerifyPki::badInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    const QByteArray cms = readAll(out(QStringLiteral("rsa2048.p7s")));
    QTest::newRow("empty") << "empty.xml" << QByteArray() << "io.empty";
    QTest::newRow("random bytes") << "random.bin" << QByteArray("\x01\x02garbage\xff", 11)
                                  << "verify.unknown_format";
    QTest::newRow("truncated cms") << "trunc.p7s" << cms.left(cms.size() / 2) << "cms.malformed";
    QTest::newRow("cms header only") << "hdr.p7s" << QByteArray("\x30\x82\xff\xff", 4) << "cms.malformed";
    QTest::newRow("truncated xml") << "trunc.xml"
                                   << readAll(out(QStringLiteral("xades-rsa2048.xml"))).left(900)
                                   << "xml.malformed";
    QTest::newRow("xml bomb")
        << "bomb.xml"
        << QByteArray("<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><r>&b;</r>")
        << "xml.dtd_entities";
    QTest::newRow("xxe") << "xxe.xml"
                         << QByteArray("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><r>&x;</r>")
                         << "xml.dtd_entities";
    QTest::newRow("xml without signature") << "plain.xml" << QByteArray("<r>no signature</r>") << "";
}

void TestVerifyPki::badInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QVERIFY(writeAll(out(name), content));
    const FileReport r = verify(name, true, QString());
    if (code.isEmpty()) {
        QVERIFY(!r.error);
        QVERIFY(r.signatures.isEmpty());
        return;
    }
    QVERIFY(r.error.has_value());
    QCOMPARE(r.error->code, code);
    QVERIFY(!r.error->message.isEmpty());
}

QTEST_GUILESS_MAIN(TestVerifyPki)
#include "tst_verify_pki.moc"
