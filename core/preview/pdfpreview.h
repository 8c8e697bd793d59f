#pragma once

#include "base/error.h"

#include <QImage>
#include <QSizeF>
#include <QString>

#include <memory>

namespace sic::preview {

// One PDF opened for display. Poppler's documents are not thread-safe, so every call takes this
// object's lock: renders of one document run one after the other, different documents in
// parallel. Poppler types never leave pdfpreview.cpp.
class PdfDocument
{
public:
    // Error codes: "preview.pdf_unreadable" (missing or not a PDF), "preview.pdf_locked" (needs a
    // password), "preview.pdf_empty" (no pages).
    static Result<std::shared_ptr<PdfDocument>> open(const QString &path);
    static Result<std::shared_ptr<PdfDocument>> fromData(const QByteArray &bytes);
    ~PdfDocument();
    PdfDocument(const PdfDocument &) = delete;
    PdfDocument &operator=(const PdfDocument &) = delete;

    int pageCount() const;
    // Whether annotations (and form widgets) are drawn; they are by default. The verifier renders
    // page content alone to compare revisions.
    void setShowAnnotations(bool show);
    // In points (1/72 inch), as displayed (page rotation applied); empty for a bad index.
    QSizeF pageSize(int page) const;

    // Renders at dpi, both axes. Images are capped at kMaxPixels; a larger request is rendered
    // at the highest resolution under the cap. Error codes: "preview.pdf_page" (no such page),
    // "preview.pdf_render".
    Result<QImage> render(int page, double dpi) const;
    // Renders so that the image is widthPx wide (the height follows the page's aspect).
    Result<QImage> renderToWidth(int page, int widthPx) const;

    static constexpr qint64 kMaxPixels = 24ll * 1024 * 1024;

private:
    struct Impl;
    explicit PdfDocument(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace sic::preview
