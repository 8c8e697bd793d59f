#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace sic::ui {

UiLanguage::~UiLanguage()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
}

QString UiLanguage::resolve(const QString &setting)
{
    const QLocale locale = setting.isEmpty() ? QLocale() : QLocale(setting);
    return locale.language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QString UiLanguage::apply(const QString &setting)
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    const QString lang = resolve(setting);
    // Qt's first, so that the app's own strings win where both translate a context.
    if (m_qt.load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (m_app.load(QStringLiteral(":/i18n/sic_") + lang))
        QCoreApplication::installTranslator(&m_app);
    QLocale::setDefault(QLocale(lang));
    return lang;
}

} // namespace sic::ui
