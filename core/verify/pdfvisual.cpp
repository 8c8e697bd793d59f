#include "verify/pdfvisual.h"

#include "preview/pdfpreview.h"

#include <QFile>
#include <QImage>
#include <QRect>
#include <QSet>

namespace sic::verify {
namespace {

constexpr double kDpi = 24.0;
constexpr int kPixelThreshold = 48;
constexpr double kPageFraction = 0.001;
constexpr double kCoverFraction = 0.02;

QImage grey(const QImage &in)
{
    return in.convertToFormat(QImage::Format_Grayscale8);
}

// A /Rect in image pixels (PDF user space grows upwards, images downwards), one pixel of margin.
QRect toPixels(const QImage &page, QSizeF points, const double rect[4], int margin = 0)
{
    const double sx = page.width() / points.width(), sy = page.height() / points.height();
    const int x0 = std::clamp(int(std::min(rect[0], rect[2]) * sx) - margin, 0, page.width());
    const int x1 = std::clamp(int(std::max(rect[0], rect[2]) * sx + 0.5) + margin, 0, page.width());
    const int y0 =
        std::clamp(int(page.height() - std::max(rect[1], rect[3]) * sy) - margin, 0, page.height());
    const int y1 =
        std::clamp(int(page.height() - std::min(rect[1], rect[3]) * sy + 0.5) + margin, 0, page.height());
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

bool looksDifferent(const QImage &a, const QImage &b, const QList<QRect> &masks)
{
    if (a.size() != b.size())
        return true;
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar *ra = a.constScanLine(y), *rb = b.constScanLine(y);
        for (int x = 0; x < a.width(); ++x) {
            if (std::abs(int(ra[x]) - int(rb[x])) <= kPixelThreshold)
                continue;
            bool masked = false;
            for (const QRect &m : masks)
                masked = masked || m.contains(x, y);
            differing += !masked;
        }
    }
    const qint64 total = qint64(a.width()) * a.height();
    return differing >= 4 && double(differing) > kPageFraction * double(total);
}

bool covers(const QImage &page, QSizeF points, const double rect[4])
{
    if (points.isEmpty() || page.isNull())
        return false;
    const QRect r = toPixels(page, points, rect);
    qint64 dark = 0, total = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const uchar *row = page.constScanLine(y);
        for (int x = r.left(); x <= r.right(); ++x, ++total)
            dark += row[x] < 200;
    }
    return total > 0 && double(dark) > kCoverFraction * double(total);
}

} // namespace

PdfVisualCheck compareRendering(const QString &path, qint64 signedEnd,
                                const QList<PdfChanges::AddedAnnotation> &added,
                                const QList<PdfChanges::AddedAnnotation> &masks)
{
    PdfVisualCheck out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > kVisualMaxBytes || signedEnd <= 0 ||
        signedEnd > f.size()) {
        out.problem = QStringLiteral("file not rendered (unreadable or over %1 bytes)").arg(kVisualMaxBytes);
        return out;
    }
    const QByteArray all = f.readAll();
    auto before = preview::PdfDocument::fromData(all.left(signedEnd));
    auto now = preview::PdfDocument::fromData(all);
    if (!before || !now) {
        out.problem = (before ? now.error() : before.error()).detail;
        return out;
    }
    (*before)->setShowAnnotations(false);
    (*now)->setShowAnnotations(false);
    const int common = std::min((*before)->pageCount(), (*now)->pageCount());
    QSet<int> annotatedPages;
    for (const auto &a : added)
        annotatedPages.insert(a.page);
    for (int p = 0; p < std::min(common, kVisualMaxPages); ++p) {
        auto ia = (*before)->render(p, kDpi);
        auto ib = (*now)->render(p, kDpi);
        if (!ia || !ib)
            continue;
        const QImage ga = grey(*ia), gb = grey(*ib);
        QList<QRect> masked;
        for (const auto &m : masks)
            if (m.page == p + 1)
                masked << toPixels(gb, (*now)->pageSize(p), m.rect, 1);
        if (looksDifferent(ga, gb, masked))
            out.differentPages << p + 1;
        if (!annotatedPages.contains(p + 1))
            continue;
        for (const auto &a : added)
            if (a.page == p + 1 && covers(gb, (*now)->pageSize(p), a.rect)) {
                out.coveredPages << p + 1;
                break;
            }
    }
    for (int p = common; p < std::max((*before)->pageCount(), (*now)->pageCount()); ++p)
        out.differentPages << p + 1;
    return out;
}

} // namespace sic::verify

#include "pdf/reader.h"
#include "verify/pdfgraph.h"

#include <QRectF>

namespace sic::verify {

QList<int> overlappingAnnotationPages(pdf::Reader &reader)
{
    QList<int> pages;
    const PdfGraph g = buildPdfGraph(reader, 100000);
    QHash<int, QList<std::pair<QRectF, bool>>> boxes; // (box, is a widget)
    for (auto it = g.uses.cbegin(); it != g.uses.cend(); ++it) {
        int page = 0;
        for (const PdfUse &u : it.value())
            if ((u.zone == PdfZone::Annotation || u.zone == PdfZone::Field) && u.page > 0 &&
                u.owner == it.key())
                page = u.page;
        if (!page)
            continue;
        auto a = pdfObjectByNumber(reader, it.key());
        if (!a || !a->isDict() || a->get("Subtype").isName("Popup") || !a->has("Subtype"))
            continue;
        if (a->get("F").isInt() && (a->get("F").integer & (2 | 32)))
            continue;
        auto r = reader.resolve(a->get("Rect"));
        if (!r || !r->isArray() || r->array.size() != 4)
            continue;
        double v[4];
        for (int i = 0; i < 4; ++i)
            v[i] = r->array[size_t(i)].serialize().toDouble();
        const QRectF box = QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3])).normalized();
        if (box.width() <= 0 || box.height() <= 0)
            continue;
        boxes[page] << std::pair{box, a->get("Subtype").isName("Widget")};
    }
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it) {
        // Form widgets laid out over each other (radio groups, stacked fields) are a form's design.
        const auto &b = it.value();
        bool overlap = false;
        for (qsizetype i = 0; i < b.size() && !overlap; ++i)
            for (qsizetype j = i + 1; j < b.size() && !overlap; ++j)
                overlap = !(b[i].second && b[j].second) && b[i].first.intersects(b[j].first);
        if (overlap)
            pages << it.key();
    }
    std::sort(pages.begin(), pages.end());
    return pages;
}

} // namespace sic::verify
