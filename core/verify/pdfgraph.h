#pragma once

#include "pdf/reader.h"

#include <QHash>
#include <QList>

namespace sic::verify {

// Where an indirect object is used in a revision: the role of the place that refers to it, found
// by walking the document from the trailer (/Root, /Info and every other trailer key), following
// indirect references and object streams. The modification analysis judges a changed object by
// every place that uses it, in the signed revision and in the final one: an object shared by an
// allowed place (a field's appearance) and a disallowed one (page content, a stray catalog or
// trailer key) may not change. This is how pyHanko's difference analysis approves a reference
// only when every path to it is approved.
enum class PdfZone : quint8
{
    Unknown,      // reached through a trailer key other than /Root and /Info
    Catalog,      // the document catalog itself
    CatalogOther, // reached through catalog keys that change what a viewer does (OpenAction, Outlines...)
    Info,         // the document information dictionary
    Metadata,     // XMP metadata
    Dss,          // validation data (/DSS)
    Extensions,   // /Extensions (developer extensions: bookkeeping)
    Perms,        // /Perms (DocMDP)
    StructTree,   // the tag structure (accessibility), not shown
    Names,        // the name tree (destinations)
    AcroForm,     // the interactive form dictionary
    FormResources,
    FieldsArray,     // an indirect /Fields or /Kids array
    Field,           // a form field or a widget annotation (owner: the field)
    SigValue,        // a signature dictionary, the /V of a signature field (owner: the field)
    FieldAppearance, // an appearance stream of a field or widget and what it uses (owner: the field)
    PageTree,
    Page,
    AnnotsArray,       // an indirect /Annots array (page)
    Annotation,        // a non-widget annotation (owner: the annotation)
    AnnotationContent, // an annotation's appearance and what it uses
    PageContent        // content streams, resources and everything else a page uses
};

struct PdfUse
{
    PdfZone zone = PdfZone::Unknown;
    int owner = 0; // the field or annotation object the zone belongs to
    int page = 0;  // 1-based page number when the place belongs to a page, else 0
    friend bool operator==(const PdfUse &, const PdfUse &) = default;
};

struct PdfGraph
{
    QHash<int, QList<PdfUse>> uses; // object number -> every place that uses it
    QHash<int, int> pageNumbers;    // page object number -> 1-based page number
    int catalog = 0;
    bool truncated = false; // the walk stopped at its budget (hostile file): judge conservatively
};

// Walks the revision `reader` reads (bounded: at most `budget` visits).
PdfGraph buildPdfGraph(pdf::Reader &reader, int budget = 200000);

// The object with this number as the reader's cross-reference data has it (its generation
// included); null when free or missing.
Result<pdf::Object> pdfObjectByNumber(pdf::Reader &reader, int num);

// The field type (/FT), inherited through /Parent.
QByteArray pdfFieldType(pdf::Reader &reader, const pdf::Object &field);

} // namespace sic::verify
