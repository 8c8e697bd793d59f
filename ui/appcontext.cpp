#include "appcontext.h"

#include <QDir>
#include <QStandardPaths>

namespace sic::ui {

AppContext::AppContext(SettingsStore settings, QString historyPath, const Clock &clock, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_history(std::move(historyPath), clock),
      m_clock(clock)
{}

std::unique_ptr<AppContext> AppContext::forPlatform()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(data);
    return std::make_unique<AppContext>(SettingsStore::forPlatform(), data + QStringLiteral("/history.jsonl"),
                                        SystemClock::instance());
}

} // namespace sic::ui
