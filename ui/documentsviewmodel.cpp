#include "documentsviewmodel.h"

#include "crypto/digest.h"

#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QPointer>
#include <QThreadPool>

namespace sic::ui {

namespace {
// The same MIME inheritance as the engine's format rule (engine/signrequest.cpp), so that what
// the list calls XML is what gets signed as XML.
QString kindOf(const QString &mime)
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(mime);
    if (type.inherits(QStringLiteral("application/pdf")))
        return QStringLiteral("pdf");
    if (type.inherits(QStringLiteral("application/xml")))
        return QStringLiteral("xml");
    return QStringLiteral("other");
}
} // namespace

DocumentsViewModel::DocumentsViewModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DocumentsViewModel::onFileChanged);
}

DocumentsViewModel::~DocumentsViewModel()
{
    for (const Doc &d : m_docs)
        d.cancel->store(true);
}

bool DocumentsViewModel::allReady() const
{
    return !m_docs.isEmpty() && std::all_of(m_docs.begin(), m_docs.end(),
                                            [](const Doc &d) { return d.state == QLatin1String("ready"); });
}

bool DocumentsViewModel::isConfirmed(const Doc &doc) const
{
    return doc.state == QLatin1String("ready") && !doc.confirmedSha256.isEmpty() &&
           doc.confirmedSha256 == doc.sha256;
}

bool DocumentsViewModel::allConfirmed() const
{
    return !m_docs.isEmpty() &&
           std::all_of(m_docs.begin(), m_docs.end(), [this](const Doc &d) { return isConfirmed(d); });
}

int DocumentsViewModel::confirmedCount() const
{
    return int(std::count_if(m_docs.begin(), m_docs.end(), [this](const Doc &d) { return isConfirmed(d); }));
}

int DocumentsViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_docs.size());
}

QVariant DocumentsViewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_docs.size())
        return {};
    const Doc &d = m_docs.at(index.row());
    switch (role) {
    case NameRole:
        return d.name;
    case PathRole:
        return d.path;
    case SizeRole:
        return QLocale().formattedDataSize(d.bytes);
    case BytesRole:
        return d.bytes;
    case TypeRole: {
        const QString kind = kindOf(d.mime);
        return kind == QLatin1String("pdf")   ? QStringLiteral("PDF")
               : kind == QLatin1String("xml") ? QStringLiteral("XML")
                                              : d.mime;
    }
    case KindRole:
        return kindOf(d.mime);
    case Sha256Role:
        return d.sha256;
    case Sha256ShortRole:
        return d.sha256.isEmpty() ? QString() : d.sha256.left(8) + QStringLiteral("…") + d.sha256.right(8);
    case StateRole:
        return d.state;
    case ProgressRole:
        return d.progress;
    case ErrorRole:
        return d.error;
    case ConfirmedRole:
        return isConfirmed(d);
    case ConfirmedSha256Role:
        return isConfirmed(d) ? d.confirmedSha256 : QString();
    }
    return {};
}

QHash<int, QByteArray> DocumentsViewModel::roleNames() const
{
    return {{NameRole, "name"},
            {PathRole, "path"},
            {SizeRole, "size"},
            {BytesRole, "bytes"},
            {TypeRole, "type"},
            {KindRole, "kind"},
            {Sha256Role, "sha256"},
            {Sha256ShortRole, "sha256Short"},
            {StateRole, "state"},
            {ProgressRole, "progress"},
            {ErrorRole, "error"},
            {ConfirmedRole, "confirmed"},
            {ConfirmedSha256Role, "confirmedSha256"}};
}

int DocumentsViewModel::addUrls(const QList<QUrl> &urls)
{
    int added = 0;
    for (const QUrl &url : urls)
        added += addPath(url.isLocalFile() ? url.toLocalFile() : url.toString()) ? 1 : 0;
    return added;
}

bool DocumentsViewModel::addPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        setError(tr("“%1” does not exist.").arg(info.fileName()));
        return false;
    }
    if (info.isDir()) {
        setError(tr("“%1” is a folder; add the files inside it instead.").arg(info.fileName()));
        return false;
    }
    const QString canonical = info.canonicalFilePath();
    if (std::any_of(m_docs.begin(), m_docs.end(), [&](const Doc &d) { return d.path == canonical; })) {
        setError(tr("“%1” is already in the list.").arg(info.fileName()));
        return false;
    }
    setError({});
    Doc doc;
    doc.path = canonical;
    doc.name = info.fileName();
    doc.bytes = info.size();
    doc.mime = QMimeDatabase().mimeTypeForFile(info).name();
    doc.state = QStringLiteral("hashing");
    doc.cancel = std::make_shared<std::atomic_bool>(false);
    doc.id = m_nextId++;
    beginInsertRows({}, int(m_docs.size()), int(m_docs.size()));
    m_docs.append(doc);
    endInsertRows();
    startHashing(m_docs.last());
    m_watcher.addPath(canonical);
    emit countChanged();
    emit readinessChanged();
    emit confirmationChanged();
    return true;
}

void DocumentsViewModel::startHashing(Doc &doc)
{
    QPointer<DocumentsViewModel> self(this);
    const quint64 id = doc.id;
    const QString path = doc.path;
    auto cancel = doc.cancel;
    QThreadPool::globalInstance()->start([self, id, path, cancel] {
        qint64 lastReported = 0;
        DigestOptions options;
        options.cancel = cancel.get();
        options.progress = [&](qint64 done, qint64 total) {
            // At most every 8 MiB, so the GUI thread is not flooded.
            if (done - lastReported < (8 << 20) && done != total)
                return;
            lastReported = done;
            const double p = total > 0 ? double(done) / double(total) : 1.0;
            QMetaObject::invokeMethod(
                self,
                [self, id, p] {
                    if (self)
                        self->onProgress(id, p);
                },
                Qt::QueuedConnection);
        };
        const auto digest = digestFile(path, HashAlgorithm::Sha256, options);
        const QString hex = digest ? QString::fromLatin1(digest->toHex()) : QString();
        const QString error = digest ? QString() : digest.error().message;
        QMetaObject::invokeMethod(
            self,
            [self, id, hex, error] {
                if (self)
                    self->onHashed(id, hex, error);
            },
            Qt::QueuedConnection);
    });
}

int DocumentsViewModel::rowOf(quint64 id) const
{
    for (int i = 0; i < m_docs.size(); ++i) {
        if (m_docs[i].id == id)
            return i;
    }
    return -1;
}

void DocumentsViewModel::onProgress(quint64 id, double progress)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_docs[row].progress = progress;
    emit dataChanged(index(row), index(row), {ProgressRole});
}

void DocumentsViewModel::onHashed(quint64 id, const QString &sha256, const QString &error)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Doc &d = m_docs[row];
    d.sha256 = sha256;
    d.error = error;
    d.state = error.isEmpty() ? QStringLiteral("ready") : QStringLiteral("error");
    d.progress = 1.0;
    emit dataChanged(index(row), index(row));
    emit readinessChanged();
    emit confirmationChanged();
}

void DocumentsViewModel::remove(int row)
{
    if (row < 0 || row >= m_docs.size())
        return;
    m_docs[row].cancel->store(true);
    m_watcher.removePath(m_docs[row].path);
    beginRemoveRows({}, row, row);
    m_docs.removeAt(row);
    endRemoveRows();
    emit countChanged();
    emit readinessChanged();
    emit confirmationChanged();
}

void DocumentsViewModel::clear()
{
    if (m_docs.isEmpty())
        return;
    for (const Doc &d : m_docs)
        d.cancel->store(true);
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    beginResetModel();
    m_docs.clear();
    endResetModel();
    emit countChanged();
    emit readinessChanged();
    emit confirmationChanged();
}

QStringList DocumentsViewModel::paths() const
{
    QStringList out;
    for (const Doc &d : m_docs)
        out << d.path;
    return out;
}

int DocumentsViewModel::rowOfPath(const QString &path) const
{
    for (int i = 0; i < m_docs.size(); ++i) {
        if (m_docs[i].path == path)
            return i;
    }
    return -1;
}

bool DocumentsViewModel::confirm(int row)
{
    if (row < 0 || row >= m_docs.size() || m_docs[row].state != QLatin1String("ready"))
        return false;
    Doc &d = m_docs[row];
    if (d.confirmedSha256 == d.sha256)
        return true;
    d.confirmedSha256 = d.sha256;
    emit dataChanged(index(row), index(row), {ConfirmedRole, ConfirmedSha256Role});
    emit confirmationChanged();
    return true;
}

void DocumentsViewModel::withdrawConfirmation(int row)
{
    if (row < 0 || row >= m_docs.size() || m_docs[row].confirmedSha256.isEmpty())
        return;
    m_docs[row].confirmedSha256.clear();
    emit dataChanged(index(row), index(row), {ConfirmedRole, ConfirmedSha256Role});
    emit confirmationChanged();
}

void DocumentsViewModel::rehash(int row)
{
    if (row < 0 || row >= m_docs.size())
        return;
    Doc &d = m_docs[row];
    d.cancel->store(true); // a hash still running is for the old content
    d.cancel = std::make_shared<std::atomic_bool>(false);
    d.id = m_nextId++; // and its late result is dropped
    d.confirmedSha256.clear();
    d.sha256.clear();
    d.error.clear();
    d.state = QStringLiteral("hashing");
    d.progress = 0;
    const QFileInfo info(d.path);
    d.bytes = info.exists() ? info.size() : 0;
    startHashing(d);
    emit dataChanged(index(row), index(row));
    emit readinessChanged();
    emit confirmationChanged();
}

// An editor that saves by writing a new file and renaming it drops the watch, so it is renewed.
void DocumentsViewModel::onFileChanged(const QString &path)
{
    const int row = rowOfPath(path);
    if (row < 0)
        return;
    if (QFileInfo::exists(path) && !m_watcher.files().contains(path))
        m_watcher.addPath(path);
    rehash(row);
}

void DocumentsViewModel::setError(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

} // namespace sic::ui
