#include "appcontext.h"

#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

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

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("sic"));
    QGuiApplication::setOrganizationName(QStringLiteral("sic"));

    auto context = sic::ui::AppContext::forPlatform();
    QTranslator translator;
    applyLanguage(translator, context->settingsStore().load().language);

    // Files named on the command line (or by a desktop "open with") become documents to sign.
    app.installEventFilter(context.get());
    QList<QUrl> files;
    for (const QString &arg : QCoreApplication::arguments().mid(1))
        files << QUrl::fromUserInput(arg, QDir::currentPath(), QUrl::AssumeLocalFile);
    context->intake(files);

    QQmlApplicationEngine engine;
    // Qt 6.4 puts the modules' qmldir files at the resource root; later versions use :/qt/qml.
    engine.addImportPath(QStringLiteral("qrc:/"));
    QObject::connect(context.get(), &sic::ui::AppContext::settingsChanged, &engine, [&] {
        applyLanguage(translator, context->settingsStore().load().language);
        engine.retranslate();
    });
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.setInitialProperties({{QStringLiteral("context"), QVariant::fromValue(context.get())}});
    engine.load(QUrl(QStringLiteral("qrc:/Sic/Main.qml")));
    return app.exec();
}
