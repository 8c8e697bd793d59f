#include "appcontext.h"

#include "engine/outcome.h"

#include "documentsviewmodel.h"

#include <QDir>
#include <QFileOpenEvent>
#include <QStandardPaths>

namespace sic::ui {

AppContext::AppContext(SettingsStore settings, QString historyPath, const Clock &clock, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_history(std::move(historyPath), clock),
      m_clock(clock), m_documents(new DocumentsViewModel(this))
{}

bool AppContext::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        intake({static_cast<QFileOpenEvent *>(event)->url()});
        return true;
    }
    return QObject::eventFilter(watched, event);
}

int AppContext::intake(const QList<QUrl> &urls)
{
    return m_documents->addUrls(urls);
}

std::unique_ptr<AppContext> AppContext::forPlatform()
{
    // The journal sic-cli sign writes too.
    return std::make_unique<AppContext>(SettingsStore::forPlatform(), engine::journalPath(),
                                        SystemClock::instance());
}

} // namespace sic::ui
