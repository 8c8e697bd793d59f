// Verifies the third-party signed documents of /work/shared/corpus/third-party against what their
// own suites assert (EXPECTED.md). Deliberate differences are listed in docs/verify.md.

#include "base/clock.h"
#include "verify/verifier.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include "verify/indication.h"
#include "verify/reports.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace sic;
using namespace sic::verify;

namespace {

QString corpusDir()
{
    const QString env = qEnvironmentVariable("SIC_CORPUS_DIR");
    if (!env.isEmpty())
        return env;
    return QDir(qEnvironmentVariable("SIC_SOURCE_DIR"))
        .absoluteFilePath(QStringLiteral("../shared/corpus/third-party"));
}

// "any" = not asserted; "!TOTAL_PASSED" / "!TOTAL_FAILED" = anything but.
bool indicationMatches(const QString &expected, Indication actual)
{
    if (expected == QLatin1String("any"))
        return true;
    if (expected.startsWith(u'!'))
        return indicationName(actual) != expected.mid(1);
    return indicationName(actual) == expected;
}

QString tri(const std::optional<bool> &b)
{
    return b ? (*b ? QStringLiteral("true") : QStringLiteral("false")) : QStringLiteral("unknown");
}

} // namespace

class TestVerifyCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void xades_data();
    void xades();
    void pdf_data();
    void pdf();
    void etsiReport();

private:
    QString m_dir;
};

void TestVerifyCorpus::initTestCase()
{
    m_dir = corpusDir();
    if (!QFileInfo::exists(m_dir + QStringLiteral("/EXPECTED.md")))
        QSKIP(
            qPrintable(QStringLiteral("third-party corpus not found at %1 (set SIC_CORPUS_DIR)").arg(m_dir)));
}

void TestVerifyCorpus::xades_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("signature");      // index in the file
    QTest::addColumn<QString>("indication"); // see indicationMatches
    QTest::addColumn<QString>("sub");        // "*" = not asserted
    QTest::addColumn<QString>("intact");     // "true", "false", "unknown", "*", "!true"
    QTest::addColumn<QString>("cryptoValid");
    QTest::addColumn<QString>("level"); // "*" = not asserted, "" = not ETSI

    QTest::newRow("dss-signed") << "dss-signed.xml" << 0 << "INDETERMINATE"
                                << "NO_CERTIFICATE_CHAIN_FOUND"
                                << "true"
                                << "true"
                                << "B-B";
    QTest::newRow("refRemoved") << "dss-signed-altered-refRemoved.xml" << 0 << "INDETERMINATE"
                                << "SIGNED_DATA_NOT_FOUND"
                                << "*"
                                << "*"
                                << "*";
    QTest::newRow("signedPropsRemoved") << "dss-signed-altered-signedPropsRemoved.xml" << 0 << "TOTAL_FAILED"
                                        << "SIG_CRYPTO_FAILURE"
                                        << "*"
                                        << "false"
                                        << "*";
    QTest::newRow("two-same-id") << "xsw_XSW-enveloped-fake-content-two-same-id.xml" << 0 << "TOTAL_FAILED"
                                 << "FORMAT_FAILURE"
                                 << "*"
                                 << "*"
                                 << "*";
    QTest::newRow("fake-signedProperties")
        << "xsw_XSW-enveloped-fake-signedProperties.xml" << 0 << "INDETERMINATE"
        << "SIGNED_DATA_NOT_FOUND"
        << "*"
        << "*"
        << "*";
    QTest::newRow("fake-manifest") << "xsw_XSW-enveloping-fake-manifest.xml" << 0 << "INDETERMINATE"
                                   << "SIGNED_DATA_NOT_FOUND"
                                   << "*"
                                   << "*"
                                   << "*";
    QTest::newRow("tampered-reference") << "xades-tampered-reference.xml" << 0 << "TOTAL_FAILED"
                                        << "HASH_FAILURE"
                                        << "false"
                                        << "!true"
                                        << "*";
    QTest::newRow("tampered-keyinfo") << "xades-tampered-keyinfo.xml" << 0 << "!TOTAL_PASSED"
                                      << "*"
                                      << "*"
                                      << "!true"
                                      << "*";
    QTest::newRow("tampered-manifest") << "xades-tampered-manifest.xml" << 0 << "TOTAL_FAILED"
                                       << "HASH_FAILURE"
                                       << "false"
                                       << "*"
                                       << "*";
    QTest::newRow("sign-cert-v2-wrong-digest")
        << "xades-sign-cert-v2-wrong-digest.xml" << 0 << "INDETERMINATE"
        << "NO_SIGNING_CERTIFICATE_FOUND"
        << "*"
        << "*"
        << "*";
    QTest::newRow("fake-counter-signature: master")
        << "xades-fake-counter-signature.xml" << 0 << "!TOTAL_FAILED"
        << "*"
        << "true"
        << "true"
        << "*";
    QTest::newRow("fake-counter-signature: counter")
        << "xades-fake-counter-signature.xml" << 1 << "TOTAL_FAILED"
        << "HASH_FAILURE"
        << "*"
        << "*"
        << "*";
    QTest::newRow("lta-valid") << "xades-lta-valid.xml" << 0 << "!TOTAL_FAILED"
                               << "*"
                               << "true"
                               << "true"
                               << "B-LTA";
    QTest::newRow("lta-copied-atst") << "xades-lta-copied-atst.xml" << 0 << "!TOTAL_FAILED"
                                     << "*"
                                     << "true"
                                     << "true"
                                     << "B-LT";
    QTest::newRow("xmldsig-only") << "xmldsig-only.xml" << 0 << "!TOTAL_FAILED"
                                  << "*"
                                  << "true"
                                  << "true"
                                  << "";
    QTest::newRow("not-base64-sigValue") << "xades-not-base64-sigValue.xml" << 0 << "TOTAL_FAILED"
                                         << "*"
                                         << "*"
                                         << "!true"
                                         << "*";
    // Deliberate difference (docs/verify.md): DSS reports this signature as not valid; xmlsec1 and we find
    // both references intact and the ECDSA signature value valid.
    QTest::newRow("Signature-X-AT-1") << "Signature-X-AT-1.xml" << 0 << "!TOTAL_FAILED"
                                      << "*"
                                      << "true"
                                      << "true"
                                      << "B-B";
    // Second batch (xades2/): the minimum of issue #15.
    QTest::newRow("xades2 empty c14n") << "xades2/dss2208_xades-tsts-empty-c14n.xml" << 0 << "!TOTAL_FAILED"
                                       << "*"
                                       << "true"
                                       << "true"
                                       << "B-LTA";
    QTest::newRow("xades2 arcTst132 no objects")
        << "xades2/dss3732_xades-enveloped-arcTst132-no-objects.xml" << 0 << "!TOTAL_FAILED"
        << "*"
        << "true"
        << "true"
        << "B-LT"; // archive timestamp not valid: A level not reached
    QTest::newRow("xades2 arcTst132 enveloping")
        << "xades2/dss3732_xades-enveloping-arcTst132.xml" << 0 << "!TOTAL_FAILED"
        << "*"
        << "true"
        << "true"
        << "B-LTA";
    QTest::newRow("xades2 xades111 filter2") << "xades2/qes-xades111-filter2.xml" << 0 << "INDETERMINATE"
                                             << "NO_CERTIFICATE_CHAIN_FOUND"
                                             << "true"
                                             << "true"
                                             << "B-B";
    QTest::newRow("xades2 injected counter-signature: master")
        << "xades2/xades-counter-signature-injected.xml" << 0 << "!TOTAL_FAILED"
        << "*"
        << "true"
        << "true"
        << "*";
    QTest::newRow("xades2 injected counter-signature: counter")
        << "xades2/xades-counter-signature-injected.xml" << 1 << "TOTAL_FAILED"
        << "HASH_FAILURE"
        << "*"
        << "*"
        << "*";
    QTest::newRow("xades2 counter-signature no type: master")
        << "xades2/xades-counter-signature-no-type.xml" << 0 << "INDETERMINATE"
        << "NO_CERTIFICATE_CHAIN_FOUND"
        << "true"
        << "true"
        << "B-B";
    QTest::newRow("xades2 counter-signature no type: counter")
        << "xades2/xades-counter-signature-no-type.xml" << 1 << "INDETERMINATE"
        << "NO_CERTIFICATE_CHAIN_FOUND"
        << "true"
        << "true"
        << "B-B";
    QTest::newRow("xades2 brainpool") << "xades2/xades-ecc-brainpool.xml" << 0 << "INDETERMINATE"
                                      << "NO_CERTIFICATE_CHAIN_FOUND"
                                      << "true"
                                      << "true"
                                      << "B-B";
    QTest::newRow("xades2 lta corrupted cert")
        << "xades2/xades-lta-corrupted-cert.xml" << 0 << "!TOTAL_FAILED"
        << "*"
        << "true"
        << "true"
        << "B-LT";
    QTest::newRow("xades2 copied tst: first") << "xades2/xades-two-sig-copied-tst.xml" << 0 << "!TOTAL_FAILED"
                                              << "*"
                                              << "true"
                                              << "true"
                                              << "B-T";
    QTest::newRow("xades2 copied tst: second")
        << "xades2/xades-two-sig-copied-tst.xml" << 1 << "!TOTAL_FAILED"
        << "*"
        << "true"
        << "true"
        << "B-B";
    QTest::newRow("xades2 TSL CY") << "xades2/xsw_TSL-CY-sign.xml" << 0 << "INDETERMINATE"
                                   << "NO_CERTIFICATE_CHAIN_FOUND"
                                   << "true"
                                   << "true"
                                   << "B-B";
    QTest::newRow("xades2 XSW enveloped fake content")
        << "xades2/xsw_XSW-enveloped-fake-content.xml" << 0 << "!TOTAL_FAILED"
        << "*"
        << "true"
        << "true"
        << "B-B";
    QTest::newRow("xades2 XSW disable-checks") << "xades2/xsw_disable-checks.xml" << 0 << "INDETERMINATE"
                                               << "SIGNED_DATA_NOT_FOUND"
                                               << "*"
                                               << "*"
                                               << "*";
}

void TestVerifyCorpus::xades()
{
    QFETCH(QString, file);
    QFETCH(int, signature);
    QFETCH(QString, indication);
    QFETCH(QString, sub);
    QFETCH(QString, intact);
    QFETCH(QString, cryptoValid);
    QFETCH(QString, level);

    TrustStore trust;
    ManualClock clock(QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC));
    VerifyOptions options;
    options.context.trust = &trust;
    options.context.clock = &clock;
    const FileReport r = verifyFile(
        m_dir + (file.contains(u'/') ? QStringLiteral("/") : QStringLiteral("/xades/")) + file, options);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->toString()) : "");
    QVERIFY(r.signatures.size() > signature);
    const SignatureReport &s = r.signatures.at(signature);
    const QString got = QStringLiteral("%1/%2 intact=%3 crypto=%4 level=%5: %6")
                            .arg(indicationName(s.indication), subIndicationName(s.subIndication),
                                 tri(s.dataIntact), tri(s.signatureValid), s.level, s.reason);
    QVERIFY2(indicationMatches(indication, s.indication), qPrintable(got));
    if (sub != QLatin1String("*"))
        QVERIFY2(subIndicationName(s.subIndication) == sub, qPrintable(got));
    auto check = [&](const QString &want, const std::optional<bool> &have) {
        if (want == QLatin1String("*"))
            return true;
        if (want == QLatin1String("!true"))
            return !(have && *have);
        return tri(have) == want;
    };
    QVERIFY2(check(intact, s.dataIntact), qPrintable(got));
    QVERIFY2(check(cryptoValid, s.signatureValid), qPrintable(got));
    if (level != QLatin1String("*"))
        QVERIFY2(s.level == level, qPrintable(got));
    QVERIFY(!s.reason.isEmpty());
    const QString warnings = s.warnings.join(u' ');
    if (file.contains(QLatin1String("copied-tst")) && signature == 1)
        QVERIFY2(warnings.contains(QLatin1String("message imprint")), qPrintable(warnings));
    if (file.contains(QLatin1String("arcTst132-no-objects")) ||
        file.contains(QLatin1String("corrupted-cert")))
        QVERIFY2(warnings.contains(QLatin1String("archive timestamp is not valid")), qPrintable(warnings));
    if (file.contains(QLatin1String("fake-content")))
        QVERIFY2(warnings.contains(QLatin1String("not the document")) &&
                     s.coverage.startsWith(QLatin1String("partial")),
                 qPrintable(warnings));
    if (file.contains(QLatin1String("TSL-CY")))
        QVERIFY2(!s.coverage.startsWith(QLatin1String("partial")), qPrintable(s.coverage));
}

void TestVerifyCorpus::pdf_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("signatures"); // expected count, -1 = not asserted
    QTest::addColumn<int>("signature");  // index checked
    QTest::addColumn<QString>("indication");
    QTest::addColumn<QString>("sub");
    QTest::addColumn<QString>("intact");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("modified");    // "true", "false", "*"
    QTest::addColumn<QString>("changeLevel"); // a word the change descriptions must contain, or "*"
    QTest::addColumn<int>("certification");   // DocMDP P, -1 = not asserted

    QTest::newRow("doc-firmado LTA") << "pades/doc-firmado.pdf" << 2 << 0 << "!TOTAL_FAILED"
                                     << "*"
                                     << "true"
                                     << "B-LTA"
                                     << "false"
                                     << "*" << -1;
    QTest::newRow("doc-firmado doc timestamp") << "pades/doc-firmado.pdf" << 2 << 1 << "!TOTAL_FAILED"
                                               << "*"
                                               << "true"
                                               << "*"
                                               << "false"
                                               << "*" << -1;
    QTest::newRow("doc-firmado-T") << "pades/doc-firmado-T.pdf" << 1 << 0 << "!TOTAL_FAILED"
                                   << "*"
                                   << "true"
                                   << "B-T"
                                   << "false"
                                   << "*" << -1;
    QTest::newRow("doc-firmado-LT") << "pades/doc-firmado-LT.pdf" << 1 << 0 << "!TOTAL_FAILED"
                                    << "*"
                                    << "true"
                                    << "B-LT"
                                    << "false"
                                    << "*" << -1;
    QTest::newRow("PAdES-LT #1") << "pades/PAdES-LT.pdf" << 4 << 0 << "!TOTAL_FAILED"
                                 << "*"
                                 << "true"
                                 << "B-T"
                                 << "false"
                                 << "*" << -1;
    QTest::newRow("PAdES-LT #2") << "pades/PAdES-LT.pdf" << 4 << 1 << "!TOTAL_FAILED"
                                 << "*"
                                 << "true"
                                 << "B-LT"
                                 << "false"
                                 << "*" << -1;
    QTest::newRow("PAdES-LT #4") << "pades/PAdES-LT.pdf" << 4 << 3 << "!TOTAL_FAILED"
                                 << "*"
                                 << "true"
                                 << "B-LT"
                                 << "false"
                                 << "*" << -1;
    // A broken revision chain ("/Prev 0", an update whose cross-reference offsets are wrong): the
    // older revisions' fields are reached through the rebuilt cross-reference data.
    for (int i = 0; i < 6; ++i)
        QTest::addRow("5 signatures + doc timestamp #%d", i + 1)
            << "pades/pades-5-signatures-and-1-document-timestamp.pdf" << 6 << i << "INDETERMINATE"
            << "NO_CERTIFICATE_CHAIN_FOUND"
            << "true" << (i < 5 ? "B-LTA" : "") << "false"
            << "*" << -1;
    QTest::newRow("corrupted: byte range past the end")
        << "pades/pdf-signed-corrupted.pdf" << 1 << 0 << "TOTAL_FAILED"
        << "FORMAT_FAILURE"
        << "!true"
        << "*"
        << "*"
        << "*" << -1;
    QTest::newRow("duplicated signature timestamps")
        << "pades/pades-t-duplicated-sigtst.pdf" << 1 << 0 << "!TOTAL_FAILED"
        << "*"
        << "true"
        << "B-T"
        << "false"
        << "*" << -1;
    QTest::newRow("added page") << "pades/pdf-signed-added-page.pdf" << 1 << 0 << "TOTAL_FAILED"
                                << "FORMAT_FAILURE"
                                << "true"
                                << "*"
                                << "true"
                                << "page" << -1;
    QTest::newRow("shadow hide") << "pades/dss-2236_hide.pdf" << 1 << 0 << "!TOTAL_FAILED"
                                 << "*"
                                 << "true"
                                 << "*"
                                 << "true"
                                 << "*" << -1;
    QTest::newRow("shadow replace") << "pades/dss-2236_replace.pdf" << 1 << 0 << "!TOTAL_FAILED"
                                    << "*"
                                    << "true"
                                    << "*"
                                    << "true"
                                    << "appearance" << -1;
    QTest::newRow("annotation and visible change")
        << "pades/dss-2236_annotation-and-visible-change.pdf" << 3 << 0 << "*"
        << "*"
        << "true"
        << "*"
        << "true"
        << "annotations" << -1;
    QTest::newRow("annotation added") << "pades/pades-signed-annot-added.pdf" << 1 << 0 << "!TOTAL_FAILED"
                                      << "*"
                                      << "true"
                                      << "*"
                                      << "false"
                                      << "annotations" << -1;
    QTest::newRow("form filled") << "pades/pades-signed-filled-form.pdf" << 1 << 0 << "!TOTAL_FAILED"
                                 << "*"
                                 << "true"
                                 << "*"
                                 << "false"
                                 << "form fields were filled" << -1;
    QTest::newRow("replaced reason") << "pades/pades-spoofing-replaced-reason.pdf" << 1 << 0 << "*"
                                     << "*"
                                     << "true"
                                     << "*"
                                     << "true"
                                     << "signature dictionary" << -1;
    QTest::newRow("byterange overlap: first")
        << "pades/pdf-byterange-overlap.pdf" << 2 << 0 << "!TOTAL_FAILED"
        << "*"
        << "true"
        << "*"
        << "*"
        << "*" << -1;
    QTest::newRow("byterange overlap: second")
        << "pades/pdf-byterange-overlap.pdf" << 2 << 1 << "TOTAL_FAILED"
        << "FORMAT_FAILURE"
        << "*"
        << "*"
        << "*"
        << "*" << -1;
    QTest::newRow("out of byte range") << "pades/pdf-signed-out-of-byteRange.pdf" << 1 << 0 << "TOTAL_FAILED"
                                       << "FORMAT_FAILURE"
                                       << "!true"
                                       << "*"
                                       << "*"
                                       << "*" << -1;
    QTest::newRow("eof") << "pades/pdf-eof.pdf" << 1 << 0 << "TOTAL_FAILED"
                         << "FORMAT_FAILURE"
                         << "!true"
                         << "*"
                         << "*"
                         << "*" << -1;
    QTest::newRow("certified P=1") << "pades/dss-2554_certified-no-change-permitted.pdf" << 1 << 0
                                   << "!TOTAL_FAILED"
                                   << "*"
                                   << "true"
                                   << "*"
                                   << "false"
                                   << "*" << 1;
    QTest::newRow("certified P=3") << "pades/dss-2554_certified-changes-permitted.pdf" << 1 << 0
                                   << "!TOTAL_FAILED"
                                   << "*"
                                   << "true"
                                   << "*"
                                   << "false"
                                   << "*" << 3;
    QTest::newRow("self-issued") << "pades/self-issued-qesig.pdf" << 1 << 0 << "INDETERMINATE"
                                 << "CERTIFICATE_CHAIN_GENERAL_FAILURE"
                                 << "true"
                                 << "*"
                                 << "*"
                                 << "*" << -1;
    QTest::newRow("enveloping other pdf")
        << "pades/pades-enveloping-other-pdf.pdf" << 2 << 0 << "!TOTAL_FAILED"
        << "*"
        << "true"
        << "*"
        << "false"
        << "*" << -1;
    QTest::newRow("bad encoded cms") << "pades/BadEncodedCMS.pdf" << 1 << 0 << "!TOTAL_PASSED"
                                     << "*"
                                     << "!true"
                                     << "*"
                                     << "*"
                                     << "*" << -1;
    QTest::newRow("pkcs7 sha1") << "pades/pkcs7_sha1.pdf" << 2 << 0 << "!TOTAL_FAILED"
                                << "*"
                                << "true"
                                << ""
                                << "false"
                                << "*" << -1;
    QTest::newRow("pkcs7 detached, sha1 flagged") << "pades/pkcs7_sha1.pdf" << 2 << 1 << "!TOTAL_FAILED"
                                                  << "*"
                                                  << "true"
                                                  << ""
                                                  << "false"
                                                  << "*" << -1;
    QTest::newRow("tail uncovered") << "pyhanko/coverage-anomalies_tail-uncovered.pdf" << 1 << 0
                                    << "TOTAL_FAILED"
                                    << "FORMAT_FAILURE"
                                    << "*"
                                    << "*"
                                    << "*"
                                    << "*" << -1;
    QTest::newRow("gap too big") << "pyhanko/coverage-anomalies_signature-gap-too-big.pdf" << 1 << 0
                                 << "TOTAL_FAILED"
                                 << "FORMAT_FAILURE"
                                 << "*"
                                 << "*"
                                 << "*"
                                 << "*" << -1;
    QTest::newRow("one byterange") << "pyhanko/coverage-anomalies_one-byterange.pdf" << 1 << 0
                                   << "TOTAL_FAILED"
                                   << "FORMAT_FAILURE"
                                   << "*"
                                   << "*"
                                   << "*"
                                   << "*" << -1;
    QTest::newRow("two fields signed twice")
        << "pyhanko/minimal-two-fields-signed-twice.pdf" << 2 << 0 << "!TOTAL_FAILED"
        << "*"
        << "true"
        << "*"
        << "false"
        << "signature" << -1;
    QTest::newRow("second field created")
        << "pyhanko/minimal-signed-twice-second-created.pdf" << 2 << 0 << "!TOTAL_FAILED"
        << "*"
        << "true"
        << "*"
        << "false"
        << "signature" << -1;
    QTest::newRow("sneaky appearance override")
        << "pyhanko/form-update-override-appearance-stream-sneaky.pdf" << 2 << 0 << "*"
        << "*"
        << "true"
        << "*"
        << "true"
        << "appearance" << -1;
    QTest::newRow("lta indirect arrays")
        << "pyhanko/pades-lta-dss-indirect-arrs-test.pdf" << 2 << 0 << "!TOTAL_FAILED"
        << "*"
        << "true"
        << "B-LTA"
        << "false"
        << "*" << -1;
    QTest::newRow("old-style signing cert")
        << "pyhanko/pades-with-old-style-signing-cert-attr.pdf" << 1 << 0 << "!TOTAL_FAILED"
        << "*"
        << "true"
        << "B-B"
        << "false"
        << "*" << -1;
    QTest::newRow("no signed attributes") << "pyhanko/sig-no-signed-attrs.pdf" << 1 << 0 << "!TOTAL_FAILED"
                                          << "*"
                                          << "true"
                                          << "*"
                                          << "false"
                                          << "*" << -1;
    QTest::newRow("certified, indirect refs")
        << "pyhanko/certified-with-indirect-refs-in-dir.pdf" << 1 << 0 << "!TOTAL_FAILED"
        << "*"
        << "true"
        << "*"
        << "false"
        << "*" << -1;

    // Second batch (pades2/, pyhanko2/): the minimum of issue #15.
    QTest::newRow("pades2 BG_BOR-2") << "pades2/Signature-P-BG_BOR-2.pdf" << 2 << 0 << "INDETERMINATE"
                                     << "NO_CERTIFICATE_CHAIN_FOUND"
                                     << "true"
                                     << ""
                                     << "false"
                                     << "*" << -1;
    QTest::newRow("pades2 BG_BOR-2 doc timestamp")
        << "pades2/Signature-P-BG_BOR-2.pdf" << 2 << 1 << "INDETERMINATE"
        << "NO_CERTIFICATE_CHAIN_FOUND"
        << "true"
        << ""
        << "false"
        << "*" << -1;
    QTest::newRow("pades2 DE_SCI-4") << "pades2/Signature-P-DE_SCI-4.pdf" << 2 << 0 << "INDETERMINATE"
                                     << "NO_CERTIFICATE_CHAIN_FOUND"
                                     << "true"
                                     << "B-LTA"
                                     << "false"
                                     << "*" << -1;
    QTest::newRow("pades2 HU_POL-7 #1") << "pades2/Signature-P-HU_POL-7.pdf" << 4 << 0 << "INDETERMINATE"
                                        << "NO_CERTIFICATE_CHAIN_FOUND"
                                        << "true"
                                        << "B-LTA"
                                        << "false"
                                        << "*" << -1;
    QTest::newRow("pades2 HU_POL-7 #2") << "pades2/Signature-P-HU_POL-7.pdf" << 4 << 2 << "INDETERMINATE"
                                        << "NO_CERTIFICATE_CHAIN_FOUND"
                                        << "true"
                                        << "B-LTA"
                                        << "false"
                                        << "*" << -1;
    QTest::newRow("pades2 dss-818") << "pades2/dss-818_Signature-P-DE_CRY-2 (HASH_FAILURE).pdf" << 1 << 0
                                    << "INDETERMINATE"
                                    << "NO_CERTIFICATE_CHAIN_FOUND"
                                    << "true"
                                    << "B-B"
                                    << "false"
                                    << "*" << -1;
    QTest::newRow("pades2 encrypted") << "pades2/encrypted.pdf" << 1 << 0 << "INDETERMINATE"
                                      << "NO_CERTIFICATE_CHAIN_FOUND"
                                      << "true"
                                      << ""
                                      << "false"
                                      << "*" << -1;
    QTest::newRow("pades2 muestra #1") << "pades2/muestra-firmado-firmado.pdf" << 4 << 0 << "INDETERMINATE"
                                       << "NO_CERTIFICATE_CHAIN_FOUND"
                                       << "true"
                                       << "B-LTA"
                                       << "false"
                                       << "*" << -1;
    QTest::newRow("pades2 muestra #2") << "pades2/muestra-firmado-firmado.pdf" << 4 << 1 << "INDETERMINATE"
                                       << "NO_CERTIFICATE_CHAIN_FOUND"
                                       << "true"
                                       << ""
                                       << "false"
                                       << "*" << -1;
    QTest::newRow("pades2 muestra #3") << "pades2/muestra-firmado-firmado.pdf" << 4 << 2 << "INDETERMINATE"
                                       << "NO_CERTIFICATE_CHAIN_FOUND"
                                       << "true"
                                       << "B-LTA"
                                       << "false"
                                       << "*" << -1;
    QTest::newRow("pades2 muestra #4") << "pades2/muestra-firmado-firmado.pdf" << 4 << 3 << "INDETERMINATE"
                                       << "NO_CERTIFICATE_CHAIN_FOUND"
                                       << "true"
                                       << ""
                                       << "false"
                                       << "*" << -1;
    QTest::newRow("pades2 lt abde #1") << "pades2/pades-lt-extended-abde.pdf" << 3 << 0 << "INDETERMINATE"
                                       << "NO_CERTIFICATE_CHAIN_FOUND"
                                       << "true"
                                       << "B-LT"
                                       << "false"
                                       << "*" << -1;
    QTest::newRow("pades2 lt abde #2") << "pades2/pades-lt-extended-abde.pdf" << 3 << 2 << "INDETERMINATE"
                                       << "NO_CERTIFICATE_CHAIN_FOUND"
                                       << "true"
                                       << "B-T"
                                       << "false"
                                       << "*" << -1;
    QTest::newRow("pades2 annots overlap #1")
        << "pades2/pades-multiple-pages-annots-overlap.pdf" << 3 << 0 << "!TOTAL_FAILED"
        << "*"
        << "true"
        << "*"
        << "false"
        << "*" << -1;
    QTest::newRow("pades2 annots overlap #2")
        << "pades2/pades-multiple-pages-annots-overlap.pdf" << 3 << 1 << "!TOTAL_FAILED"
        << "*"
        << "true"
        << "*"
        << "false"
        << "*" << -1;
    QTest::newRow("pades2 tst with sig type")
        << "pades2/pades-tst-with-sig-type.pdf" << 1 << 0 << "INDETERMINATE"
        << "NO_CERTIFICATE_CHAIN_FOUND"
        << "true"
        << "B-LT"
        << "false"
        << "*" << -1;
    QTest::newRow("pades2 copied tst: first")
        << "pades2/pades-two-sig-copied-tst.pdf" << 2 << 0 << "INDETERMINATE"
        << "NO_CERTIFICATE_CHAIN_FOUND"
        << "true"
        << "B-T"
        << "false"
        << "*" << -1;
    QTest::newRow("pades2 copied tst: second")
        << "pades2/pades-two-sig-copied-tst.pdf" << 2 << 1 << "INDETERMINATE"
        << "NO_CERTIFICATE_CHAIN_FOUND"
        << "true"
        << "B-B"
        << "false"
        << "*" << -1;
    QTest::newRow("pades2 infinite loop") << "pades2/pades_infinite_loop.pdf" << -1 << 0 << "*"
                                          << "*"
                                          << "*"
                                          << "*"
                                          << "*"
                                          << "*" << -1;
    QTest::newRow("pades2 double signer info")
        << "pades2/pdf-double-signer-info.pdf" << 1 << 0 << "INDETERMINATE"
        << "NO_CERTIFICATE_CHAIN_FOUND"
        << "true"
        << ""
        << "false"
        << "*" << -1;
    QTest::newRow("pades2 structtreeroot #1")
        << "pades2/pdf-structtreeroot-changes.pdf" << 2 << 0 << "INDETERMINATE"
        << "NO_CERTIFICATE_CHAIN_FOUND"
        << "true"
        << ""
        << "false"
        << "signature" << -1;
    QTest::newRow("pades2 structtreeroot #2")
        << "pades2/pdf-structtreeroot-changes.pdf" << 2 << 1 << "INDETERMINATE"
        << "NO_CERTIFICATE_CHAIN_FOUND"
        << "true"
        << ""
        << "false"
        << "*" << -1;
    QTest::newRow("pades2 timestamped and signed: doc timestamp")
        << "pades2/timestamped_and_signed.pdf" << 2 << 0 << "INDETERMINATE"
        << "NO_CERTIFICATE_CHAIN_FOUND"
        << "true"
        << ""
        << "false"
        << "*" << -1;
    QTest::newRow("pades2 timestamped and signed: signature")
        << "pades2/timestamped_and_signed.pdf" << 2 << 1 << "INDETERMINATE"
        << "NO_CERTIFICATE_CHAIN_FOUND"
        << "true"
        << "B-B"
        << "false"
        << "*" << -1;
    QTest::newRow("pyhanko2 ed448 sha512")
        << "pyhanko2/ed448-disallowed-hash.pdf" << 1 << 0 << "INDETERMINATE"
        << "CRYPTO_CONSTRAINTS_FAILURE"
        << "true"
        << "*"
        << "*"
        << "*" << -1;
    QTest::newRow("pyhanko2 extensions indirect #1")
        << "pyhanko2/extensions-update-indirect.pdf" << 2 << 0 << "INDETERMINATE"
        << "NO_CERTIFICATE_CHAIN_FOUND"
        << "true"
        << "*"
        << "false"
        << "signature" << -1;
    QTest::newRow("pyhanko2 extensions indirect #2 (Ed25519)")
        << "pyhanko2/extensions-update-indirect.pdf" << 2 << 1 << "INDETERMINATE"
        << "NO_CERTIFICATE_CHAIN_FOUND"
        << "true"
        << "*"
        << "false"
        << "*" << -1;
    QTest::newRow("pyhanko2 original AP type wrong")
        << "pyhanko2/form-update-original-ap-type-wrong.pdf" << 2 << 0 << "INDETERMINATE"
        << "NO_CERTIFICATE_CHAIN_FOUND"
        << "true"
        << "*"
        << "false"
        << "signature" << -1;
    QTest::newRow("pyhanko2 override AP indirect")
        << "pyhanko2/form-update-override-appearance-stream-ap-indirect.pdf" << 2 << 0 << "INDETERMINATE"
        << "NO_CERTIFICATE_CHAIN_FOUND"
        << "true"
        << "*"
        << "false"
        << "signature" << -1;
    QTest::newRow("pyhanko2 override AP")
        << "pyhanko2/form-update-override-appearance-stream.pdf" << 2 << 0 << "INDETERMINATE"
        << "NO_CERTIFICATE_CHAIN_FOUND"
        << "true"
        << "*"
        << "false"
        << "signature" << -1;
    QTest::newRow("pyhanko2 no sig type")
        << "pyhanko2/minimal-signed-twice-no-sig-type.pdf" << 2 << 0 << "INDETERMINATE"
        << "NO_CERTIFICATE_CHAIN_FOUND"
        << "true"
        << "B-B"
        << "false"
        << "signature" << -1;
}

void TestVerifyCorpus::pdf()
{
    QFETCH(QString, file);
    QFETCH(int, signatures);
    QFETCH(int, signature);
    QFETCH(QString, indication);
    QFETCH(QString, sub);
    QFETCH(QString, intact);
    QFETCH(QString, level);
    QFETCH(QString, modified);
    QFETCH(QString, changeLevel);
    QFETCH(int, certification);

    TrustStore trust;
    ManualClock clock(QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC));
    VerifyOptions options;
    options.context.trust = &trust;
    options.context.clock = &clock;
    const FileReport r = verifyFile(m_dir + u'/' + file, options);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->toString()) : "");
    if (signatures >= 0)
        QCOMPARE(r.signatures.size(), signatures);
    QVERIFY(r.signatures.size() > signature);
    const SignatureReport &s = r.signatures.at(signature);
    const QString got =
        QStringLiteral("%1/%2 intact=%3 level=%4 modified=%5 changes=[%6]: %7")
            .arg(indicationName(s.indication), subIndicationName(s.subIndication), tri(s.dataIntact), s.level,
                 s.modifiedAfterSigning ? QStringLiteral("true") : QStringLiteral("false"),
                 s.changesAfterSigning.join(QStringLiteral("; ")), s.reason);
    if (indication != QLatin1String("*"))
        QVERIFY2(indicationMatches(indication, s.indication), qPrintable(got));
    if (sub != QLatin1String("*"))
        QVERIFY2(subIndicationName(s.subIndication) == sub, qPrintable(got));
    if (intact == QLatin1String("!true"))
        QVERIFY2(!(s.dataIntact && *s.dataIntact), qPrintable(got));
    else if (intact != QLatin1String("*"))
        QVERIFY2(tri(s.dataIntact) == intact, qPrintable(got));
    if (level != QLatin1String("*"))
        QVERIFY2(s.level == level, qPrintable(got));
    if (modified != QLatin1String("*"))
        QVERIFY2(s.modifiedAfterSigning == (modified == QLatin1String("true")), qPrintable(got));
    if (changeLevel != QLatin1String("*"))
        QVERIFY2(s.changesAfterSigning.join(u' ').contains(changeLevel), qPrintable(got));
    if (certification >= 0)
        QCOMPARE(r.certificationPermission, certification);
    if (file.endsWith(QLatin1String("doc-firmado-LT.pdf"))) {
        QCOMPARE(s.timestamps.size(), 1);
        QCOMPARE(s.timestamps.first().chain.size(), 3);
    }
    if (file.contains(QLatin1String("duplicated-sigtst"))) {
        QCOMPARE(s.timestamps.size(), 2);
        for (const TimestampInfo &t : s.timestamps)
            QVERIFY(t.intact && t.signatureValid);
    }
    if (file.contains(QLatin1String("pades-5-signatures"))) {
        qsizetype timestamps = 0;
        for (const SignatureReport &each : r.signatures)
            timestamps += each.timestamps.size();
        QCOMPARE(timestamps, 3);
    }
    const QString warnings = s.warnings.join(u' ');
    if (file.contains(QLatin1String("pades2/pades-two-sig-copied-tst"))) {
        QCOMPARE(s.timestamps.size(), 1);
        QCOMPARE(s.timestamps.first().intact, signature == 0);
    }
    if (file.contains(QLatin1String("tst-with-sig-type"))) {
        QCOMPARE(s.timestamps.size(), 1);
        QCOMPARE(r.notes.size(), 1);
    }
    if (file.contains(QLatin1String("annots-overlap")))
        QVERIFY2(warnings.contains(QLatin1String("overlap")), qPrintable(got));
    if (file.contains(QLatin1String("no-sig-type")))
        QCOMPARE(s.id, QStringLiteral("Sig1"));
    if (file.contains(QLatin1String("dss-818")))
        QVERIFY2(warnings.contains(QLatin1String("DER order")), qPrintable(got));
    if (file.contains(QLatin1String("BG_BOR-2")) && signature == 0) {
        QCOMPARE(s.timestamps.size(), 1);
        QVERIFY(s.timestamps.first().intact && s.timestamps.first().signatureValid);
    }
    if (file.contains(QLatin1String("sha1")) && signature == 1)
        QVERIFY2(s.warnings.join(u' ').contains(QStringLiteral("SHA-1")), qPrintable(got));
}

// The ETSI TS 119 102-2 report of three corpus files (XAdES, PAdES with a document timestamp,
// a counter-signature) against the schema subset of tests/data/etsi, checked by xmllint.
void TestVerifyCorpus::etsiReport()
{
    TrustStore trust;
    ManualClock clock(QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC));
    VerifyOptions options;
    options.context.trust = &trust;
    options.context.clock = &clock;
    QList<FileReport> files;
    for (const char *f :
         {"xades/dss-signed.xml", "pades/PAdES-LT.pdf", "xades2/xades-counter-signature-no-type.xml"})
        files << verifyFile(m_dir + u'/' + QString::fromLatin1(f), options);
    ReportMeta meta;
    meta.generator = QStringLiteral("tst_verify_corpus");
    meta.validationTime = clock.now();
    const QByteArray xml = reportToEtsiXml(files, meta);
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("report.xml"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(xml) == xml.size());
    out.close();
    const QString xsd = QDir(qEnvironmentVariable("SIC_SOURCE_DIR"))
                            .absoluteFilePath(QStringLiteral("tests/data/etsi/ts119102-2-subset.xsd"));
    QProcess lint;
    lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), xsd, path});
    QVERIFY(lint.waitForFinished(30000));
    QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());
    // One SignatureValidationReport per signature (1 + 4 + 2), the indications as URIs.
    QCOMPARE(xml.count("<vr:SignatureValidationReport>"), 7);
    qsizetype noChain = 0;
    for (const FileReport &f : files)
        for (const SignatureReport &sig : f.signatures)
            noChain += sig.subIndication == SubIndication::NoCertificateChainFound;
    QCOMPARE(xml.count("urn:etsi:019102:subindication:NO_CERTIFICATE_CHAIN_FOUND"), noChain);
    QCOMPARE(xml.count("<vr:MainIndication>"), 7);
    QVERIFY(xml.contains("<vr:DocTimeStamp"));
    // A byte that breaks the order is caught by the schema check.
    QByteArray broken = xml;
    broken.replace("<vr:HashOnly>false</vr:HashOnly>", "<vr:HashOnly>no</vr:HashOnly>");
    QFile bad(path);
    QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate) && bad.write(broken) == broken.size());
    bad.close();
    lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), xsd, path});
    QVERIFY(lint.waitForFinished(30000));
    QVERIFY(lint.exitCode() != 0);
}

QTEST_GUILESS_MAIN(TestVerifyCorpus)
#include "tst_verify_corpus.moc"
