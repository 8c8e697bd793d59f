#pragma once

#include <QAbstractListModel>
#include <QFileSystemWatcher>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

namespace sic::ui {

// The documents screen: the files the user is about to sign (or verify), each with its name, size,
// type and SHA-256. Hashing runs on a worker thread with a fixed buffer, so a 512 MiB file neither
// blocks the window nor fills memory; removing a file cancels its hashing.
//
// Batch review ("what you see is what you sign"): each document is confirmed on its own, from its
// preview, and the confirmation is bound to the SHA-256 the user saw. There is no confirm-all.
// When the file changes on disk it is hashed again and its confirmation is dropped; the signing
// flow must not leave the Documents step until allConfirmed is true.
class DocumentsViewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool allReady READ allReady NOTIFY readinessChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    // Every document is hashed and was confirmed by the user for exactly that hash.
    Q_PROPERTY(bool allConfirmed READ allConfirmed NOTIFY confirmationChanged)
    Q_PROPERTY(int confirmedCount READ confirmedCount NOTIFY confirmationChanged)
public:
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        PathRole,
        SizeRole,   // human readable, in the UI language
        BytesRole,  // qint64
        TypeRole,   // "PDF", "XML", or the MIME type
        KindRole,   // "pdf", "xml", "other"
        Sha256Role, // full hex, empty until known
        Sha256ShortRole,
        StateRole,    // "hashing", "ready", "error"
        ProgressRole, // 0..1 while hashing
        ErrorRole,
        ConfirmedRole,       // bool: confirmed, and the file still has the hash that was confirmed
        ConfirmedSha256Role, // the hash the user confirmed, empty when not confirmed
    };
    Q_ENUM(Role)

    explicit DocumentsViewModel(QObject *parent = nullptr);
    ~DocumentsViewModel() override;

    int count() const { return int(m_docs.size()); }
    bool allReady() const;
    QString errorMessage() const { return m_errorMessage; }
    bool allConfirmed() const;
    int confirmedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Adds local files (file:// URLs or paths); folders and duplicates are refused with a message.
    Q_INVOKABLE int addUrls(const QList<QUrl> &urls);
    Q_INVOKABLE bool addPath(const QString &path);
    Q_INVOKABLE void remove(int row);
    Q_INVOKABLE void clear();
    Q_INVOKABLE QStringList paths() const;
    Q_INVOKABLE int rowOfPath(const QString &path) const;

    // Marks one document as reviewed, for its current hash. Refused (false) while it is hashing
    // or when it could not be read.
    Q_INVOKABLE bool confirm(int row);
    Q_INVOKABLE void withdrawConfirmation(int row);
    // Hashes the file again (its content may have changed); drops its confirmation.
    Q_INVOKABLE void rehash(int row);

signals:
    void countChanged();
    void readinessChanged();
    void errorMessageChanged();
    void confirmationChanged();

private:
    struct Doc
    {
        QString path;
        QString name;
        qint64 bytes = 0;
        QString mime;
        QString sha256;
        QString state;
        double progress = 0;
        QString error;
        QString confirmedSha256;
        std::shared_ptr<std::atomic_bool> cancel;
        quint64 id = 0;
    };
    void startHashing(Doc &doc);
    void onHashed(quint64 id, const QString &sha256, const QString &error);
    void onProgress(quint64 id, double progress);
    int rowOf(quint64 id) const;
    void setError(const QString &message);
    bool isConfirmed(const Doc &doc) const;
    void onFileChanged(const QString &path);

    QList<Doc> m_docs;
    QString m_errorMessage;
    quint64 m_nextId = 1;
    QFileSystemWatcher m_watcher;
};

} // namespace sic::ui
