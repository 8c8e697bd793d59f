#pragma once

#include "base/error.h"
#include "sign/hashsigner.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace sic {

// What the formats need to know about the key before anything is hashed.
struct SignerIdentity
{
    QList<QByteArray> chain; // DER, end-entity first
    SignatureScheme scheme;
};

// The two-phase seam every signature format implements (PAdES, XAdES; see FormatRegistry), in the spirit of
// libdigidocpp's "prepare / add signature value": narrow and explicit.
//
//   prepare()  builds the signed structure next to the output (a temporary "prepared" file),
//              fixes every byte that the signature covers and returns the digest(s) to sign.
//   finish()   receives one signature value per digest, in order, embeds them (optionally with a
//              timestamp), and moves the finished file into place atomically.
//   abort()    removes whatever prepare() left behind.
//
// A session is single-use. Until finish() reports success no output file exists; after any
// failure none remains.
class SigningSession
{
public:
    virtual ~SigningSession() = default;

    virtual Result<QList<QByteArray>> prepare(const SignerIdentity &signer) = 0;

    using FinishCallback = std::function<void(Result<QString>)>; // the output path on success
    // Calls back once, on the caller's thread (timestamping may be asynchronous).
    virtual void finish(const QList<QByteArray> &signatureValues, FinishCallback done) = 0;
    virtual void abort() = 0;

    // What the signature covers: one file for PAdES and XAdES, many for a container.
    virtual QStringList inputs() const = 0;
    virtual QString outputPath() const = 0;
};

} // namespace sic
