#pragma once

#include <QString>
#include <QTranslator>

namespace sic::ui {

// The UI language, applied in one place for the app and the tools that render its screens: the
// language chosen in the settings, else the system's when it is Japanese, else English. It loads
// the app's own translation (:/i18n/sic_<lang>) and Qt's (the strings of Qt's own dialogs, from
// qt6-translations-l10n), and sets the default locale that dates and numbers follow.
class UiLanguage
{
public:
    UiLanguage() = default;
    ~UiLanguage();
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

    // `setting` is AppSettings::language: "ja", "en" or empty (the system's). Returns "ja" or "en".
    QString apply(const QString &setting);
    // The language a setting resolves to, without applying it.
    static QString resolve(const QString &setting);

private:
    QTranslator m_app;
    QTranslator m_qt;
};

} // namespace sic::ui
