#pragma once

#include <QObject>
#include <QPointer>
#include <QSizeF>
#include <QtQml/qqmlregistration.h>

namespace sic::ui {

class DocumentsViewModel;

// The preview of one document of the documents list, so the user sees what will be signed:
// PDF pages (rendered off the GUI thread by the "sicpage" image provider, named by pageSource),
// XML as indented text, other files as their metadata. From here the user confirms the document
// for the hash that was shown; when the file changes on disk the preview reloads and the
// confirmation has to be given again.
class PreviewViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        sic::ui::DocumentsViewModel *documents READ documents WRITE setDocuments NOTIFY documentChanged)
    Q_PROPERTY(int row READ row WRITE setRow NOTIFY documentChanged)
    Q_PROPERTY(QString name READ name NOTIFY documentChanged)
    Q_PROPERTY(QString path READ path NOTIFY documentChanged)
    Q_PROPERTY(QString kind READ kind NOTIFY documentChanged) // "pdf", "xml", "other"; empty: none
    Q_PROPERTY(QString position READ position NOTIFY documentChanged)
    Q_PROPERTY(bool hasNextDocument READ hasNextDocument NOTIFY documentChanged)
    Q_PROPERTY(bool hasPreviousDocument READ hasPreviousDocument NOTIFY documentChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged) // "none", "loading", "ready", "error"
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY statusChanged)
    // PDF pages
    Q_PROPERTY(int pageCount READ pageCount NOTIFY statusChanged)
    Q_PROPERTY(int pageIndex READ pageIndex WRITE setPageIndex NOTIFY pageChanged)
    Q_PROPERTY(QString pageLabel READ pageLabel NOTIFY pageChanged)
    Q_PROPERTY(bool canGoNext READ canGoNext NOTIFY pageChanged)
    Q_PROPERTY(bool canGoPrevious READ canGoPrevious NOTIFY pageChanged)
    Q_PROPERTY(QString pageSource READ pageSource NOTIFY pageChanged)
    Q_PROPERTY(double pageWidth READ pageWidth NOTIFY pageChanged)   // points
    Q_PROPERTY(double pageHeight READ pageHeight NOTIFY pageChanged) // points
    // Zoom: 1.0 shows one point as one logical pixel. Fit width follows viewportWidth.
    Q_PROPERTY(bool fitWidth READ fitWidth WRITE setFitWidth NOTIFY zoomChanged)
    Q_PROPERTY(double zoom READ zoom WRITE setZoom NOTIFY zoomChanged)
    Q_PROPERTY(int zoomPercent READ zoomPercent NOTIFY zoomChanged)
    Q_PROPERTY(double viewportWidth READ viewportWidth WRITE setViewportWidth NOTIFY zoomChanged)
    Q_PROPERTY(double displayWidth READ displayWidth NOTIFY zoomChanged)
    Q_PROPERTY(double displayHeight READ displayHeight NOTIFY zoomChanged)
    Q_PROPERTY(bool canZoomIn READ canZoomIn NOTIFY zoomChanged)
    Q_PROPERTY(bool canZoomOut READ canZoomOut NOTIFY zoomChanged)
    // XML text
    Q_PROPERTY(QString xmlText READ xmlText NOTIFY statusChanged)
    Q_PROPERTY(QString xmlNote READ xmlNote NOTIFY statusChanged) // encoding and truncation
    Q_PROPERTY(bool xmlTruncated READ xmlTruncated NOTIFY statusChanged)
    // Only the file's details can be shown (not PDF or XML, unreadable, or too large to show as text).
    Q_PROPERTY(bool metadataOnly READ metadataOnly NOTIFY statusChanged)
    // Metadata, for every kind
    Q_PROPERTY(QString fileSize READ fileSize NOTIFY metadataChanged)
    Q_PROPERTY(QString fileType READ fileType NOTIFY metadataChanged)
    Q_PROPERTY(QString modified READ modified NOTIFY metadataChanged)
    Q_PROPERTY(QString sha256 READ sha256 NOTIFY metadataChanged)
    // Review
    Q_PROPERTY(bool confirmed READ confirmed NOTIFY confirmationChanged)
    Q_PROPERTY(bool canConfirm READ canConfirm NOTIFY confirmationChanged)
    Q_PROPERTY(QString confirmHint READ confirmHint NOTIFY confirmationChanged)
public:
    explicit PreviewViewModel(QObject *parent = nullptr);
    ~PreviewViewModel() override;

    static constexpr double kMinZoom = 0.1;
    static constexpr double kMaxZoom = 8.0;
    static constexpr double kZoomStep = 1.25;

    DocumentsViewModel *documents() const { return m_documents; }
    void setDocuments(DocumentsViewModel *documents);
    int row() const { return m_row; }
    void setRow(int row);
    QString name() const;
    QString path() const { return m_path; }
    QString kind() const { return m_kind; }
    QString position() const;
    bool hasNextDocument() const;
    bool hasPreviousDocument() const { return m_row > 0; }
    QString status() const { return m_status; }
    QString errorMessage() const { return m_errorMessage; }

    int pageCount() const { return int(m_pageSizes.size()); }
    int pageIndex() const { return m_pageIndex; }
    void setPageIndex(int index);
    QString pageLabel() const;
    bool canGoNext() const { return m_pageIndex + 1 < pageCount(); }
    bool canGoPrevious() const { return m_pageIndex > 0; }
    QString pageSource() const;
    double pageWidth() const { return currentPageSize().width(); }
    double pageHeight() const { return currentPageSize().height(); }

    bool fitWidth() const { return m_fitWidth; }
    void setFitWidth(bool fit);
    double zoom() const;
    void setZoom(double zoom);
    int zoomPercent() const { return qRound(zoom() * 100); }
    double viewportWidth() const { return m_viewportWidth; }
    void setViewportWidth(double width);
    double displayWidth() const { return pageWidth() * zoom(); }
    double displayHeight() const { return pageHeight() * zoom(); }
    bool canZoomIn() const { return zoom() < kMaxZoom; }
    bool canZoomOut() const { return zoom() > kMinZoom; }

    QString xmlText() const { return m_xmlText; }
    QString xmlNote() const { return m_xmlNote; }
    bool xmlTruncated() const { return m_xmlTruncated; }
    bool metadataOnly() const;

    QString fileSize() const { return m_fileSize; }
    QString fileType() const { return m_fileType; }
    QString modified() const { return m_modified; }
    QString sha256() const;

    bool confirmed() const;
    bool canConfirm() const;
    QString confirmHint() const;

    Q_INVOKABLE void nextPage() { setPageIndex(m_pageIndex + 1); }
    Q_INVOKABLE void previousPage() { setPageIndex(m_pageIndex - 1); }
    Q_INVOKABLE void zoomIn();
    Q_INVOKABLE void zoomOut();
    Q_INVOKABLE bool confirm();
    Q_INVOKABLE void withdrawConfirmation();
    Q_INVOKABLE void nextDocument();
    Q_INVOKABLE void previousDocument();
    Q_INVOKABLE void reload();

signals:
    void documentChanged();
    void statusChanged();
    void pageChanged();
    void zoomChanged();
    void metadataChanged();
    void confirmationChanged();

private:
    struct Loaded;
    static Loaded loadDocument(const QString &path, const QString &kind);
    QVariant docData(int role) const;
    QSizeF currentPageSize() const;
    void onDocumentsChanged();
    void onRowsChanged();
    void apply(quint64 generation, const Loaded &loaded);
    void setStatus(const QString &status, const QString &error = {});

    QPointer<DocumentsViewModel> m_documents;
    QList<QMetaObject::Connection> m_connections;
    int m_row = -1;
    QString m_path;
    QString m_kind;
    QString m_status = QStringLiteral("none");
    QString m_errorMessage;
    quint64 m_generation = 0;
    QString m_revision;  // names this load's page images
    QString m_loadedSha; // the hash the list had when the content shown was read
    QList<QSizeF> m_pageSizes;
    int m_pageIndex = 0;
    bool m_fitWidth = true;
    double m_zoom = 1.0;
    double m_viewportWidth = 0;
    QString m_xmlText;
    QString m_xmlNote;
    bool m_xmlTruncated = false;
    bool m_textTooLarge = false;
    QString m_fileSize;
    QString m_fileType;
    QString m_modified;
};

} // namespace sic::ui
