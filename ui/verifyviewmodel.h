#pragma once

#include "appcontext.h"
#include "verify/report.h"
#include "verify/revocation.h"

#include <QAbstractListModel>
#include <QThreadPool>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

namespace sic::verify {
class TrustStore;
} // namespace sic::verify

namespace sic::ui {

// The helpdesk verify screen: files dropped or picked (PDF, XML, CMS; a detached XML signature
// together with the file it signs), each verified on a worker thread against the trust anchors
// and the online-revocation choice of the settings, one row per file with its signatures. The
// report is exported as HTML, JSON or PDF, and a short summary goes to the clipboard for a ticket.
class VerifyViewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sic::ui::AppContext *context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // "empty", "verifying", "done" or "cancelled"
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(bool canExport READ canExport NOTIFY stateChanged)
    Q_PROPERTY(int finishedCount READ finishedCount NOTIFY progressChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY progressChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    // Something the user should know about every result, e.g. that no trust anchor is configured.
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    // After an export: where the report was saved (empty again once something else happens).
    Q_PROPERTY(QString savedMessage READ savedMessage NOTIFY savedMessageChanged)
public:
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        PathRole,
        FormatRole,    // "PDF", "XML", "CMS" or empty
        StateRole,     // "queued", "verifying", "done", "error", "cancelled", "content"
        StateTextRole, // the state in words
        ErrorRole,     // why the file could not be verified
        SignatureCountRole,
        SummaryRole,    // "2 signatures: 1 valid, 1 invalid"
        SignaturesRole, // list of maps, see verifypresentation.h
    };
    Q_ENUM(Role)

    explicit VerifyViewModel(QObject *parent = nullptr);
    ~VerifyViewModel() override;

    AppContext *context() const { return m_context; }
    void setContext(AppContext *context);
    int count() const { return int(m_files.size()); }
    QString state() const;
    bool busy() const;
    bool canExport() const;
    int finishedCount() const;
    double progress() const;
    QString statusText() const;
    QString errorMessage() const { return m_errorMessage; }
    QString notice() const { return m_notice; }
    QString savedMessage() const { return m_savedMessage; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Adds local files (file:// URLs from the dialog or a drop, or paths) and starts verifying them.
    // Files added together are each other's detached content. Returns how many were added.
    Q_INVOKABLE int addUrls(const QList<QUrl> &urls);
    Q_INVOKABLE int addPaths(const QStringList &paths);
    Q_INVOKABLE void remove(int row);
    Q_INVOKABLE void clear();
    // Stops: queued files are not verified, running results are dropped.
    Q_INVOKABLE void cancel();
    // Verifies every file again (after a cancel or a settings change).
    Q_INVOKABLE void verifyAgain();

    Q_INVOKABLE bool exportHtml(const QUrl &file);
    Q_INVOKABLE bool exportJson(const QUrl &file);
    Q_INVOKABLE bool exportPdf(const QUrl &file);
    // A few plain-text lines for a support ticket; copySummary puts them on the clipboard.
    Q_INVOKABLE QString summaryText() const;
    Q_INVOKABLE void copySummary();

    QList<verify::FileReport> reports() const;

signals:
    void contextChanged();
    void countChanged();
    void stateChanged();
    void progressChanged();
    void errorMessageChanged();
    void noticeChanged();
    void savedMessageChanged();
    void summaryCopied();

private:
    struct File
    {
        quint64 id = 0;
        QString path;
        QString state; // see StateRole
        verify::FileReport report;
        QVariantList signatures; // presentation of report.signatures, made once
        quint64 generation = 0;  // results of older runs are dropped
        std::shared_ptr<std::atomic_bool> cancel;
    };

    void enqueue(File &file);
    void onStarted(quint64 id, quint64 generation);
    void onVerified(quint64 id, quint64 generation, verify::FileReport report);
    int rowOf(quint64 id) const;
    QStringList otherPaths(quint64 id) const;
    bool isContent(const File &file) const;
    void prepareTrust();
    void setError(const QString &message);
    void record(const File &f);
    void saved(const QUrl &file, const std::optional<Error> &failure);
    void setNotice(const QString &notice);
    void emitStatus();
    bool writeReport(const QUrl &file, const QByteArray &data);

    AppContext *m_context = nullptr;
    QList<File> m_files;
    quint64 m_nextId = 1;
    QString m_errorMessage;
    QString m_notice;
    QString m_savedMessage;
    QString m_lastState;
    std::shared_ptr<const verify::TrustStore> m_trust;
    bool m_online = false;
    QDateTime m_validationTime;
    QThreadPool m_pool;
};

} // namespace sic::ui
