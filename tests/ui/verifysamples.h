#pragma once

#include "base/clock.h"

#include <QDateTime>
#include <QSize>
#include <QStringList>

#include <memory>

namespace sic::test {

// Files for the verify screen's screenshots, signed at run time with keys of the test PKI: a valid
// signature by a Japanese signer, a tampered copy, an untrusted (self-signed) one and a file that is
// no PDF. Empty when the test PKI has not been made ($SIC_BUILD_DIR/test-pki).
struct VerifySamples
{
    QStringList files;
    QString trustAnchors;
    QString crl;                        // the issuing CA's CRL, served at the PKI's distribution point
    std::unique_ptr<ManualClock> clock; // within the signers' validity, after the signing
    QString problem;                    // why there are no samples
};

VerifySamples makeVerifySamples(const QString &dir, const QString &pkiDir);

// Renders the verify page of Main.qml with the samples verified (online checks on, the CRL served
// in-process) to <outDir>/verify-results-<lang>-<w>x<h>.png. Returns false if it could not.
bool renderVerifyResults(const QString &outDir, const QString &lang, const QSize &size,
                         const VerifySamples &samples);

} // namespace sic::test
