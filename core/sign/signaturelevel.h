#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace sic {

// The baseline levels of ETSI EN 319 142-1 (PAdES), 319 132-1 (XAdES) and 319 122-1 (CAdES), the
// same four for every format. A format declares the levels it can produce (FormatRegistry); the
// later two add validation data (B-LT) and an archive time-stamp (B-LTA) after the signature.
enum class SignatureLevel
{
    B_B,
    B_T,
    B_LT,
    B_LTA
};

// "B-B", "B-T", "B-LT", "B-LTA": the names in settings, the journal, the CLI and the reports.
QString levelName(SignatureLevel level);
// Accepts the names above, case-insensitive; nullopt for anything else.
std::optional<SignatureLevel> parseLevel(QStringView name);
QList<SignatureLevel> allLevels();
// From B-T on, the signature carries a signature time-stamp, so a time-stamp service is needed.
constexpr bool needsTimestamp(SignatureLevel level)
{
    return level != SignatureLevel::B_B;
}

// How a signature relates to what it signs. PAdES is always embedded in the PDF (Enveloped); XAdES
// has all three; a container format would package many files with one signature.
enum class Packaging
{
    Enveloped,  // inside the signed document (the PDF, the XML's root element)
    Enveloping, // the document inside the signature
    Detached,   // a separate signature file that names the document
};

QString packagingName(Packaging packaging); // "enveloped", "enveloping", "detached"
std::optional<Packaging> parsePackaging(QStringView name);

} // namespace sic
