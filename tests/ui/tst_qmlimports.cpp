// Every QML file the app ships, compiled by QQmlComponent on this machine: an import that does not
// resolve (a QML module missing from .ci/install-deps) fails here instead of at the user's first
// click. The file dialogs are also opened, because Qt Quick Dialogs loads its own dialog (and its
// imports, Qt.labs.folderlistmodel among them) only then; where the platform has no native dialog
// (offscreen here, a bare X server) that dialog is what the user sees, so its buttons, proposed
// name and folder are checked too.
#include "appcontext.h"
#include "uilanguage.h"

#include <QDir>
#include <QDirIterator>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SicPlugin)
Q_IMPORT_QML_PLUGIN(Sic_UiPlugin)

using namespace sic;
using namespace sic::ui;

namespace {

QStringList *g_messages = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &msg)
{
    if (type != QtDebugMsg && type != QtInfoMsg && g_messages &&
        !msg.contains(QLatin1String("XDG_RUNTIME_DIR")))
        g_messages->append(msg);
}

void collect(QQuickItem *item, QList<QQuickItem *> &out)
{
    out.append(item);
    for (QQuickItem *child : item->childItems())
        collect(child, out);
}

QQuickItem *findItem(QQuickWindow *window, const QString &objectName)
{
    QList<QQuickItem *> all;
    collect(window->contentItem(), all);
    for (QQuickItem *item : all) {
        if (item->objectName() == objectName && item->isVisible())
            return item;
    }
    return nullptr;
}

// The texts of the visible buttons of Qt's own dialog (its DialogButtonBox).
QStringList buttonTexts(QQuickWindow *window)
{
    QList<QQuickItem *> all;
    collect(window->contentItem(), all);
    QStringList out;
    for (QQuickItem *item : all) {
        if (item->isVisible() && item->inherits("QQuickAbstractButton")) {
            for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
                if (p->inherits("QQuickDialogButtonBox")) {
                    out << item->property("text").toString();
                    break;
                }
            }
        }
    }
    return out;
}

} // namespace

class TestQmlImports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyShippedFileIsInTheModule();
    void everyFileCompiles_data();
    void everyFileCompiles();
    void fileDialogsOpen_data();
    void fileDialogsOpen();

private:
    QStringList shippedFiles() const;

    QStringList m_messages;
};

void TestQmlImports::initTestCase()
{
    g_messages = &m_messages;
    qInstallMessageHandler(collectWarnings);
}

void TestQmlImports::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
    g_messages = nullptr;
}

// The module's files as compiled into the app (Qt 6.4: qrc:/Sic/...).
QStringList TestQmlImports::shippedFiles() const
{
    QStringList files;
    QDirIterator it(QStringLiteral(":/Sic"), {QStringLiteral("*.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next().mid(QStringLiteral(":/Sic/").size());
    files.sort();
    return files;
}

void TestQmlImports::everyShippedFileIsInTheModule()
{
    // A QML file in qml/ that the module does not list would not be in the app at all.
    const QString source = qEnvironmentVariable("SIC_SOURCE_DIR") + QStringLiteral("/qml");
    QDirIterator it(source, {QStringLiteral("*.qml")}, QDir::Files, QDirIterator::Subdirectories);
    const QStringList shipped = shippedFiles();
    QVERIFY2(shipped.size() > 20, qPrintable(shipped.join(u' ')));
    int seen = 0;
    while (it.hasNext()) {
        const QString rel = QDir(source).relativeFilePath(it.next());
        QVERIFY2(shipped.contains(rel), qPrintable(rel + QStringLiteral(" is not in the module Sic")));
        ++seen;
    }
    QCOMPARE(seen, shipped.size());
}

void TestQmlImports::everyFileCompiles_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &f : shippedFiles())
        QTest::newRow(qPrintable(f)) << f;
}

void TestQmlImports::everyFileCompiles()
{
    QFETCH(QString, file);
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    m_messages.clear();
    QQmlComponent component(&engine, QUrl(QStringLiteral("qrc:/Sic/") + file));
    QTRY_VERIFY(!component.isLoading());
    QVERIFY2(component.isReady(), qPrintable(component.errorString()));
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
}

void TestQmlImports::fileDialogsOpen_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("accept");
    QTest::addColumn<QString>("reject");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("open en") << "en"
                             << "OpenFilesDialog"
                             << "Add"
                             << "Cancel"
                             << "";
    QTest::newRow("save en") << "en"
                             << "SaveFileDialog"
                             << "Save"
                             << "Cancel"
                             << "report.pdf";
    QTest::newRow("open ja") << "ja"
                             << "OpenFilesDialog"
                             << "追加"
                             << "キャンセル"
                             << "";
    QTest::newRow("save ja") << "ja"
                             << "SaveFileDialog"
                             << "保存"
                             << "キャンセル"
                             << "report.pdf";
}

void TestQmlImports::fileDialogsOpen()
{
    QFETCH(QString, lang);
    QFETCH(QString, component);
    QFETCH(QString, accept);
    QFETCH(QString, reject);
    QFETCH(QString, fileName);
    UiLanguage language;
    language.apply(lang);

    QTemporaryDir dir;
    const QString docs = dir.filePath(QStringLiteral("docs"));
    QVERIFY(QDir().mkpath(docs));
    QFile pdf(docs + QStringLiteral("/contract.pdf"));
    QVERIFY(pdf.open(QIODevice::WriteOnly));
    pdf.write("%PDF-1.7\n");
    pdf.close();
    AppContext context(
        SettingsStore(dir.filePath(QStringLiteral("settings.ini")), dir.filePath(QStringLiteral("p.ini"))),
        dir.filePath(QStringLiteral("history.jsonl")), SystemClock::instance());
    context.rememberFolderOf(QUrl::fromLocalFile(docs + QStringLiteral("/contract.pdf")));

    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    m_messages.clear();
    QQmlComponent window(&engine);
    window.setData(
        QStringLiteral("import QtQuick\nimport Sic\nWindow { width: 800; height: 600; visible: true\n"
                       "  property alias dialog: d\n  %1 { id: d } }\n")
            .arg(component)
            .toUtf8(),
        QUrl(QStringLiteral("qrc:/tst_qmlimports.qml")));
    std::unique_ptr<QObject> root(window.createWithInitialProperties({}));
    QVERIFY2(root, qPrintable(window.errorString()));
    auto *win = qobject_cast<QQuickWindow *>(root.get());
    QVERIFY(win);
    QVERIFY(QTest::qWaitForWindowExposed(win));
    QObject *dialog = root->property("dialog").value<QObject *>();
    QVERIFY(dialog);
    dialog->setProperty("context", QVariant::fromValue(&context));
    if (fileName.isEmpty())
        QVERIFY(QMetaObject::invokeMethod(dialog, "openHere"));
    else
        QVERIFY(QMetaObject::invokeMethod(dialog, "openWithName", Q_ARG(QVariant, fileName)));

    // Qt's own dialog, in this window (offscreen has no native one).
    QQuickItem *list = nullptr;
    QTRY_VERIFY2((list = findItem(win, QStringLiteral("fileDialogListView"))),
                 qPrintable(QStringLiteral("Qt's file dialog did not open: ") + m_messages.join(u'\n')));
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
    QCOMPARE(dialog->property("currentFolder").toUrl(), QUrl::fromLocalFile(docs));
    QTRY_COMPARE(buttonTexts(win), (QStringList{accept, reject}));
    if (!fileName.isEmpty()) {
        QQuickItem *name = findItem(win, QStringLiteral("fileNameTextField"));
        QVERIFY2(name, "no file name field in the Save dialog");
        QCOMPARE(name->property("text").toString(), fileName);
        QCOMPARE(dialog->property("selectedFile").toUrl(), QUrl::fromLocalFile(docs + u'/' + fileName));
    }
    // Its own labels ("File name", "Filter") in the UI language.
    QList<QQuickItem *> all;
    collect(win->contentItem(), all);
    bool filterLabel = false;
    for (QQuickItem *item : all) {
        if (item->isVisible() && item->inherits("QQuickLabel") &&
            item->property("text").toString() ==
                (lang == u"ja" ? QStringLiteral("フィルター") : QStringLiteral("Filter")))
            filterLabel = true;
    }
    QVERIFY2(filterLabel, "the dialog's Filter label is not in the UI language");
    QMetaObject::invokeMethod(dialog, "close");
}

QTEST_MAIN(TestQmlImports)
#include "tst_qmlimports.moc"
