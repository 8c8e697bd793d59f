#pragma once

#include "base/clock.h"
#include "base/error.h"
#include "crypto/trustanchors.h"
#include "sign/formatregistry.h"
#include "sign/signaturelevel.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

namespace sic::engine {

using sic::TrustSource; // crypto/trustanchors.h: anchors file or folder, the OS store when asked

// What the signer asked for, the same for the GUI and sic-cli: the engine turns it into one
// signing session per document (sessionsFor) and both front ends only fill it in.
struct SignRequest
{
    QStringList files;
    QString format = QStringLiteral("auto"); // a FormatRegistry id, or "auto" (by each file's type)
    std::optional<Packaging> packaging;      // unset: the format's default for each file
    SignatureLevel level = SignatureLevel::B_B;
    QString reason;
    QString location;
    QStringList claimedRoles;
    QString outputFolder;    // empty: next to each input
    QStringList outputNames; // empty, or one file name per input (in outputFolder, else next to it)
    bool overwrite = false;
    QUrl tsaUrl;                  // RFC 3161 service for B-T; empty: the signature service's own time-stamps
    TrustSource trust;            // for the time-stamp's check and the check of each output after signing
    const Clock *clock = nullptr; // null: the system clock
};

// What the factory decided for one document, before anything was read or written.
struct PlannedDocument
{
    QStringList inputs;
    QString format; // registry id; empty when refused before a format was chosen
    Packaging packaging = Packaging::Enveloped;
    QString output;
    std::optional<Error> refused; // why this document will not be signed (it fails, the others go on)
};

// Errors of the request as a whole (nothing is signed): sign.no_files, sign.unknown_format,
// sign.level_unsupported (no format has the level), sign.no_tsa_trust (a time-stamped level without
// trust anchors to check the time-stamp), io.no_output_folder, sign.output_names.
Result<void> checkRequest(const SignRequest &request, const FormatRegistry &registry);

// The one format-picking rule and output naming, per document. A refusal is the same in both
// front ends: "enveloped" for a file that is not XML is xades.not_xml, a format that cannot make
// the level is sign.level_unsupported.
QList<PlannedDocument> planDocuments(const SignRequest &request, const FormatRegistry &registry);

// One session per planned document, in order; a refused document becomes a session whose
// prepare() reports the refusal, so that the batch reports it on that document's row.
std::vector<std::unique_ptr<SigningSession>> makeSessions(const SignRequest &request,
                                                          const QList<PlannedDocument> &plan,
                                                          const FormatRegistry &registry,
                                                          TimestampSource *timestamps);

} // namespace sic::engine
