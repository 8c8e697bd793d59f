// The preview screen's view model over real files (PDFs written at test time, one encrypted by
// qpdf; XML in Shift_JIS; hostile XML), and the review rules of the documents list: each document
// is confirmed on its own, for the hash that was shown, and loses its confirmation when it changes.
#include "documentsviewmodel.h"
#include "preview/pageimageid.h"
#include "previewviewmodel.h"
#include "samplepdf.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sic;
using namespace sic::ui;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray pdfWithPages(int n)
{
    QList<QStringList> pages;
    for (int i = 0; i < n; ++i)
        pages << QStringList{QStringLiteral("Page %1").arg(i + 1)};
    return test::samplePdf(pages);
}

QVariant role(const DocumentsViewModel &docs, int row, DocumentsViewModel::Role r)
{
    return docs.data(docs.index(row), r);
}

} // namespace

class TestPreviewViewModel : public QObject
{
    Q_OBJECT
private slots:
    void confirmEachDocument();
    void confirmationDropsWhenContentChanges();
    void pdfPagesAndZoom();
    void xmlShiftJis();
    void otherFileMetadata();
    void largeXmlShowsDetails();
    void errorsCannotBeConfirmed_data();
    void errorsCannotBeConfirmed();
    void previewFollowsTheFile();
    void batchNavigation();
};

void TestPreviewViewModel::confirmEachDocument()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.pdf"));
    const QString b = dir.filePath(QStringLiteral("b.xml"));
    QVERIFY(writeFile(a, pdfWithPages(1)));
    QVERIFY(writeFile(b, "<a/>"));
    DocumentsViewModel docs;
    QSignalSpy changed(&docs, &DocumentsViewModel::confirmationChanged);
    QCOMPARE(docs.addUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)}), 2);
    QVERIFY(!docs.allConfirmed());
    QVERIFY(!docs.confirm(5));
    QVERIFY(!docs.confirm(-1));
    QTRY_VERIFY_WITH_TIMEOUT(docs.allReady(), 10000);
    QCOMPARE(docs.confirmedCount(), 0);
    QVERIFY(!role(docs, 0, DocumentsViewModel::ConfirmedRole).toBool());
    QVERIFY(docs.roleNames().values().contains("confirmed"));

    changed.clear();
    QVERIFY(docs.confirm(0));
    QCOMPARE(changed.count(), 1);
    QVERIFY(role(docs, 0, DocumentsViewModel::ConfirmedRole).toBool());
    QCOMPARE(role(docs, 0, DocumentsViewModel::ConfirmedSha256Role).toString(),
             role(docs, 0, DocumentsViewModel::Sha256Role).toString());
    QCOMPARE(docs.confirmedCount(), 1);
    QVERIFY(!docs.allConfirmed()); // the other one is not reviewed yet
    QVERIFY(docs.confirm(1));
    QVERIFY(docs.allConfirmed());

    // A new document needs its own review; removing it leaves the reviewed ones.
    const QString c = dir.filePath(QStringLiteral("c.txt"));
    QVERIFY(writeFile(c, "note"));
    QVERIFY(docs.addPath(c));
    QVERIFY(!docs.allConfirmed());
    QTRY_VERIFY_WITH_TIMEOUT(docs.allReady(), 10000);
    QVERIFY(!docs.allConfirmed());
    docs.remove(2);
    QVERIFY(docs.allConfirmed());

    docs.withdrawConfirmation(0);
    QVERIFY(!role(docs, 0, DocumentsViewModel::ConfirmedRole).toBool());
    QVERIFY(!docs.allConfirmed());
    QCOMPARE(docs.confirmedCount(), 1);
    docs.clear();
    QVERIFY(!docs.allConfirmed()); // nothing to sign is not "all confirmed"
}

void TestPreviewViewModel::confirmationDropsWhenContentChanges()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.pdf"));
    QVERIFY(writeFile(a, pdfWithPages(1)));
    DocumentsViewModel docs;
    QVERIFY(docs.addPath(a));
    QTRY_VERIFY_WITH_TIMEOUT(docs.allReady(), 10000);
    QVERIFY(docs.confirm(0));
    const QString before = role(docs, 0, DocumentsViewModel::Sha256Role).toString();

    // An explicit re-hash drops the confirmation, even when the content turns out the same.
    docs.rehash(0);
    QVERIFY(!docs.allConfirmed());
    QCOMPARE(role(docs, 0, DocumentsViewModel::StateRole).toString(), QStringLiteral("hashing"));
    QVERIFY(!docs.confirm(0)); // not while hashing
    QTRY_VERIFY_WITH_TIMEOUT(docs.allReady(), 10000);
    QCOMPARE(role(docs, 0, DocumentsViewModel::Sha256Role).toString(), before);
    QVERIFY(!docs.allConfirmed());
    QVERIFY(docs.confirm(0));

    // Changing the file on disk: the watcher re-hashes it and the confirmation is gone.
    QVERIFY(writeFile(a, pdfWithPages(2)));
    QTRY_VERIFY_WITH_TIMEOUT(!docs.allConfirmed(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(docs.allReady(), 10000);
    QVERIFY(role(docs, 0, DocumentsViewModel::Sha256Role).toString() != before);
    QVERIFY(!role(docs, 0, DocumentsViewModel::ConfirmedRole).toBool());
    QVERIFY(role(docs, 0, DocumentsViewModel::ConfirmedSha256Role).toString().isEmpty());
}

void TestPreviewViewModel::pdfPagesAndZoom()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("契約書.pdf"));
    QVERIFY(writeFile(a, pdfWithPages(3)));
    DocumentsViewModel docs;
    QVERIFY(docs.addPath(a));
    PreviewViewModel vm;
    QCOMPARE(vm.status(), QStringLiteral("none"));
    vm.setDocuments(&docs);
    vm.setRow(0);
    QCOMPARE(vm.kind(), QStringLiteral("pdf"));
    QCOMPARE(vm.name(), QStringLiteral("契約書.pdf"));
    QTRY_COMPARE_WITH_TIMEOUT(vm.status(), QStringLiteral("ready"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(vm.canConfirm(), 10000); // once the hash is known
    QCOMPARE(vm.pageCount(), 3);
    QCOMPARE(vm.pageLabel(), QStringLiteral("1 / 3"));
    QCOMPARE(vm.pageWidth(), 300.0);
    QCOMPARE(vm.pageHeight(), 200.0);
    QVERIFY(!vm.canGoPrevious());
    vm.nextPage();
    QCOMPARE(vm.pageLabel(), QStringLiteral("2 / 3"));
    vm.setPageIndex(10);
    QCOMPARE(vm.pageIndex(), 2);
    QVERIFY(!vm.canGoNext());
    vm.previousPage();
    QCOMPARE(vm.pageIndex(), 1);

    QVERIFY(vm.pageSource().startsWith(QStringLiteral("image://sicpage/")));
    const auto id = preview::parsePageImageId(vm.pageSource().mid(QStringLiteral("image://sicpage/").size()));
    QVERIFY(id);
    QCOMPARE(id->path, role(docs, 0, DocumentsViewModel::PathRole).toString());
    QCOMPARE(id->page, 1);

    // Fit width follows the view; zooming leaves it.
    QVERIFY(vm.fitWidth());
    vm.setViewportWidth(600);
    QCOMPARE(vm.zoom(), 2.0);
    QCOMPARE(vm.displayWidth(), 600.0);
    QCOMPARE(vm.displayHeight(), 400.0);
    QCOMPARE(vm.zoomPercent(), 200);
    vm.zoomIn();
    QVERIFY(!vm.fitWidth());
    QCOMPARE(vm.zoom(), 2.5);
    vm.setViewportWidth(300); // no longer fitting: the zoom stays
    QCOMPARE(vm.zoom(), 2.5);
    vm.zoomOut();
    QCOMPARE(vm.zoom(), 2.0);
    for (int i = 0; i < 30; ++i)
        vm.zoomIn();
    QCOMPARE(vm.zoom(), PreviewViewModel::kMaxZoom);
    QVERIFY(!vm.canZoomIn());
    vm.setFitWidth(true);
    QCOMPARE(vm.zoom(), 1.0);

    QVERIFY(!docs.allConfirmed());
    QVERIFY(vm.confirm());
    QVERIFY(vm.confirmed());
    QVERIFY(!vm.canConfirm());
    QVERIFY(docs.allConfirmed());
    QVERIFY(vm.confirmHint().contains(vm.sha256()));
    vm.withdrawConfirmation();
    QVERIFY(!docs.allConfirmed());
}

void TestPreviewViewModel::xmlShiftJis()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("請求書.xml"));
    QVERIFY(writeFile(a,
                      "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><invoice><item>\x93\xFA\x96\x7B\x8C\xEA"
                      "</item><note>\x95\x5C</note></invoice>"));
    DocumentsViewModel docs;
    QVERIFY(docs.addPath(a));
    PreviewViewModel vm;
    vm.setDocuments(&docs);
    vm.setRow(0);
    QCOMPARE(vm.kind(), QStringLiteral("xml"));
    QTRY_COMPARE_WITH_TIMEOUT(vm.status(), QStringLiteral("ready"), 10000);
    QVERIFY2(vm.xmlText().contains(QStringLiteral("  <item>日本語</item>\n  <note>表</note>")),
             qPrintable(vm.xmlText()));
    QVERIFY(vm.xmlNote().contains(QStringLiteral("Shift_JIS")));
    QVERIFY(!vm.xmlTruncated());
    QCOMPARE(vm.pageCount(), 0);
    QVERIFY(vm.pageSource().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(vm.canConfirm(), 10000);
}

void TestPreviewViewModel::otherFileMetadata()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("memo.txt"));
    QVERIFY(writeFile(a, QByteArray(2048, 'x')));
    DocumentsViewModel docs;
    QVERIFY(docs.addPath(a));
    QTRY_VERIFY_WITH_TIMEOUT(docs.allReady(), 10000);
    PreviewViewModel vm;
    vm.setDocuments(&docs);
    vm.setRow(0);
    QCOMPARE(vm.kind(), QStringLiteral("other"));
    QTRY_COMPARE_WITH_TIMEOUT(vm.status(), QStringLiteral("ready"), 10000);
    QVERIFY2(vm.fileSize().contains(QStringLiteral("2,048 bytes")), qPrintable(vm.fileSize()));
    QVERIFY2(vm.fileType().contains(QStringLiteral("text/plain")), qPrintable(vm.fileType()));
    QVERIFY(!vm.modified().isEmpty());
    QCOMPARE(vm.sha256(), role(docs, 0, DocumentsViewModel::Sha256Role).toString());
    QCOMPARE(vm.sha256().size(), 64);
    QVERIFY(vm.xmlText().isEmpty());
    QVERIFY(vm.canConfirm());
}

// Beyond what can be shown as text (32 MiB) an XML document is still signable: it is judged by
// its details, like any file that is not shown, and says why.
void TestPreviewViewModel::largeXmlShowsDetails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.xml"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray row = "<entry>" + QByteArray(1000, 'x') + "</entry>\n";
        f.write("<ledger>\n");
        while (f.size() <= 33ll * 1024 * 1024)
            QVERIFY(f.write(row) == row.size());
        f.write("</ledger>\n");
    }
    DocumentsViewModel docs;
    QVERIFY(docs.addPath(path));
    QTRY_VERIFY_WITH_TIMEOUT(docs.allReady(), 30000);
    PreviewViewModel vm;
    vm.setDocuments(&docs);
    vm.setRow(0);
    QCOMPARE(vm.kind(), QStringLiteral("xml"));
    QTRY_COMPARE_WITH_TIMEOUT(vm.status(), QStringLiteral("ready"), 30000);
    QVERIFY(vm.metadataOnly());
    QVERIFY(vm.xmlText().isEmpty());
    QVERIFY2(vm.xmlNote().contains(QStringLiteral("too large")), qPrintable(vm.xmlNote()));
    QVERIFY2(vm.xmlNote().contains(QStringLiteral("SHA-256")), qPrintable(vm.xmlNote()));
    QCOMPARE(vm.sha256(), role(docs, 0, DocumentsViewModel::Sha256Role).toString());
    QVERIFY(vm.canConfirm());
    QVERIFY(vm.confirm());
    QVERIFY(role(docs, 0, DocumentsViewModel::ConfirmedRole).toBool());

    // A small XML document is shown as text, not as details.
    const QString small = dir.filePath(QStringLiteral("small.xml"));
    QVERIFY(writeFile(small, "<a><b>1</b></a>"));
    QVERIFY(docs.addPath(small));
    QTRY_VERIFY_WITH_TIMEOUT(docs.allReady(), 10000);
    vm.setRow(1);
    QTRY_COMPARE_WITH_TIMEOUT(vm.status(), QStringLiteral("ready"), 10000);
    QVERIFY(!vm.metadataOnly());
    QVERIFY(vm.xmlText().contains(QStringLiteral("<b>1</b>")));
}

void TestPreviewViewModel::errorsCannotBeConfirmed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("encrypted pdf") << QStringLiteral("locked.pdf") << QByteArray()
                                   << QStringLiteral("password");
    QTest::newRow("damaged pdf") << QStringLiteral("broken.pdf") << QByteArray("%PDF-1.7\nnothing here\n")
                                 << QStringLiteral("PDF");
    QTest::newRow("xxe") << QStringLiteral("xxe.xml")
                         << QByteArray("<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>")
                         << QStringLiteral("entities");
    QTest::newRow("not well-formed") << QStringLiteral("bad.xml") << QByteArray("<a><b></a>")
                                     << QStringLiteral("well-formed");
}

void TestPreviewViewModel::errorsCannotBeConfirmed()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    if (content.isEmpty()) {
        const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
        QVERIFY(writeFile(plain, pdfWithPages(1)));
        const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
        if (qpdf.isEmpty())
            QFAIL("qpdf is not installed (see .ci/install-deps)");
        QCOMPARE(
            QProcess::execute(qpdf, {QStringLiteral("--encrypt"), QStringLiteral("u"), QStringLiteral("o"),
                                     QStringLiteral("256"), QStringLiteral("--"), plain, path}),
            0);
    } else {
        QVERIFY(writeFile(path, content));
    }
    DocumentsViewModel docs;
    QVERIFY(docs.addPath(path));
    QTRY_VERIFY_WITH_TIMEOUT(docs.allReady(), 10000);
    PreviewViewModel vm;
    vm.setDocuments(&docs);
    vm.setRow(0);
    QTRY_COMPARE_WITH_TIMEOUT(vm.status(), QStringLiteral("error"), 10000);
    QVERIFY2(vm.errorMessage().contains(message), qPrintable(vm.errorMessage()));
    QVERIFY(!vm.fileSize().isEmpty()); // the details are still shown
    QVERIFY(!vm.canConfirm());
    QVERIFY(!vm.confirm());
    QVERIFY(!docs.allConfirmed());
    QVERIFY(vm.confirmHint().contains(QStringLiteral("cannot be confirmed")));
}

void TestPreviewViewModel::previewFollowsTheFile()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.pdf"));
    QVERIFY(writeFile(a, pdfWithPages(3)));
    DocumentsViewModel docs;
    QVERIFY(docs.addPath(a));
    PreviewViewModel vm;
    vm.setDocuments(&docs);
    vm.setRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(vm.canConfirm(), 10000);
    QVERIFY(vm.confirm());
    const QString oldSource = vm.pageSource();

    // Someone edits the file while it is on screen: the preview shows the new content and asks
    // for a new confirmation.
    QVERIFY(writeFile(a, pdfWithPages(5)));
    QTRY_VERIFY_WITH_TIMEOUT(!vm.confirmed(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(vm.pageCount(), 5, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(vm.canConfirm(), 10000);
    QVERIFY(vm.pageSource() != oldSource);
    QVERIFY(!docs.allConfirmed());

    // The document leaves the list: the preview empties.
    QSignalSpy documentChanged(&vm, &PreviewViewModel::documentChanged);
    docs.remove(0);
    QVERIFY(documentChanged.count() >= 1);
    QCOMPARE(vm.row(), -1);
    QCOMPARE(vm.status(), QStringLiteral("none"));
    QVERIFY(vm.pageSource().isEmpty());
    QVERIFY(!vm.confirm());
}

void TestPreviewViewModel::batchNavigation()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.pdf"));
    const QString b = dir.filePath(QStringLiteral("b.xml"));
    const QString c = dir.filePath(QStringLiteral("c.pdf"));
    QVERIFY(writeFile(a, pdfWithPages(1)));
    QVERIFY(writeFile(b, "<b/>"));
    QVERIFY(writeFile(c, pdfWithPages(2)));
    DocumentsViewModel docs;
    QCOMPARE(docs.addUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b), QUrl::fromLocalFile(c)}), 3);
    QTRY_VERIFY_WITH_TIMEOUT(docs.allReady(), 10000);
    PreviewViewModel vm;
    vm.setDocuments(&docs);
    vm.setRow(0);
    QCOMPARE(vm.position(), QStringLiteral("Document 1 of 3"));
    QVERIFY(!vm.hasPreviousDocument());
    // Each one is reviewed and confirmed in turn; there is no way to confirm the batch at once.
    for (int i = 0; i < 3; ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(vm.canConfirm(), 10000);
        QCOMPARE(docs.confirmedCount(), i);
        QVERIFY(vm.confirm());
        vm.nextDocument();
    }
    QCOMPARE(vm.row(), 2);
    QCOMPARE(vm.position(), QStringLiteral("Document 3 of 3"));
    QVERIFY(!vm.hasNextDocument());
    QVERIFY(docs.allConfirmed());
    QCOMPARE(DocumentsViewModel::staticMetaObject.indexOfMethod("confirmAll()"), -1);

    // Removing the first document keeps the preview on the same file, now at row 1.
    docs.remove(0);
    QCOMPARE(vm.row(), 1);
    QCOMPARE(vm.path(), role(docs, 1, DocumentsViewModel::PathRole).toString());
    QCOMPARE(vm.position(), QStringLiteral("Document 2 of 2"));
    vm.previousDocument();
    QCOMPARE(vm.kind(), QStringLiteral("xml"));
}

QTEST_GUILESS_MAIN(TestPreviewViewModel)
#include "tst_previewviewmodel.moc"
