// Renders each screen of the app, in Japanese and English, at 1280x800 and 390x844, to PNG files.
// Exits non-zero when QML reports an error or a screen fails to render, so it doubles as a test.
#include "appcontext.h"
#include "latinscript.h"
#include "pagesource.h"
#include "samplepdf.h"
#include "uilanguage.h"
#include "verifysamples.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QThread>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(SicPlugin)
Q_IMPORT_QML_PLUGIN(Sic_UiPlugin)

namespace {

int g_qmlErrors = 0;
int g_latinWords = 0;

// A Japanese screen with English on it counts as an error (tests/ui/latinscript.h).
void checkJapanese(QQuickWindow *window, const QString &lang, const QString &screen)
{
    if (lang != QLatin1String("ja"))
        return;
    for (const QString &w : sic::test::latinWordsShown(window)) {
        std::fprintf(stderr, "English on the Japanese screen %s: %s\n", qPrintable(screen), qPrintable(w));
        ++g_latinWords;
    }
}

void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &msg)
{
    if (msg.contains(QLatin1String("XDG_RUNTIME_DIR")))
        return;
    if (type != QtDebugMsg && type != QtInfoMsg)
        ++g_qmlErrors;
    std::fprintf(stderr, "%s\n", qPrintable(msg));
}

// A history with entries in both scripts, and an administrator policy that locks one setting, so
// that the screens show their real states.
void seed(const QString &dir, const sic::Clock &clock)
{
    sic::History history(dir + QStringLiteral("/history.jsonl"), clock);
    sic::HistoryEntry e;
    e.action = QStringLiteral("sign");
    e.document = QStringLiteral("業務委託契約書.pdf");
    e.output = QStringLiteral("業務委託契約書-signed.pdf");
    e.credential = QStringLiteral("cred-rsa2048-totp");
    e.signer = QStringLiteral("CN=山田 太郎, O=株式会社テスト, C=JP");
    e.level = QStringLiteral("PAdES B-T");
    e.result = QStringLiteral("ok");
    (void)history.record(e);
    e.document = QStringLiteral("invoice-2026-11.xml");
    e.output = QStringLiteral("invoice-2026-11-signed.xml");
    e.level = QStringLiteral("XAdES B-T");
    e.result = QStringLiteral("failed");
    e.reason = QStringLiteral("ワンタイムパスワードが正しくありません（残り 4 回）。");
    (void)history.record(e);
    QFile policy(dir + QStringLiteral("/policy.ini"));
    if (policy.open(QIODevice::WriteOnly))
        policy.write("[General]\nidleTimeoutMinutes=10\n");
}

// Two documents to sign, the PDF already checked, for the documents list and the previews.
void seedDocuments(const QString &dir, sic::ui::DocumentsViewModel &documents)
{
    QFile pdf(dir + QStringLiteral("/contract.pdf"));
    if (pdf.open(QIODevice::WriteOnly))
        pdf.write(sic::test::samplePdf(
            {{QStringLiteral("Service Agreement"), QStringLiteral("Between Example Corp. and Test Co., Ltd."),
              QStringLiteral("1. Scope: maintenance of the signing service."),
              QStringLiteral("2. Term: 1 December 2026 to 30 November 2027."),
              QStringLiteral("3. Fee: JPY 120,000 per month, payable monthly.")},
             {QStringLiteral("Signatures"), QStringLiteral("For Example Corp.: ____________")}},
            595, 842));
    pdf.close();
    // The documents of the README's demo (.ci/demo): contract.pdf and this Japanese invoice.
    QFile xml(dir + QStringLiteral("/invoice.xml"));
    if (xml.open(QIODevice::WriteOnly))
        xml.write(
            QStringLiteral(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<請求書 番号=\"2026-001\"><宛先>株式会社テスト"
                "</宛先><金額 通貨=\"JPY\">110000</金額></請求書>\n")
                .toUtf8());
    xml.close();
    documents.addPath(pdf.fileName());
    documents.addPath(xml.fileName());
    for (int i = 0; i < 500 && !documents.allReady(); ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(10);
    }
    documents.confirm(0);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    qInstallMessageHandler(messageHandler);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(outDir);

    QTemporaryDir state;
    const sic::ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    seed(state.path(), clock);
    sic::ui::AppContext context(sic::SettingsStore(state.filePath(QStringLiteral("settings.ini")),
                                                   state.filePath(QStringLiteral("policy.ini"))),
                                state.filePath(QStringLiteral("history.jsonl")), clock);
    seedDocuments(state.path(), *context.documents());

    const QStringList pages{QStringLiteral("start"), QStringLiteral("sign-documents"),
                            QStringLiteral("verify"), QStringLiteral("history"), QStringLiteral("settings")};
    // Signed with the test PKI when it has been made (CTest fixture "pki"), for the verify results.
    const QString pkiDir = qEnvironmentVariable("SIC_BUILD_DIR", QCoreApplication::applicationDirPath() +
                                                                     QStringLiteral("/../..")) +
                           QStringLiteral("/test-pki");
    const sic::test::VerifySamples verifySamples = sic::test::makeVerifySamples(state.path(), pkiDir);
    if (verifySamples.files.isEmpty())
        std::fprintf(stderr, "note: no verify-results screens: %s\n", qPrintable(verifySamples.problem));
    const QList<QSize> sizes{QSize(1280, 800), QSize(390, 844)};
    int rendered = 0;
    for (const QString &lang : {QStringLiteral("ja"), QStringLiteral("en")}) {
        sic::ui::UiLanguage language;
        language.apply(lang);
        for (const QSize &size : sizes) {
            for (int page = 0; page < pages.size(); ++page) {
                QQmlApplicationEngine engine;
                engine.addImportPath(QStringLiteral("qrc:/"));
                sic::qmlui::installImageProviders(engine);
                engine.setInitialProperties({{QStringLiteral("context"), QVariant::fromValue(&context)}});
                engine.load(QUrl(QStringLiteral("qrc:/Sic/Main.qml")));
                if (engine.rootObjects().isEmpty())
                    return 1;
                auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
                window->resize(size);
                window->setProperty("currentPage", page);
                for (int i = 0; i < 20; ++i) {
                    QCoreApplication::processEvents();
                    QThread::msleep(10);
                }
                const QImage image = window->grabWindow();
                checkJapanese(window, lang, pages[page]);
                const QString file = QStringLiteral("%1/%2-%3-%4x%5.png")
                                         .arg(outDir, pages[page], lang)
                                         .arg(size.width())
                                         .arg(size.height());
                if (image.isNull() || !image.save(file)) {
                    std::fprintf(stderr, "could not render %s\n", qPrintable(file));
                    return 1;
                }
                ++rendered;
            }
            // The preview of each seeded document, opened from the documents list.
            for (const auto &[row, name] : {std::pair{0, QStringLiteral("sign-preview-pdf")},
                                            std::pair{1, QStringLiteral("sign-preview-xml")}}) {
                QQmlApplicationEngine engine;
                engine.addImportPath(QStringLiteral("qrc:/"));
                sic::qmlui::installImageProviders(engine);
                engine.setInitialProperties({{QStringLiteral("context"), QVariant::fromValue(&context)}});
                engine.load(QUrl(QStringLiteral("qrc:/Sic/Main.qml")));
                if (engine.rootObjects().isEmpty())
                    return 1;
                auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
                window->resize(size);
                window->setProperty("currentPage", int(pages.indexOf(QStringLiteral("sign-documents"))));
                QCoreApplication::processEvents();
                QObject *documentsPage = window->findChild<QObject *>(QStringLiteral("documentsPage"));
                if (!documentsPage || !QMetaObject::invokeMethod(documentsPage, "openPreview",
                                                                 Q_ARG(QVariant, QVariant(row)))) {
                    std::fprintf(stderr, "could not open the preview of document %d\n", row);
                    return 1;
                }
                // The page renders on the provider's threads.
                for (int i = 0; i < 150; ++i) {
                    QCoreApplication::processEvents();
                    QThread::msleep(10);
                }
                const QImage image = window->grabWindow();
                checkJapanese(window, lang, name);
                const QString file = QStringLiteral("%1/%2-%3-%4x%5.png")
                                         .arg(outDir, name, lang)
                                         .arg(size.width())
                                         .arg(size.height());
                if (image.isNull() || !image.save(file)) {
                    std::fprintf(stderr, "could not render %s\n", qPrintable(file));
                    return 1;
                }
                ++rendered;
            }
            // "Add files": the file dialog where the desktop has none of its own (Qt's, as offscreen),
            // opened in the documents' folder.
            {
                QQmlApplicationEngine engine;
                engine.addImportPath(QStringLiteral("qrc:/"));
                sic::qmlui::installImageProviders(engine);
                engine.setInitialProperties({{QStringLiteral("context"), QVariant::fromValue(&context)}});
                engine.load(QUrl(QStringLiteral("qrc:/Sic/Main.qml")));
                if (engine.rootObjects().isEmpty())
                    return 1;
                auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
                window->resize(size);
                window->setProperty("currentPage", int(pages.indexOf(QStringLiteral("sign-documents"))));
                QCoreApplication::processEvents();
                context.rememberFolderOf(QUrl::fromLocalFile(state.filePath(QStringLiteral("contract.pdf"))));
                QObject *dialog = window->findChild<QObject *>(QStringLiteral("documentsFileDialog"));
                if (!dialog || !QMetaObject::invokeMethod(dialog, "openHere")) {
                    std::fprintf(stderr, "could not open the file dialog\n");
                    return 1;
                }
                for (int i = 0; i < 60; ++i) {
                    QCoreApplication::processEvents();
                    QThread::msleep(10);
                }
                const QImage image = window->grabWindow();
                checkJapanese(window, lang, QStringLiteral("sign-file-dialog"));
                const QString file = QStringLiteral("%1/sign-file-dialog-%2-%3x%4.png")
                                         .arg(outDir, lang)
                                         .arg(size.width())
                                         .arg(size.height());
                if (image.isNull() || !image.save(file)) {
                    std::fprintf(stderr, "could not render %s\n", qPrintable(file));
                    return 1;
                }
                ++rendered;
            }
            if (!verifySamples.files.isEmpty()) {
                if (!sic::test::renderVerifyResults(outDir, lang, size, verifySamples)) {
                    std::fprintf(stderr, "could not render the verify results\n");
                    return 1;
                }
                ++rendered;
            }
        }
    }
    std::printf(
        "rendered %d screens into %s; %d QML warnings or errors; %d English words on Japanese screens\n",
        rendered, qPrintable(outDir), g_qmlErrors, g_latinWords);
    return g_qmlErrors == 0 && g_latinWords == 0 ? 0 : 1;
}
