#include "appcontext.h"
#include "pagesource.h"
#include "uilanguage.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <utility>

Q_IMPORT_QML_PLUGIN(SicPlugin)
Q_IMPORT_QML_PLUGIN(Sic_UiPlugin)

namespace {

// tests/bench/bench-launch.sh measures the time to the first frame: with SIC_BENCH_FIRST_FRAME set,
// the app prints the milliseconds from main() to the first frame on screen, then quits.
void benchFirstFrame(QQmlApplicationEngine &engine, const QElapsedTimer &sinceMain)
{
    if (qEnvironmentVariableIsEmpty("SIC_BENCH_FIRST_FRAME") || engine.rootObjects().isEmpty())
        return;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&sinceMain] {
            static bool printed = false;
            if (std::exchange(printed, true))
                return;
            std::printf("first-frame-ms %lld\n", static_cast<long long>(sinceMain.elapsed()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        },
        Qt::QueuedConnection);
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("sic"));
    QGuiApplication::setOrganizationName(QStringLiteral("sic"));
    QGuiApplication::setApplicationVersion(QStringLiteral(SIC_VERSION));
    // Wayland compositors and desktop shells match the window to its desktop entry by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral(SIC_APP_ID));

    // Files named on the command line (or by a desktop "open with" and the desktop entry's Sign and
    // Verify actions) become documents to sign, or with --verify files to verify. Parsed before
    // anything touches the user's folders, so that --help and --version write nothing.
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Remote-signature client and verifier."));
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("Documents to sign (or, with --verify, to verify)."),
                                 QStringLiteral("[FILE...]"));
    const QCommandLineOption sign(QStringLiteral("sign"),
                                  QStringLiteral("Open the files on the Sign screen (the default)."));
    const QCommandLineOption verify(QStringLiteral("verify"),
                                    QStringLiteral("Open the files on the Verify screen and verify them."));
    parser.addOptions({sign, verify});
#ifdef SIC_DEV_SUPPORT
    // The README demo's account card: only a development build shows it (SIC_DEV_SUPPORT).
    const QCommandLineOption demoAccount(
        QStringLiteral("demo-account"),
        QStringLiteral("The development RSSP's init JSON: its demo user is shown at login."),
        QStringLiteral("FILE"));
    parser.addOption(demoAccount);
#endif
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    if (parser.isSet(sign) && parser.isSet(verify)) {
        std::fprintf(stderr, "sic: --sign and --verify exclude each other\n");
        return 3;
    }

    auto context = sic::ui::AppContext::forPlatform();
    sic::ui::UiLanguage language;
    language.apply(context->settingsStore().load().language);

    app.installEventFilter(context.get());
#ifdef SIC_DEV_SUPPORT
    context->setDemoAccountFile(parser.value(demoAccount));
#endif
    QList<QUrl> files;
    for (const QString &arg : parser.positionalArguments())
        files << QUrl::fromUserInput(arg, QDir::currentPath(), QUrl::AssumeLocalFile);
    if (parser.isSet(verify))
        context->intakeForVerify(files);
    else
        context->intake(files);

    QQmlApplicationEngine engine;
    // Qt 6.4 puts the modules' qmldir files at the resource root; later versions use :/qt/qml.
    engine.addImportPath(QStringLiteral("qrc:/"));
    sic::qmlui::installImageProviders(engine);
    QObject::connect(context.get(), &sic::ui::AppContext::settingsChanged, &engine, [&] {
        language.apply(context->settingsStore().load().language);
        engine.retranslate();
    });
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.setInitialProperties({{QStringLiteral("context"), QVariant::fromValue(context.get())}});
    engine.load(QUrl(QStringLiteral("qrc:/Sic/Main.qml")));
    benchFirstFrame(engine, sinceMain);
    return app.exec();
}
