#include "previewviewmodel.h"

#include "documentsviewmodel.h"
#include "preview/filemetadata.h"
#include "preview/pageimageid.h"
#include "preview/pdfpreview.h"
#include "preview/xmlpreview.h"

#include <QLocale>
#include <QThreadPool>

#include <atomic>
#include <optional>

namespace sic::ui {

struct PreviewViewModel::Loaded
{
    std::optional<Error> error;
    QList<QSizeF> pages;
    preview::XmlText xml;
    std::optional<Error> tooLargeToShow; // the XML is signed as it is, but judged by its details
    preview::FileMetadata meta;
};

namespace {

// Every load gets a new revision, so page images of older content are never reused from the
// engine's pixmap cache or the provider's document cache.
std::atomic<quint64> g_revision{0};

// Reading the size of every page is cheap per page, but not unbounded.
constexpr int kMaxPages = 100000;

} // namespace

// Runs on a worker thread: opens the document once for its shape (the image provider renders
// the pages with its own copy) or formats the XML.
PreviewViewModel::Loaded PreviewViewModel::loadDocument(const QString &path, const QString &kind)
{
    Loaded out;
    out.meta = preview::fileMetadata(path);
    if (kind == QLatin1String("pdf")) {
        auto doc = preview::PdfDocument::open(path);
        if (!doc) {
            out.error = doc.error();
            return out;
        }
        const int n = std::min((*doc)->pageCount(), kMaxPages);
        for (int i = 0; i < n; ++i)
            out.pages << (*doc)->pageSize(i);
    } else if (kind == QLatin1String("xml")) {
        auto xml = preview::formatXmlFile(path);
        if (!xml && xml.error().code == QLatin1String("preview.xml_too_large")) {
            // Nobody reads tens of MiB of text on a screen; refusing to sign it would leave the
            // signer no way at all. Like any file that is not shown, it is confirmed by its details.
            out.tooLargeToShow = xml.error();
            return out;
        }
        if (!xml) {
            out.error = xml.error();
            return out;
        }
        out.xml = std::move(*xml);
    } else if (!out.meta.exists) {
        out.error = Error{QStringLiteral("preview.missing"),
                          tr("The file could not be opened. It may have been moved or deleted."), path};
    }
    return out;
}

PreviewViewModel::PreviewViewModel(QObject *parent) : QObject(parent) {}
PreviewViewModel::~PreviewViewModel() = default;

void PreviewViewModel::setDocuments(DocumentsViewModel *documents)
{
    if (m_documents == documents)
        return;
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_documents = documents;
    if (documents) {
        m_connections
            << connect(documents, &QAbstractItemModel::dataChanged, this,
                       &PreviewViewModel::onDocumentsChanged)
            << connect(documents, &QAbstractItemModel::rowsInserted, this, &PreviewViewModel::onRowsChanged)
            << connect(documents, &QAbstractItemModel::rowsRemoved, this, &PreviewViewModel::onRowsChanged)
            << connect(documents, &QAbstractItemModel::modelReset, this, &PreviewViewModel::onRowsChanged);
    }
    m_row = -1;
    m_path.clear();
    reload();
    emit documentChanged();
}

void PreviewViewModel::setRow(int row)
{
    if (!m_documents || row < 0 || row >= m_documents->count())
        row = -1;
    if (row == m_row && row >= 0 && docData(DocumentsViewModel::PathRole).toString() == m_path)
        return;
    m_row = row;
    m_path = docData(DocumentsViewModel::PathRole).toString();
    m_pageIndex = 0;
    m_fitWidth = true;
    reload();
    emit documentChanged();
    emit zoomChanged();
}

QVariant PreviewViewModel::docData(int role) const
{
    if (!m_documents || m_row < 0 || m_row >= m_documents->count())
        return {};
    return m_documents->data(m_documents->index(m_row), role);
}

QString PreviewViewModel::name() const
{
    return docData(DocumentsViewModel::NameRole).toString();
}

QString PreviewViewModel::position() const
{
    if (!m_documents || m_row < 0)
        return {};
    return tr("Document %1 of %2").arg(m_row + 1).arg(m_documents->count());
}

bool PreviewViewModel::hasNextDocument() const
{
    return m_documents && m_row >= 0 && m_row + 1 < m_documents->count();
}

void PreviewViewModel::reload()
{
    ++m_generation;
    m_pageSizes.clear();
    m_xmlText.clear();
    m_xmlNote.clear();
    m_xmlTruncated = false;
    m_textTooLarge = false;
    m_kind = docData(DocumentsViewModel::KindRole).toString();
    m_loadedSha = docData(DocumentsViewModel::Sha256Role).toString();
    m_revision = QString::number(++g_revision);
    if (m_row < 0) {
        m_fileSize.clear();
        m_fileType.clear();
        m_modified.clear();
        setStatus(QStringLiteral("none"));
        emit metadataChanged();
        emit pageChanged();
        emit confirmationChanged();
        return;
    }
    setStatus(QStringLiteral("loading"));
    emit pageChanged();
    emit confirmationChanged();
    QPointer<PreviewViewModel> self(this);
    const quint64 generation = m_generation;
    const QString path = m_path;
    const QString kind = m_kind;
    QThreadPool::globalInstance()->start([self, generation, path, kind] {
        Loaded loaded = loadDocument(path, kind);
        QMetaObject::invokeMethod(
            self,
            [self, generation, loaded = std::move(loaded)] {
                if (self)
                    self->apply(generation, loaded);
            },
            Qt::QueuedConnection);
    });
}

void PreviewViewModel::apply(quint64 generation, const Loaded &loaded)
{
    if (generation != m_generation)
        return; // a newer load (another document, or new content) is under way
    const QLocale locale;
    if (loaded.meta.exists) {
        m_fileSize = loaded.meta.bytes < 1024 ? locale.formattedDataSize(loaded.meta.bytes)
                                              : tr("%1 (%2 bytes)")
                                                    .arg(locale.formattedDataSize(loaded.meta.bytes),
                                                         locale.toString(loaded.meta.bytes));
        m_fileType = loaded.meta.mimeComment.isEmpty()
                         ? loaded.meta.mimeType
                         : QStringLiteral("%1 (%2)").arg(loaded.meta.mimeComment, loaded.meta.mimeType);
        m_modified = locale.toString(loaded.meta.modified.toLocalTime(), QLocale::LongFormat);
    } else {
        m_fileSize.clear();
        m_fileType.clear();
        m_modified.clear();
    }
    m_pageSizes = loaded.pages;
    m_pageIndex = std::clamp(m_pageIndex, 0, std::max(0, int(m_pageSizes.size()) - 1));
    m_xmlText = loaded.xml.text;
    m_xmlTruncated = loaded.xml.truncated;
    QStringList notes;
    if (!loaded.xml.encoding.isEmpty() &&
        loaded.xml.encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive))
        notes << tr("The file is encoded in %1; it is shown converted to Unicode.").arg(loaded.xml.encoding);
    if (loaded.xml.truncated)
        notes << tr("Only the first %1 of %2 characters are shown. Open the file in an XML editor to read "
                    "the rest.")
                     .arg(locale.toString(loaded.xml.text.size()), locale.toString(loaded.xml.totalChars));
    m_textTooLarge = loaded.tooLargeToShow.has_value();
    if (m_textTooLarge)
        notes
            << loaded.tooLargeToShow->message
            << tr("Its details are shown instead. Confirm it only if its name, size and SHA-256 are those of "
                  "the document you intend to sign.");
    m_xmlNote = notes.join(QLatin1Char('\n'));
    if (loaded.error)
        setStatus(QStringLiteral("error"), loaded.error->message);
    else
        setStatus(QStringLiteral("ready"));
    emit metadataChanged();
    emit pageChanged();
    emit zoomChanged();
    emit confirmationChanged();
}

void PreviewViewModel::setStatus(const QString &status, const QString &error)
{
    m_status = status;
    m_errorMessage = error;
    emit statusChanged();
}

// A re-hash (the file changed on disk) or its first hash arriving: the content shown may no
// longer be what the list holds, so read it again.
void PreviewViewModel::onDocumentsChanged()
{
    if (m_row < 0)
        return;
    const QString state = docData(DocumentsViewModel::StateRole).toString();
    const QString sha = docData(DocumentsViewModel::Sha256Role).toString();
    if (state == QLatin1String("ready") && sha != m_loadedSha)
        reload();
    emit metadataChanged();
    emit confirmationChanged();
}

void PreviewViewModel::onRowsChanged()
{
    const int row = m_documents && !m_path.isEmpty() ? m_documents->rowOfPath(m_path) : -1;
    if (row < 0 && m_row >= 0) {
        m_row = -1;
        m_path.clear();
        reload();
    } else {
        m_row = row;
    }
    emit documentChanged();
    emit confirmationChanged();
}

void PreviewViewModel::setPageIndex(int index)
{
    index = std::clamp(index, 0, std::max(0, pageCount() - 1));
    if (index == m_pageIndex)
        return;
    m_pageIndex = index;
    emit pageChanged();
    emit zoomChanged(); // pages may differ in size
}

QString PreviewViewModel::pageLabel() const
{
    if (pageCount() == 0)
        return {};
    return tr("%1 / %2").arg(m_pageIndex + 1).arg(pageCount());
}

QSizeF PreviewViewModel::currentPageSize() const
{
    return m_pageIndex < m_pageSizes.size() ? m_pageSizes[m_pageIndex] : QSizeF();
}

QString PreviewViewModel::pageSource() const
{
    if (m_status != QLatin1String("ready") || pageCount() == 0)
        return {};
    return QStringLiteral("image://%1/%2")
        .arg(QLatin1String(preview::kPageImageProvider),
             preview::pageImageId({m_path, m_pageIndex, m_revision}));
}

double PreviewViewModel::zoom() const
{
    const double width = pageWidth();
    if (m_fitWidth && m_viewportWidth > 0 && width > 0)
        return std::clamp(m_viewportWidth / width, kMinZoom, kMaxZoom);
    return m_zoom;
}

void PreviewViewModel::setZoom(double zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (!m_fitWidth && qFuzzyCompare(zoom, m_zoom))
        return;
    m_fitWidth = false;
    m_zoom = zoom;
    emit zoomChanged();
}

void PreviewViewModel::setFitWidth(bool fit)
{
    if (fit == m_fitWidth)
        return;
    if (!fit)
        m_zoom = zoom(); // stay where fitting put us
    m_fitWidth = fit;
    emit zoomChanged();
}

void PreviewViewModel::setViewportWidth(double width)
{
    if (qFuzzyCompare(width, m_viewportWidth))
        return;
    m_viewportWidth = width;
    emit zoomChanged();
}

void PreviewViewModel::zoomIn()
{
    setZoom(zoom() * kZoomStep);
}

void PreviewViewModel::zoomOut()
{
    setZoom(zoom() / kZoomStep);
}

QString PreviewViewModel::sha256() const
{
    return docData(DocumentsViewModel::Sha256Role).toString();
}

bool PreviewViewModel::metadataOnly() const
{
    return m_row >= 0 &&
           (m_kind == QLatin1String("other") || m_status == QLatin1String("error") || m_textTooLarge);
}

bool PreviewViewModel::confirmed() const
{
    return docData(DocumentsViewModel::ConfirmedRole).toBool();
}

// Only what was shown can be confirmed: the preview loaded without error, and it was read for
// the hash the list holds now.
bool PreviewViewModel::canConfirm() const
{
    return m_status == QLatin1String("ready") && !confirmed() &&
           docData(DocumentsViewModel::StateRole).toString() == QLatin1String("ready") &&
           m_loadedSha == sha256();
}

QString PreviewViewModel::confirmHint() const
{
    if (m_row < 0)
        return {};
    if (confirmed())
        return tr("Checked: this is the document you intend to sign (SHA-256 %1).").arg(sha256());
    if (m_status == QLatin1String("error"))
        return tr("This document could not be shown, so it cannot be confirmed. Remove it from the list or "
                  "replace it with a readable copy.");
    if (docData(DocumentsViewModel::StateRole).toString() == QLatin1String("error"))
        return docData(DocumentsViewModel::ErrorRole).toString();
    if (!canConfirm())
        return tr("Wait until the document has been read and its hash computed.");
    return tr("Check the whole document. Confirm it only if it is exactly what you intend to sign.");
}

bool PreviewViewModel::confirm()
{
    if (!canConfirm())
        return false;
    return m_documents->confirm(m_row);
}

void PreviewViewModel::withdrawConfirmation()
{
    if (m_documents && m_row >= 0)
        m_documents->withdrawConfirmation(m_row);
}

void PreviewViewModel::nextDocument()
{
    if (hasNextDocument())
        setRow(m_row + 1);
}

void PreviewViewModel::previousDocument()
{
    if (hasPreviousDocument())
        setRow(m_row - 1);
}

} // namespace sic::ui
