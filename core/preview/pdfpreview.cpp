#include "preview/pdfpreview.h"

#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <poppler-qt6.h>

#include <cmath>
#include <optional>

namespace sic::preview {

struct PdfDocument::Impl
{
    mutable QMutex lock;
    std::unique_ptr<Poppler::Document> doc;
    int pages = 0;
};

namespace {

// Poppler reports every oddity of a damaged file on stderr; the verifier renders hostile files
// on purpose. Kept only when SIC_POPPLER_DEBUG is set.
void quietPoppler()
{
    static const bool once = [] {
        if (!qEnvironmentVariableIsSet("SIC_POPPLER_DEBUG"))
            Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
        return true;
    }();
    Q_UNUSED(once);
}

// Checks that the document can be shown and sets up smooth rendering.
std::optional<Error> prepare(Poppler::Document *doc, const QString &what)
{
    if (!doc)
        return Error{QStringLiteral("preview.pdf_unreadable"),
                     Tr::tr("The file could not be read as a PDF. It may be damaged or not a PDF at all."),
                     what};
    if (doc->isLocked())
        return Error{QStringLiteral("preview.pdf_locked"),
                     Tr::tr("This PDF is protected by a password, so it cannot be shown. Save a copy without "
                            "the password in your PDF reader and add that copy instead."),
                     what};
    if (doc->numPages() <= 0)
        return Error{QStringLiteral("preview.pdf_empty"),
                     Tr::tr("This PDF has no pages that can be shown. It may be damaged."), what};
    doc->setRenderHint(Poppler::Document::Antialiasing, true);
    doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    doc->setRenderHint(Poppler::Document::TextHinting, true);
    return std::nullopt;
}

} // namespace

PdfDocument::PdfDocument(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
PdfDocument::~PdfDocument() = default;

Result<std::shared_ptr<PdfDocument>> PdfDocument::open(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return fail(QStringLiteral("preview.pdf_unreadable"),
                    Tr::tr("The file could not be opened. It may have been moved or deleted."), path);
    quietPoppler();
    auto impl = std::make_unique<Impl>();
    impl->doc = Poppler::Document::load(path);
    if (auto error = prepare(impl->doc.get(), path))
        return std::unexpected(*error);
    impl->pages = impl->doc->numPages();
    return std::shared_ptr<PdfDocument>(new PdfDocument(std::move(impl)));
}

Result<std::shared_ptr<PdfDocument>> PdfDocument::fromData(const QByteArray &bytes)
{
    quietPoppler();
    auto impl = std::make_unique<Impl>();
    impl->doc = Poppler::Document::loadFromData(bytes);
    if (auto error = prepare(impl->doc.get(), QStringLiteral("%1 bytes").arg(bytes.size())))
        return std::unexpected(*error);
    impl->pages = impl->doc->numPages();
    return std::shared_ptr<PdfDocument>(new PdfDocument(std::move(impl)));
}

int PdfDocument::pageCount() const
{
    return d->pages;
}

void PdfDocument::setShowAnnotations(bool show)
{
    const QMutexLocker locker(&d->lock);
    d->doc->setRenderHint(Poppler::Document::HideAnnotations, !show);
}

QSizeF PdfDocument::pageSize(int page) const
{
    if (page < 0 || page >= d->pages)
        return {};
    const QMutexLocker locker(&d->lock);
    const std::unique_ptr<Poppler::Page> p = d->doc->page(page);
    return p ? p->pageSizeF() : QSizeF();
}

Result<QImage> PdfDocument::render(int page, double dpi) const
{
    if (page < 0 || page >= d->pages)
        return fail(QStringLiteral("preview.pdf_page"), Tr::tr("This page does not exist in the document."),
                    QStringLiteral("page %1 of %2").arg(page + 1).arg(d->pages));
    const QMutexLocker locker(&d->lock);
    const std::unique_ptr<Poppler::Page> p = d->doc->page(page);
    if (!p)
        return fail(QStringLiteral("preview.pdf_render"),
                    Tr::tr("This page could not be shown. It may be damaged."),
                    QStringLiteral("page %1").arg(page + 1));
    const QSizeF points = p->pageSizeF();
    double res = std::clamp(dpi, 1.0, 2400.0);
    const double pixels = points.width() * points.height() * (res / 72.0) * (res / 72.0);
    if (pixels > double(kMaxPixels))
        res *= std::sqrt(double(kMaxPixels) / pixels) * 0.99; // Poppler rounds the size up
    QImage image = p->renderToImage(res, res);
    if (image.isNull())
        return fail(QStringLiteral("preview.pdf_render"),
                    Tr::tr("This page could not be shown. It may be damaged."),
                    QStringLiteral("page %1 at %2 dpi").arg(page + 1).arg(res));
    return image;
}

Result<QImage> PdfDocument::renderToWidth(int page, int widthPx) const
{
    const QSizeF points = pageSize(page);
    if (points.isEmpty())
        return render(page, 72.0); // reports the bad page
    return render(page, 72.0 * double(std::max(widthPx, 1)) / points.width());
}

} // namespace sic::preview
