// Every typed result of the verifier (EN 319 102-1 indication and sub-indication) as the Verify
// screen and the ticket summary present it: the verdict key, words for people that differ per
// verdict, the machine code kept for support, and the reason sentence passed through.
#include "verifypresentation.h"

#include <QTest>

using namespace sic;
using namespace sic::verify;
using namespace sic::ui;

class TestVerifyText : public QObject
{
    Q_OBJECT
private slots:
    void everyResult_data();
    void everyResult();
    void wordsDifferPerVerdict();
    void ticketSummaryNamesFileErrors();
};

void TestVerifyText::everyResult_data()
{
    QTest::addColumn<int>("indication");
    QTest::addColumn<int>("sub");
    QTest::addColumn<bool>("warnings");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("TOTAL_PASSED") << int(Indication::TotalPassed) << int(SubIndication::None) << false
                                  << QStringLiteral("valid");
    QTest::newRow("TOTAL_PASSED with warnings") << int(Indication::TotalPassed) << int(SubIndication::None)
                                                << true << QStringLiteral("valid-with-warnings");
    const QList<SubIndication> failed{SubIndication::FormatFailure,    SubIndication::HashFailure,
                                      SubIndication::SigCryptoFailure, SubIndication::Revoked,
                                      SubIndication::Expired,          SubIndication::NotYetValid};
    for (SubIndication s : failed)
        QTest::newRow(qPrintable(QStringLiteral("TOTAL_FAILED/") + subIndicationName(s)))
            << int(Indication::TotalFailed) << int(s) << false << QStringLiteral("invalid");
    const QList<SubIndication> indeterminate{SubIndication::SigConstraintsFailure,
                                             SubIndication::ChainConstraintsFailure,
                                             SubIndication::CertificateChainGeneralFailure,
                                             SubIndication::CryptoConstraintsFailure,
                                             SubIndication::CryptoConstraintsFailureNoPoe,
                                             SubIndication::SignedDataNotFound,
                                             SubIndication::NoSigningCertificateFound,
                                             SubIndication::NoCertificateChainFound,
                                             SubIndication::RevokedNoPoe,
                                             SubIndication::RevokedCaNoPoe,
                                             SubIndication::OutOfBoundsNoPoe,
                                             SubIndication::OutOfBoundsNotRevoked,
                                             SubIndication::TryLater,
                                             SubIndication::NoPoe};
    for (SubIndication s : indeterminate)
        // Warnings never lift an indeterminate result.
        QTest::newRow(qPrintable(QStringLiteral("INDETERMINATE/") + subIndicationName(s)))
            << int(Indication::Indeterminate) << int(s) << true << QStringLiteral("cannot-be-confirmed");
}

void TestVerifyText::everyResult()
{
    QFETCH(int, indication);
    QFETCH(int, sub);
    QFETCH(bool, warnings);
    QFETCH(QString, verdict);
    SignatureReport s;
    s.kind = verify::SignatureKind::PAdES;
    s.indication = Indication(indication);
    s.subIndication = SubIndication(sub);
    s.reason = QStringLiteral("The concrete reason.");
    if (warnings)
        s.warnings << QStringLiteral("A warning.");
    const QVariantMap m = VerifyText::signature(s, 1);
    QCOMPARE(m.value(QStringLiteral("verdict")).toString(), verdict);
    QVERIFY(!m.value(QStringLiteral("verdictText")).toString().isEmpty());
    QCOMPARE(m.value(QStringLiteral("reason")).toString(), s.reason);
    const QString result = m.value(QStringLiteral("result")).toString();
    QVERIFY2(result.contains(indicationName(s.indication)), qPrintable(result));
    if (s.subIndication != SubIndication::None)
        QVERIFY2(result.contains(subIndicationName(s.subIndication)), qPrintable(result));
    QCOMPARE(m.value(QStringLiteral("warnings")).toStringList().size(), warnings ? 1 : 0);
}

void TestVerifyText::wordsDifferPerVerdict()
{
    QSet<QString> words;
    for (Verdict v :
         {Verdict::Valid, Verdict::ValidWithWarnings, Verdict::CannotBeConfirmed, Verdict::Invalid})
        words.insert(verdictText(v));
    QCOMPARE(words.size(), 4);
}

void TestVerifyText::ticketSummaryNamesFileErrors()
{
    FileReport broken;
    broken.path = QStringLiteral("/tmp/broken.pdf");
    broken.error = Error{QStringLiteral("pdf.malformed"), QStringLiteral("The PDF file is damaged."), {}};
    FileReport good;
    good.path = QStringLiteral("/tmp/good.pdf");
    SignatureReport s;
    s.kind = verify::SignatureKind::PAdES;
    s.indication = Indication::TotalFailed;
    s.subIndication = SubIndication::HashFailure;
    s.reason = QStringLiteral("The signed data was changed.");
    good.signatures << s;
    const QString text = VerifyText::ticketSummary({broken, good}, QDateTime::fromSecsSinceEpoch(0, Qt::UTC),
                                                   QStringLiteral("sic test"));
    QVERIFY(text.contains(QLatin1String("broken.pdf")));
    QVERIFY(text.contains(QLatin1String("The PDF file is damaged.")));
    QVERIFY(text.contains(QLatin1String("good.pdf")));
    QVERIFY(text.contains(QLatin1String("The signed data was changed.")));
    QVERIFY(text.contains(verdictText(Verdict::Invalid)));
}

QTEST_GUILESS_MAIN(TestVerifyText)
#include "tst_verifytext.moc"
