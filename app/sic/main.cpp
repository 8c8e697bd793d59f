#include "appcontext.h"
#include "pagesource.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <utility>

Q_IMPORT_QML_PLUGIN(SicPlugin)
Q_IMPORT_QML_PLUGIN(Sic_UiPlugin)

namespace {

// The UI language: the one chosen in the settings, else the system's when it is Japanese,
// else English.
void applyLanguage(QTranslator &translator, const QString &setting)
{
    QCoreApplication::removeTranslator(&translator);
    const QLocale locale = setting.isEmpty() ? QLocale() : QLocale(setting);
    const QString lang = locale.language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
    if (translator.load(QStringLiteral(":/i18n/sic_") + lang))
        QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(lang));
}

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

    auto context = sic::ui::AppContext::forPlatform();
    QTranslator translator;
    applyLanguage(translator, context->settingsStore().load().language);

    // Files named on the command line (or by a desktop "open with") become documents to sign.
    app.installEventFilter(context.get());
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Documents to sign."),
                                 QStringLiteral("[FILE...]"));
#ifdef SIC_DEV_SUPPORT
    // The README demo's account card: only a development build shows it (SIC_DEV_SUPPORT).
    const QCommandLineOption demoAccount(
        QStringLiteral("demo-account"),
        QStringLiteral("The development RSSP's init JSON: its demo user is shown at login."),
        QStringLiteral("FILE"));
    parser.addOption(demoAccount);
#endif
    parser.addHelpOption();
    parser.process(app);
#ifdef SIC_DEV_SUPPORT
    context->setDemoAccountFile(parser.value(demoAccount));
#endif
    QList<QUrl> files;
    for (const QString &arg : parser.positionalArguments())
        files << QUrl::fromUserInput(arg, QDir::currentPath(), QUrl::AssumeLocalFile);
    context->intake(files);

    QQmlApplicationEngine engine;
    // Qt 6.4 puts the modules' qmldir files at the resource root; later versions use :/qt/qml.
    engine.addImportPath(QStringLiteral("qrc:/"));
    sic::qmlui::installImageProviders(engine);
    QObject::connect(context.get(), &sic::ui::AppContext::settingsChanged, &engine, [&] {
        applyLanguage(translator, context->settingsStore().load().language);
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
