// The attack classes of issue #15 on files made at test time by tests/tools/make-attack-files.py
// (Python standard library, openssl cms, xmlsec1; a new signer key each run): each attack caught,
// each legitimate neighbour (a genuine form fill, a genuine second signature, an annotation after
// a P=3 certification) still passing. Independent checks with tools we did not write: qpdf
// --check finds every PDF well formed, and pdfsig calls the spoofed and shared-appearance files'
// signatures valid (the bytes do verify: the attack is in what the viewer shows).

#include "base/clock.h"
#include "verify/indication.h"
#include "verify/verifier.h"

#include "verifycorpus.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace sic;
using namespace sic::verify;
using sic::testing::runTool;

class TestVerifyAttacks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString script = QDir(qEnvironmentVariable("SIC_SOURCE_DIR"))
                                   .absoluteFilePath(QStringLiteral("tests/tools/make-attack-files.py"));
        const auto r = runTool(QStringLiteral("python3"), {script, m_tmp.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(m_trust.load(m_tmp.filePath(QStringLiteral("signer.pem"))));
    }

    void attacks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("signature");
        QTest::addColumn<QString>("indication");
        QTest::addColumn<QString>("sub");
        QTest::addColumn<bool>("modified");
        QTest::addColumn<QString>("says"); // in the reason, warnings or changes; "" = nothing asserted

        // Neighbours.
        QTest::newRow("genuine signature") << "good-signed.pdf" << 0 << "TOTAL_PASSED"
                                           << "" << false << "";
        QTest::newRow("genuine second signature") << "good-second-signature.pdf" << 0 << "TOTAL_PASSED"
                                                  << "" << false << "signature field added";
        QTest::newRow("genuine form fill") << "good-form-fill.pdf" << 0 << "TOTAL_PASSED"
                                           << "" << false << "form fields were filled in";
        QTest::newRow("annotation after P=3") << "mdp-p3-annotation.pdf" << 0 << "TOTAL_PASSED"
                                              << "" << false << "annotations";
        QTest::newRow("genuine enveloping XML") << "good-enveloping.xml" << 0 << "TOTAL_PASSED"
                                                << "" << false << "";
        // Spoofed signature dictionary.
        QTest::newRow("dictionary changed") << "spoof-changed-dictionary.pdf" << 0 << "TOTAL_FAILED"
                                            << "FORMAT_FAILURE" << true << "/M, /Reason";
        QTest::newRow("dictionary replaced") << "spoof-replaced-dictionary.pdf" << 0 << "TOTAL_FAILED"
                                             << "FORMAT_FAILURE" << true << "was not signed";
        // Detached SubFilter with encapsulated content.
        QTest::newRow("detached with the range inside")
            << "detached-with-content.pdf" << 0 << "TOTAL_FAILED"
            << "FORMAT_FAILURE" << false << "claims to be detached";
        QTest::newRow("detached with other content") << "detached-other-content.pdf" << 0 << "TOTAL_FAILED"
                                                     << "FORMAT_FAILURE" << false << "claims to be detached";
        // Shared appearance streams: form filling on the surface.
        QTest::newRow("appearance shared with the page")
            << "shared-appearance-page.pdf" << 0 << "TOTAL_PASSED"
            << "" << true << "also used elsewhere";
        QTest::newRow("appearance shared with the trailer")
            << "shared-appearance-trailer.pdf" << 0 << "TOTAL_PASSED"
            << "" << true << "also used elsewhere";
        // Beyond the certification.
        QTest::newRow("content changed after P=3")
            << "mdp-p3-content-changed.pdf" << 0 << "TOTAL_FAILED"
            << "FORMAT_FAILURE" << true << "looks different from what was signed on page(s) 1";
        // XML signature wrapping in an enveloping signature.
        QTest::newRow("fake object before") << "xsw-fake-object-before.xml" << 0 << "INDETERMINATE"
                                            << "SIGNED_DATA_NOT_FOUND" << false << "wrapping";
        QTest::newRow("fake object after") << "xsw-fake-object-after.xml" << 0 << "INDETERMINATE"
                                           << "SIGNED_DATA_NOT_FOUND" << false << "wrapping";
    }

    void attacks()
    {
        QFETCH(QString, file);
        QFETCH(int, signature);
        QFETCH(QString, indication);
        QFETCH(QString, sub);
        QFETCH(bool, modified);
        QFETCH(QString, says);
        SystemClock clock;
        VerifyOptions options;
        options.context.trust = &m_trust;
        options.context.clock = &clock;
        const FileReport r = verifyFile(m_tmp.filePath(file), options);
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->toString()) : "");
        QVERIFY(r.signatures.size() > signature);
        const SignatureReport &s = r.signatures.at(signature);
        const QString all =
            QStringList{s.reason, s.warnings.join(u' '), s.changesAfterSigning.join(u' ')}.join(u' ');
        const QString got = QStringLiteral("%1/%2 modified=%3: %4")
                                .arg(indicationName(s.indication), subIndicationName(s.subIndication))
                                .arg(s.modifiedAfterSigning)
                                .arg(all);
        QVERIFY2(indicationName(s.indication) == indication, qPrintable(got));
        QVERIFY2(subIndicationName(s.subIndication) == sub, qPrintable(got));
        QVERIFY2(s.modifiedAfterSigning == modified, qPrintable(got));
        QVERIFY2(all.contains(says), qPrintable(got));
        if (file.startsWith(QLatin1String("good-")) || file == QLatin1String("mdp-p3-annotation.pdf"))
            QVERIFY2(s.warnings.isEmpty(), qPrintable(got));
    }

    // The attack files are sound PDFs whose signature bytes verify: qpdf and pdfsig say so, and
    // only the analysis of what changed catches them.
    void independentTools_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f :
             {"spoof-changed-dictionary.pdf", "spoof-replaced-dictionary.pdf", "shared-appearance-page.pdf",
              "shared-appearance-trailer.pdf", "good-form-fill.pdf"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void independentTools()
    {
        QFETCH(QString, file);
        const QString path = m_tmp.filePath(file);
        const auto qpdf = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
        QVERIFY2(qpdf.exitCode == 0, qpdf.out.constData());
        const auto pdfsig = runTool(QStringLiteral("pdfsig"), {path});
        QVERIFY2(pdfsig.out.contains("Signature is Valid"), pdfsig.out.constData());
    }

private:
    QTemporaryDir m_tmp;
    TrustStore m_trust;
};

QTEST_GUILESS_MAIN(TestVerifyAttacks)
#include "tst_verify_attacks.moc"
