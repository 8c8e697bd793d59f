#pragma once

#include "verify/pdfchanges.h"

#include <QList>
#include <QString>

namespace sic::verify {

// What the signer saw against what the document shows now, page by page: the signed revision and
// the final document are rendered by Poppler without annotations (their changes are judged by the
// object analysis) and compared pixel by pixel.
struct PdfVisualCheck
{
    QList<int> differentPages; // 1-based pages whose content looks different (or was added/removed)
    QList<int> coveredPages;   // pages where an annotation added after signing covers page content
    QString problem;           // not empty: the comparison could not be made (why)
};

// Rendering resolution and thresholds (docs/verify.md): 24 dpi, grey levels; a pixel differs when
// its grey value differs by more than 48 of 255; a page differs when more than 0.1 % of its
// pixels (and at least 4) differ. An added annotation covers content when more than 2 % of the
// pixels inside its /Rect are not near-white (grey < 200) on the page rendered without annotations.
// At most kVisualMaxPages pages are compared, files over kVisualMaxBytes are not rendered.
// Pixels inside `masks` (widgets whose change the object analysis allowed: Poppler draws form
// widgets even when told to hide annotations) are not compared.
PdfVisualCheck compareRendering(const QString &path, qint64 signedEnd,
                                const QList<PdfChanges::AddedAnnotation> &added,
                                const QList<PdfChanges::AddedAnnotation> &masks = {});

constexpr int kVisualMaxPages = 30;
constexpr qint64 kVisualMaxBytes = 128ll * 1024 * 1024;

} // namespace sic::verify

namespace sic::pdf {
class Reader;
}

namespace sic::verify {

// Pages of the document (1-based) on which two visible annotations overlap, so that one may hide
// the other or the content under it (DSS's "annotation overlap"). Popups, hidden annotations
// (flags Hidden/NoView) and annotations without area are not counted.
QList<int> overlappingAnnotationPages(pdf::Reader &reader);

} // namespace sic::verify
