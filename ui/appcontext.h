#pragma once

#include "base/clock.h"
#include "documentsviewmodel.h"
#include "journal/history.h"
#include "settings/settings.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <utility>

namespace sic::ui {

// What every screen shares: the settings, the signing history and the clock. main() makes one for
// the platform and hands it to the root window; tests make one over temporary files and a
// ManualClock. View models take it as their `context` property instead of reaching for a singleton.
class AppContext : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by main() or by tests")
    // The documents waiting to be signed: one list, fed by the Sign screen and by the platform's
    // open-with / share intake alike.
    Q_PROPERTY(sic::ui::DocumentsViewModel *documents READ documents CONSTANT)
    // The folder every file dialog opens in: the one files were last picked from or saved to (also
    // by an open-with or the command line), else the user's Documents, else home.
    Q_PROPERTY(QUrl fileFolder READ fileFolder NOTIFY fileFolderChanged)
public:
    AppContext(SettingsStore settings, QString historyPath, const Clock &clock, QObject *parent = nullptr);
    static std::unique_ptr<AppContext> forPlatform();

    const SettingsStore &settingsStore() const { return m_settings; }
    const History &history() const { return m_history; }
    const Clock &clock() const { return m_clock; }
    DocumentsViewModel *documents() const { return m_documents; }
    // The development RSSP's init JSON when the app runs the README's demo (sic --demo-account).
    QString demoAccountFile() const { return m_demoAccountFile; }
    void setDemoAccountFile(const QString &file) { m_demoAccountFile = file; }

    // Files handed to the app from outside (command line, QFileOpenEvent on macOS/iOS, an Android
    // VIEW/SEND intent forwarded by the platform glue) join the documents list.
    bool eventFilter(QObject *watched, QEvent *event) override;
    Q_INVOKABLE int intake(const QList<QUrl> &urls);
    // Files handed over to be verified rather than signed (sic --verify, the desktop entry's
    // Verify action). The window takes them once, when it opens on the Verify screen.
    void intakeForVerify(const QList<QUrl> &urls) { m_verifyIntake += urls; }
    Q_INVOKABLE QList<QUrl> takeVerifyIntake() { return std::exchange(m_verifyIntake, {}); }

    QUrl fileFolder() const;
    // Remembers the folder of a file the user picked or saved (the file dialogs call it).
    Q_INVOKABLE void rememberFolderOf(const QUrl &file);
    // A file of this name in fileFolder: the name a Save dialog proposes.
    Q_INVOKABLE QUrl suggestedFile(const QString &name) const;

signals:
    // Emitted after settings were saved, so that screens showing them reload.
    void settingsChanged();
    // Emitted after a history entry was recorded.
    void historyChanged();
    void fileFolderChanged();

private:
    SettingsStore m_settings;
    History m_history;
    const Clock &m_clock;
    DocumentsViewModel *m_documents;
    QString m_demoAccountFile;
    QList<QUrl> m_verifyIntake;
    QString m_fileFolder;
};

} // namespace sic::ui
