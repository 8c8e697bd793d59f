#include "appcontext.h"

#include "engine/outcome.h"

#include "documentsviewmodel.h"

#include <QDir>
#include <QFileInfo>
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
    if (!urls.isEmpty())
        rememberFolderOf(urls.constFirst());
    return m_documents->addUrls(urls);
}

QUrl AppContext::fileFolder() const
{
    if (!m_fileFolder.isEmpty())
        return QUrl::fromLocalFile(m_fileFolder);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return QUrl::fromLocalFile(documents);
    return QUrl::fromLocalFile(QDir::homePath());
}

void AppContext::rememberFolderOf(const QUrl &file)
{
    if (!file.isLocalFile())
        return;
    const QString folder = QFileInfo(file.toLocalFile()).absolutePath();
    if (folder == m_fileFolder || !QFileInfo(folder).isDir())
        return;
    m_fileFolder = folder;
    emit fileFolderChanged();
}

QUrl AppContext::suggestedFile(const QString &name) const
{
    return QUrl::fromLocalFile(QDir(fileFolder().toLocalFile()).filePath(name));
}

std::unique_ptr<AppContext> AppContext::forPlatform()
{
    // The journal sic-cli sign writes too.
    return std::make_unique<AppContext>(SettingsStore::forPlatform(), engine::journalPath(),
                                        SystemClock::instance());
}

} // namespace sic::ui
