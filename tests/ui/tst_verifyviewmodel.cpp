// The verify screen's view model over real signatures made at test time: PAdES and detached XAdES
// signed with keys of a test PKI made for it, tampered and untrusted copies, a file that cannot be read.
#include "appcontext.h"
#include "crlserver.h"
#include "localhashsigner.h"
#include "onlinepki.h"
#include "padestestutil.h"
#include "pdffixtures.h"
#include "verifyviewmodel.h"
#include "xades/xadessession.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace sic;
using namespace sic::ui;
using namespace sic::test;

namespace {

constexpr int kTimeoutMs = 60000;

struct Context
{
    Context(const QString &dir, const Clock &clock, const QString &trustAnchors, bool online = true)
        : context(SettingsStore(dir + QStringLiteral("/u.ini"), dir + QStringLiteral("/p.ini")),
                  dir + QStringLiteral("/h.jsonl"), clock)
    {
        AppSettings s = context.settingsStore().load();
        s.trustAnchors = trustAnchors;
        s.onlineRevocation = online;
        (void)context.settingsStore().save(s);
    }
    AppContext context;
};

// The signatures of one row, as QML sees them.
QVariantList signaturesAt(const VerifyViewModel &vm, int row)
{
    return vm.data(vm.index(row), VerifyViewModel::SignaturesRole).toList();
}

QString stateAt(const VerifyViewModel &vm, int row)
{
    return vm.data(vm.index(row), VerifyViewModel::StateRole).toString();
}

int rowNamed(const VerifyViewModel &vm, const QString &name)
{
    for (int i = 0; i < vm.rowCount(); ++i) {
        if (vm.data(vm.index(i), VerifyViewModel::NameRole).toString() == name)
            return i;
    }
    return -1;
}

QString result(const QVariantList &signatures, int i)
{
    return signatures.value(i).toMap().value(QStringLiteral("result")).toString();
}

} // namespace

class TestVerifyViewModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void emptyState();
    void validTamperedUntrusted();
    void unreadableFileGetsItsOwnRow();
    void cancelDropsResults();
    void detachedPair();
    void noTrustAnchorsSaysSo();
    void exports();
    void copySummary();
    void detailsAgreeWithTheVerdict();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void signPdf(const QString &signer, const QString &output);
    void signDetached(const QString &data, const QString &output,
                      xades::Packaging packaging = xades::Packaging::Detached);
    void waitDone(VerifyViewModel &vm);
    void verifyFiles(VerifyViewModel &vm, const QStringList &names);

    QTemporaryDir m_dir;
    CrlServer m_crlServer;
    QString m_pki;
    std::unique_ptr<ManualClock> m_clock;
    QDateTime m_signedAt;
};

void TestVerifyViewModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A PKI of its own, whose CRL distribution point is a port that was free, served here: no port
    // shared with other tests, and the online checks reach a real server.
    const QString makePki =
        qEnvironmentVariable("SIC_SOURCE_DIR") + QStringLiteral("/tests/data/make-pki.sh");
    QVERIFY2(QFile::exists(makePki),
             qPrintable(QStringLiteral("%1 not found: run this test with ctest, which sets SIC_SOURCE_DIR")
                            .arg(makePki)));
    QString error;
    const std::optional<OnlinePki> pki = OnlinePki::make(m_dir.filePath(QStringLiteral("pki")), &error);
    QVERIFY2(pki, qPrintable(QStringLiteral("cannot make the test PKI: ") + error));
    m_pki = pki->dir;
    QVERIFY2(QFile::exists(m_pki + QStringLiteral("/pki.json")), qPrintable(m_pki));
    QVERIFY2(
        m_crlServer.listen(m_pki + QStringLiteral("/intermediate/crl.der"), quint16(pki->port)),
        qPrintable(QStringLiteral("cannot serve the test PKI's CRL distribution point on 127.0.0.1:%1: %2")
                       .arg(pki->port)
                       .arg(m_crlServer.errorString())));
    // Sign and verify a day into the signer's validity: the certificates are made at test time.
    const auto certs = QSslCertificate::fromPath(m_pki + QStringLiteral("/signers/rsa2048.pem"));
    QVERIFY(!certs.isEmpty());
    m_clock = std::make_unique<ManualClock>(certs.first().effectiveDate().toUTC().addDays(1));

    signPdf(QStringLiteral("rsa2048"), path(QStringLiteral("valid.pdf")));
    signPdf(QStringLiteral("selfsigned"), path(QStringLiteral("untrusted.pdf")));
    // The page's text changed after signing, inside the signed bytes.
    QByteArray pdf = readFile(path(QStringLiteral("valid.pdf")));
    QVERIFY(pdf.contains("(Hello)"));
    QVERIFY(writeFile(path(QStringLiteral("tampered.pdf")), pdf.replace("(Hello)", "(Hallo)")));
    QVERIFY(writeFile(path(QStringLiteral("broken.pdf")), "%PDF-1.7\nthis is no PDF at all\n"));

    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("pair")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("alone")));
    QVERIFY(writeFile(path(QStringLiteral("pair/contract.txt")), "The contract text, 契約書.\n"));
    signDetached(path(QStringLiteral("pair/contract.txt")), path(QStringLiteral("pair/contract.txt.xml")));
    QVERIFY(
        QFile::copy(path(QStringLiteral("pair/contract.txt.xml")), path(QStringLiteral("alone/sig.xml"))));
    // An enveloped XAdES invoice (Reference URI=""), its amount changed after signing.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("xml")));
    QVERIFY(writeFile(path(QStringLiteral("xml/invoice.xml")),
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<請求書><金額>110000</金額></請求書>\n"));
    signDetached(path(QStringLiteral("xml/invoice.xml")), path(QStringLiteral("xml/invoice-signed.xml")),
                 xades::Packaging::Enveloped);
    QByteArray xml = readFile(path(QStringLiteral("xml/invoice-signed.xml")));
    QVERIFY(xml.contains("110000") && xml.contains("URI=\"\""));
    QVERIFY(writeFile(path(QStringLiteral("xml/tampered-invoice.xml")), xml.replace("110000", "990000")));
    m_signedAt = m_clock->now().toUTC();
    m_clock->advance(3600);
}

void TestVerifyViewModel::signPdf(const QString &signer, const QString &output)
{
    const QString input = output + QStringLiteral(".unsigned");
    QVERIFY(writeFile(input, miniPdf()));
    auto key = LocalHashSigner::fromPki(m_pki, signer, {});
    QVERIFY2(key, qPrintable(signer));
    PadesOptions options;
    options.input = input;
    options.output = output;
    options.clock = m_clock.get();
    auto signedPdf = sic::test::signPdf(*key, options);
    QVERIFY2(signedPdf, signedPdf ? "" : qPrintable(signedPdf.error().toString()));
}

void TestVerifyViewModel::signDetached(const QString &data, const QString &output, xades::Packaging packaging)
{
    auto key = LocalHashSigner::fromPki(m_pki, QStringLiteral("rsa2048"), {});
    QVERIFY(key);
    xades::XadesOptions options;
    options.packaging = packaging;
    options.output = output;
    options.clock = m_clock.get();
    xades::XadesSession session(data, options);
    auto digests = session.prepare({key->certificateChain(), key->scheme()});
    QVERIFY2(digests, digests ? "" : qPrintable(digests.error().toString()));
    std::optional<Result<QString>> outcome;
    key->signDigests(*digests, [&](Result<QList<QByteArray>> values) {
        QVERIFY(values);
        session.finish(*values, [&](Result<QString> r) { outcome = std::move(r); });
    });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), kTimeoutMs);
    QVERIFY2(*outcome, *outcome ? "" : qPrintable(outcome->error().toString()));
}

void TestVerifyViewModel::waitDone(VerifyViewModel &vm)
{
    QTRY_VERIFY_WITH_TIMEOUT(!vm.busy(), kTimeoutMs);
}

// Adds the named files of the test folder, as one drop, and waits until they are verified.
void TestVerifyViewModel::verifyFiles(VerifyViewModel &vm, const QStringList &names)
{
    QStringList paths;
    for (const QString &name : names)
        paths << path(name);
    vm.addPaths(paths);
    waitDone(vm);
}

void TestVerifyViewModel::emptyState()
{
    Context c(m_dir.path() + QStringLiteral("/empty"), *m_clock, m_pki + QStringLiteral("/trust/root.pem"));
    VerifyViewModel vm;
    vm.setContext(&c.context);
    QCOMPARE(vm.state(), QStringLiteral("empty"));
    QCOMPARE(vm.count(), 0);
    QVERIFY(!vm.canExport());
    QVERIFY(vm.statusText().isEmpty());
    // A folder is refused with a sentence, and nothing starts.
    QCOMPARE(vm.addPaths({m_dir.path()}), 0);
    QVERIFY(!vm.errorMessage().isEmpty());
    QCOMPARE(vm.state(), QStringLiteral("empty"));
}

void TestVerifyViewModel::validTamperedUntrusted()
{
    Context c(m_dir.path(), *m_clock, m_pki + QStringLiteral("/trust/root.pem"));
    VerifyViewModel vm;
    vm.setContext(&c.context);
    QSignalSpy states(&vm, &VerifyViewModel::stateChanged);
    const QList<QUrl> urls{QUrl::fromLocalFile(path(QStringLiteral("valid.pdf"))),
                           QUrl::fromLocalFile(path(QStringLiteral("tampered.pdf"))),
                           QUrl::fromLocalFile(path(QStringLiteral("untrusted.pdf")))};
    QCOMPARE(vm.addUrls(urls), 3);
    QCOMPARE(vm.state(), QStringLiteral("verifying"));
    QVERIFY(vm.busy());
    QVERIFY(!vm.canExport());
    // Adding the same file again neither duplicates it nor counts as an error.
    QCOMPARE(vm.addUrls({urls.first()}), 0);
    QVERIFY(vm.errorMessage().isEmpty());
    waitDone(vm);
    QCOMPARE(vm.state(), QStringLiteral("done"));
    QVERIFY(vm.canExport());
    QCOMPARE(vm.progress(), 1.0);
    QVERIFY(states.count() >= 2);
    QVERIFY(vm.notice().isEmpty());
    // The summary at the top counts the verdicts: valid, tampered (invalid), untrusted (unconfirmed).
    QVERIFY2(vm.statusText().endsWith(QLatin1String(
                 "Signatures: 1 valid, 0 valid with warnings, 1 invalid, 1 cannot be confirmed.")),
             qPrintable(vm.statusText()));
    // Each verification is in the history with its verdict.
    const auto entries = c.context.history().entries();
    QVERIFY(entries);
    QStringList recorded;
    for (const HistoryEntry &e : *entries) {
        if (e.action == QLatin1String("verify"))
            recorded << e.document + u'=' + e.result;
    }
    recorded.sort();
    QCOMPARE(recorded, (QStringList{QStringLiteral("tampered.pdf=invalid"),
                                    QStringLiteral("untrusted.pdf=cannot-be-confirmed"),
                                    QStringLiteral("valid.pdf=valid")}));
    // Online checks are on in the settings: the CRL was fetched from the distribution point.
    QVERIFY(m_crlServer.requests > 0);

    const QVariantList valid = signaturesAt(vm, rowNamed(vm, QStringLiteral("valid.pdf")));
    QCOMPARE(valid.size(), 1);
    const QVariantMap v = valid.first().toMap();
    QCOMPARE(v.value(QStringLiteral("verdict")).toString(), QStringLiteral("valid"));
    QCOMPARE(v.value(QStringLiteral("result")).toString(), QStringLiteral("TOTAL_PASSED"));
    QVERIFY(!v.value(QStringLiteral("verdictText")).toString().isEmpty());
    QVERIFY(!v.value(QStringLiteral("reason")).toString().isEmpty());
    QVERIFY(!v.value(QStringLiteral("signer")).toString().isEmpty());
    QVERIFY(v.value(QStringLiteral("signerSubject"))
                .toString()
                .contains(v.value(QStringLiteral("signer")).toString()));
    // PAdES B-B carries no time (no /M, no signing-time attribute), and none is made up.
    QVERIFY(v.value(QStringLiteral("time")).toString().isEmpty());
    // Details on demand: the certificate and the algorithms, each with a label.
    QStringList detailValues;
    for (const QVariant &d : v.value(QStringLiteral("details")).toList()) {
        QVERIFY(!d.toMap().value(QStringLiteral("label")).toString().isEmpty());
        detailValues << d.toMap().value(QStringLiteral("value")).toString();
    }
    const QString fingerprint = QSslCertificate::fromPath(m_pki + QStringLiteral("/signers/rsa2048.pem"))
                                    .first()
                                    .digest(QCryptographicHash::Sha256)
                                    .toHex(':')
                                    .toUpper();
    QVERIFY2(detailValues.contains(fingerprint), qPrintable(detailValues.join(u'|')));
    QVERIFY(detailValues.contains(QStringLiteral("B-B")));
    const QString summary =
        vm.data(vm.index(rowNamed(vm, QStringLiteral("valid.pdf"))), VerifyViewModel::SummaryRole).toString();
    QVERIFY(!summary.isEmpty());

    const QVariantList tampered = signaturesAt(vm, rowNamed(vm, QStringLiteral("tampered.pdf")));
    QCOMPARE(tampered.size(), 1);
    QCOMPARE(tampered.first().toMap().value(QStringLiteral("verdict")).toString(), QStringLiteral("invalid"));
    QCOMPARE(result(tampered, 0), QStringLiteral("TOTAL_FAILED / HASH_FAILURE"));
    QVERIFY(!tampered.first().toMap().value(QStringLiteral("reason")).toString().isEmpty());
    QVERIFY(tampered.first().toMap().value(QStringLiteral("reason")) != v.value(QStringLiteral("reason")));

    const QVariantList untrusted = signaturesAt(vm, rowNamed(vm, QStringLiteral("untrusted.pdf")));
    QCOMPARE(untrusted.size(), 1);
    QCOMPARE(untrusted.first().toMap().value(QStringLiteral("verdict")).toString(),
             QStringLiteral("cannot-be-confirmed"));
    QCOMPARE(result(untrusted, 0), QStringLiteral("INDETERMINATE / NO_CERTIFICATE_CHAIN_FOUND"));

    // Removing a row leaves the others as they were.
    vm.remove(rowNamed(vm, QStringLiteral("tampered.pdf")));
    QCOMPARE(vm.count(), 2);
    QCOMPARE(vm.state(), QStringLiteral("done"));
    vm.clear();
    QCOMPARE(vm.state(), QStringLiteral("empty"));
}

void TestVerifyViewModel::unreadableFileGetsItsOwnRow()
{
    Context c(m_dir.path(), *m_clock, m_pki + QStringLiteral("/trust/root.pem"));
    VerifyViewModel vm;
    vm.setContext(&c.context);
    verifyFiles(vm,
                {QStringLiteral("broken.pdf"), QStringLiteral("missing.pdf"), QStringLiteral("valid.pdf")});
    QCOMPARE(vm.count(), 3);
    QCOMPARE(vm.state(), QStringLiteral("done"));
    for (const QString &bad : {QStringLiteral("broken.pdf"), QStringLiteral("missing.pdf")}) {
        const int row = rowNamed(vm, bad);
        QCOMPARE(stateAt(vm, row), QStringLiteral("error"));
        QVERIFY(!vm.data(vm.index(row), VerifyViewModel::ErrorRole).toString().isEmpty());
        QVERIFY(signaturesAt(vm, row).isEmpty());
    }
    const int good = rowNamed(vm, QStringLiteral("valid.pdf"));
    QCOMPARE(stateAt(vm, good), QStringLiteral("done"));
    QCOMPARE(result(signaturesAt(vm, good), 0), QStringLiteral("TOTAL_PASSED"));
    // The reports keep the errors, so that an exported report lists them too.
    QCOMPARE(vm.reports().size(), 3);
}

void TestVerifyViewModel::cancelDropsResults()
{
    Context c(m_dir.path(), *m_clock, m_pki + QStringLiteral("/trust/root.pem"));
    VerifyViewModel vm;
    vm.setContext(&c.context);
    vm.addPaths({path(QStringLiteral("valid.pdf")), path(QStringLiteral("tampered.pdf")),
                 path(QStringLiteral("untrusted.pdf"))});
    QCOMPARE(vm.state(), QStringLiteral("verifying"));
    // No result can arrive before the event loop runs, so every file is cancelled here.
    vm.cancel();
    QCOMPARE(vm.state(), QStringLiteral("cancelled"));
    QVERIFY(!vm.busy());
    QTest::qWait(1500);
    for (int row = 0; row < vm.count(); ++row) {
        QCOMPARE(stateAt(vm, row), QStringLiteral("cancelled"));
        QVERIFY(signaturesAt(vm, row).isEmpty());
    }
    QVERIFY(!vm.canExport());
    QVERIFY(vm.statusText().contains(u'0'));

    vm.verifyAgain();
    QCOMPARE(vm.state(), QStringLiteral("verifying"));
    waitDone(vm);
    QCOMPARE(vm.state(), QStringLiteral("done"));
    QCOMPARE(vm.finishedCount(), 3);
}

void TestVerifyViewModel::detachedPair()
{
    Context c(m_dir.path(), *m_clock, m_pki + QStringLiteral("/trust/root.pem"));
    {
        // Found beside it.
        VerifyViewModel vm;
        vm.setContext(&c.context);
        verifyFiles(vm, {QStringLiteral("pair/contract.txt.xml")});
        QCOMPARE(result(signaturesAt(vm, 0), 0), QStringLiteral("TOTAL_PASSED"));
    }
    VerifyViewModel vm;
    vm.setContext(&c.context);
    // Alone, the signed file is missing...
    verifyFiles(vm, {QStringLiteral("alone/sig.xml")});
    QVERIFY2(result(signaturesAt(vm, 0), 0).contains(QStringLiteral("SIGNED_DATA_NOT_FOUND")),
             qPrintable(result(signaturesAt(vm, 0), 0)));
    // ... added later, the signature is verified again with it, and the content reads as such.
    verifyFiles(vm, {QStringLiteral("pair/contract.txt")});
    const int sig = rowNamed(vm, QStringLiteral("sig.xml"));
    QCOMPARE(result(signaturesAt(vm, sig), 0), QStringLiteral("TOTAL_PASSED"));
    // XAdES SigningTime: the signer's claim, labelled as such.
    const QVariantMap s = signaturesAt(vm, sig).first().toMap();
    QCOMPARE(s.value(QStringLiteral("time")).toString(),
             m_signedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    QVERIFY(!s.value(QStringLiteral("timeLabel")).toString().isEmpty());
    QVERIFY(vm.summaryText().contains(s.value(QStringLiteral("time")).toString()));
    QCOMPARE(stateAt(vm, rowNamed(vm, QStringLiteral("contract.txt"))), QStringLiteral("content"));
    QCOMPARE(vm.state(), QStringLiteral("done"));
    QCOMPARE(vm.reports().size(), 1); // the content is no signature file of the report

    // Added together in one drop.
    VerifyViewModel together;
    together.setContext(&c.context);
    together.addUrls({QUrl::fromLocalFile(path(QStringLiteral("alone/sig.xml"))),
                      QUrl::fromLocalFile(path(QStringLiteral("pair/contract.txt")))});
    waitDone(together);
    QCOMPARE(result(signaturesAt(together, rowNamed(together, QStringLiteral("sig.xml"))), 0),
             QStringLiteral("TOTAL_PASSED"));
}

void TestVerifyViewModel::noTrustAnchorsSaysSo()
{
    Context c(m_dir.path() + QStringLiteral("/notrust"), *m_clock, QString(), false);
    VerifyViewModel vm;
    vm.setContext(&c.context);
    vm.addPaths({path(QStringLiteral("valid.pdf"))});
    QVERIFY(!vm.notice().isEmpty());
    waitDone(vm);
    QCOMPARE(signaturesAt(vm, 0).first().toMap().value(QStringLiteral("verdict")).toString(),
             QStringLiteral("cannot-be-confirmed"));

    // Setting the anchors and allowing online checks verifies again with them.
    AppSettings s = c.context.settingsStore().load();
    s.trustAnchors = m_pki + QStringLiteral("/trust/root.pem");
    s.onlineRevocation = true;
    QVERIFY(c.context.settingsStore().save(s));
    emit c.context.settingsChanged();
    QCOMPARE(vm.state(), QStringLiteral("verifying"));
    waitDone(vm);
    QVERIFY(vm.notice().isEmpty());
    QCOMPARE(result(signaturesAt(vm, 0), 0), QStringLiteral("TOTAL_PASSED"));
}

void TestVerifyViewModel::exports()
{
    Context c(m_dir.path(), *m_clock, m_pki + QStringLiteral("/trust/root.pem"));
    VerifyViewModel vm;
    vm.setContext(&c.context);
    verifyFiles(vm,
                {QStringLiteral("valid.pdf"), QStringLiteral("tampered.pdf"), QStringLiteral("broken.pdf")});
    QTemporaryDir out;
    const QString html = out.filePath(QStringLiteral("report.html"));
    const QString json = out.filePath(QStringLiteral("report.json"));
    const QString pdf = out.filePath(QStringLiteral("report.pdf"));
    QVERIFY(vm.exportHtml(QUrl::fromLocalFile(html)));
    QVERIFY(vm.exportJson(QUrl::fromLocalFile(json)));
    QVERIFY(vm.exportPdf(QUrl::fromLocalFile(pdf)));
    QVERIFY(vm.errorMessage().isEmpty());

    const QByteArray htmlBytes = readFile(html);
    QVERIFY(htmlBytes.contains("<html"));
    QVERIFY(htmlBytes.contains("valid.pdf") && htmlBytes.contains("tampered.pdf"));
    QVERIFY(htmlBytes.contains("HASH_FAILURE"));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(readFile(json), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("sic-verify-report"));
    QCOMPARE(root.value(QStringLiteral("schemaVersion")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("trustAnchors")).toArray().size(), 1);
    const QJsonArray files = root.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 3);
    int failed = 0, errors = 0;
    for (const QJsonValue &f : files) {
        QVERIFY(f.toObject().contains(QStringLiteral("path")));
        if (!f.toObject().value(QStringLiteral("error")).isNull())
            ++errors;
        for (const QJsonValue &s : f.toObject().value(QStringLiteral("signatures")).toArray()) {
            for (const char *key :
                 {"kind", "indication", "subIndication", "level", "signer", "modifiedAfterSigning"})
                QVERIFY2(s.toObject().contains(QLatin1String(key)), key);
            if (s.toObject().value(QStringLiteral("indication")).toString() == QLatin1String("TOTAL_FAILED"))
                ++failed;
        }
    }
    QCOMPARE(failed, 1);
    QCOMPARE(errors, 1);

    const QByteArray pdfBytes = readFile(pdf);
    QVERIFY(pdfBytes.startsWith("%PDF"));
    // The last export (the PDF) is confirmed with where it went.
    QVERIFY2(vm.savedMessage().contains(QDir::toNativeSeparators(pdf)), qPrintable(vm.savedMessage()));
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(pdfinfo.waitForFinished(30000));
    const QByteArray info = pdfinfo.readAll();
    QCOMPARE(pdfinfo.exitCode(), 0);
    QVERIFY2(info.contains("Pages:"), info.constData());

    // A folder that does not exist: a sentence, and no file.
    QVERIFY(!vm.exportJson(QUrl::fromLocalFile(out.filePath(QStringLiteral("no/such/dir/r.json")))));
    QVERIFY(!vm.errorMessage().isEmpty());
    QVERIFY(vm.savedMessage().isEmpty());
}

void TestVerifyViewModel::copySummary()
{
    Context c(m_dir.path(), *m_clock, m_pki + QStringLiteral("/trust/root.pem"));
    VerifyViewModel vm;
    vm.setContext(&c.context);
    verifyFiles(vm,
                {QStringLiteral("valid.pdf"), QStringLiteral("tampered.pdf"), QStringLiteral("broken.pdf")});
    const QString text = vm.summaryText();
    for (const QString &name :
         {QStringLiteral("valid.pdf"), QStringLiteral("tampered.pdf"), QStringLiteral("broken.pdf")})
        QVERIFY2(text.contains(name), qPrintable(text));
    const QVariantMap valid = signaturesAt(vm, rowNamed(vm, QStringLiteral("valid.pdf"))).first().toMap();
    const QVariantMap tampered =
        signaturesAt(vm, rowNamed(vm, QStringLiteral("tampered.pdf"))).first().toMap();
    for (const QVariantMap &s : {valid, tampered}) {
        for (const char *key : {"verdictText", "reason", "signer", "time"})
            QVERIFY2(text.contains(s.value(QLatin1String(key)).toString()), key);
    }
    QVERIFY(text.contains(QStringLiteral("HASH_FAILURE")));
    QVERIFY(text.contains(
        vm.data(vm.index(rowNamed(vm, QStringLiteral("broken.pdf"))), VerifyViewModel::ErrorRole)
            .toString()));

    QSignalSpy copied(&vm, &VerifyViewModel::summaryCopied);
    vm.copySummary();
    QCOMPARE(copied.count(), 1);
    QCOMPARE(QGuiApplication::clipboard()->text(), text);
}

// The details of a tampered file say what the verdict says: changed after signing (not "no"), and
// an XML reference to the whole document is named so, not as an empty name.
void TestVerifyViewModel::detailsAgreeWithTheVerdict()
{
    Context c(m_dir.path(), *m_clock, m_pki + QStringLiteral("/trust/root.pem"));
    VerifyViewModel vm;
    vm.setContext(&c.context);
    verifyFiles(vm, {QStringLiteral("tampered.pdf"), QStringLiteral("xml/tampered-invoice.xml"),
                     QStringLiteral("valid.pdf")});
    const auto detail = [](const QVariantMap &signature, const QString &label) {
        for (const QVariant &d : signature.value(QStringLiteral("details")).toList()) {
            if (d.toMap().value(QStringLiteral("label")).toString() == label)
                return d.toMap().value(QStringLiteral("value")).toString();
        }
        return QString();
    };
    const QString modified = Tr::tr("Modified after signing");
    for (const QString &name : {QStringLiteral("tampered.pdf"), QStringLiteral("tampered-invoice.xml")}) {
        const QVariantMap s = signaturesAt(vm, rowNamed(vm, name)).value(0).toMap();
        QCOMPARE(s.value(QStringLiteral("verdict")).toString(), QStringLiteral("invalid"));
        QVERIFY2(result({s}, 0).contains(QLatin1String("HASH_FAILURE")), qPrintable(result({s}, 0)));
        QCOMPARE(detail(s, modified), Tr::tr("yes: the signed content no longer matches the signature"));
        QVERIFY(s.value(QStringLiteral("modifiedAfterSigning")).toBool());
    }
    const QVariantMap xml =
        signaturesAt(vm, rowNamed(vm, QStringLiteral("tampered-invoice.xml"))).value(0).toMap();
    const QString reason = xml.value(QStringLiteral("reason")).toString();
    QVERIFY2(reason.contains(Tr::tr("the whole document")), qPrintable(reason));
    QVERIFY2(!reason.contains(QLatin1String("\"\"")), qPrintable(reason));
    const QVariantMap valid = signaturesAt(vm, rowNamed(vm, QStringLiteral("valid.pdf"))).value(0).toMap();
    QCOMPARE(detail(valid, modified), Tr::tr("no"));
    QVERIFY(!valid.value(QStringLiteral("modifiedAfterSigning")).toBool());
    // The HTML report says the same.
    const QString html = path(QStringLiteral("agree.html"));
    QVERIFY(vm.exportHtml(QUrl::fromLocalFile(html)));
    QVERIFY(QString::fromUtf8(readFile(html))
                .contains(Tr::tr("yes: the signed content no longer matches the signature")));
}

QTEST_MAIN(TestVerifyViewModel)
#include "tst_verifyviewmodel.moc"
