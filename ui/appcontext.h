#pragma once

#include "base/clock.h"
#include "journal/history.h"
#include "settings/settings.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace sic::ui {

// What every screen shares: the settings, the signing history and the clock. main() makes one for
// the platform and hands it to the root window; tests make one over temporary files and a
// ManualClock. View models take it as their `context` property instead of reaching for a singleton.
class AppContext : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by main() or by tests")
public:
    AppContext(SettingsStore settings, QString historyPath, const Clock &clock, QObject *parent = nullptr);
    static std::unique_ptr<AppContext> forPlatform();

    const SettingsStore &settingsStore() const { return m_settings; }
    const History &history() const { return m_history; }
    const Clock &clock() const { return m_clock; }

signals:
    // Emitted after settings were saved, so that screens showing them reload.
    void settingsChanged();
    // Emitted after a history entry was recorded.
    void historyChanged();

private:
    SettingsStore m_settings;
    History m_history;
    const Clock &m_clock;
};

} // namespace sic::ui
