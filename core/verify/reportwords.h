#pragma once

#include "verify/report.h"

#include <QString>

namespace sic::verify {

// The words a person reads for the report model's codes, one place for the HTML report and the
// GUI's details, in the UI language (the codes themselves stay in JSON/CSV).

// Whether what was signed changed after signing. A digest that no longer matches (the signed
// bytes themselves changed) counts, not only revisions appended to a PDF later.
enum class ChangeAfterSigning
{
    None,
    SignedContentChanged, // a digest of the signed data does not match
    LaterChanges,         // later PDF revisions (changesAfterSigning lists them)
    NotEstablished,       // the integrity could not be checked (signed data not found, …)
};
ChangeAfterSigning changeAfterSigning(const SignatureReport &s);
QString changeAfterSigningText(const SignatureReport &s);

// The signature's kind for people: the format names stay ("PAdES", "XAdES"), a PDF document
// time-stamp is named in the UI language.
QString signatureKindText(SignatureKind kind, const QString &pdfSubFilter = {});

// A time-stamp's label: Signature → "Signature time-stamp", Document → "Document time-stamp", …
QString timestampKindText(TimestampKind kind);
// "good (OCSP, 2026-11-20 10:00 UTC)" in the UI language.
QString revocationText(const RevocationInfo &r);
// An XML reference's URI for people: "" is the whole document.
QString referenceName(const QString &uri);

} // namespace sic::verify
