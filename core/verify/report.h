#pragma once

#include "base/error.h"
#include "verify/indication.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace sic::verify {

// What a report says about one certificate.
struct CertificateInfo
{
    QString subject;    // RFC 4514-like, full
    QString commonName; // CN alone
    QString issuer;
    QString serialHex;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256;       // fingerprint, upper-case hex with colons
    QString keyAlgorithm; // "RSA", "EC P-256"
    int keyBits = 0;
};

struct TimestampInfo
{
    QString kind; // "signature", "archive", "document"
    QDateTime time;
    std::optional<CertificateInfo> tsa;
    QList<CertificateInfo> chain; // the TSA's certificate path as far as it could be built
    bool intact = false;          // message imprint matches
    bool signatureValid = false;  // the token's own signature
    bool trusted = false;         // the TSA chains to a configured anchor
    QString problem;              // empty when all is well
};

struct RevocationInfo
{
    QString source; // "crl", "ocsp" or empty when none could be had
    QString status; // "good", "revoked", "unknown"
    QDateTime revocationTime;
    QString reason;     // e.g. "keyCompromise"
    QDateTime issuedAt; // thisUpdate / producedAt
};

// One signature, the EN 319 102-1 result plus what a person needs to understand it.
struct SignatureReport
{
    QString kind; // "XAdES", "XMLDSig", "CAdES", "PAdES", "PDF", "PDF document timestamp"
    QString id;   // the signature's Id or field name
    Indication indication = Indication::Indeterminate;
    SubIndication subIndication = SubIndication::None;
    QString reason;       // one sentence, translated
    QStringList warnings; // translated sentences
    QString level;        // "B-B", "B-T", "B-LT", "B-LTA"; empty when not an ETSI baseline shape
    std::optional<CertificateInfo> signer;
    QList<CertificateInfo> chain; // signer first, anchor last when found
    QDateTime claimedSigningTime;
    QDateTime bestSignatureTime; // the proof of existence used (a timestamp's time, else validation time)
    QDateTime validationTime;
    QList<TimestampInfo> timestamps;
    RevocationInfo revocation;
    QString digestAlgorithm;    // "sha256"
    QString signatureAlgorithm; // "RSA PKCS#1 v1.5", "RSA-PSS", "ECDSA"
    QString coverage;           // what the signature covers, for people
    bool modifiedAfterSigning = false;
    QStringList changesAfterSigning;
    std::optional<bool> dataIntact;     // every digest matched ("intact"); nullopt: not established
    std::optional<bool> signatureValid; // the signature value verified with the signer's key ("crypto valid")

    Verdict verdict() const { return verdictFor(indication, !warnings.isEmpty()); }
};

struct FileReport
{
    QString path;
    QString format;             // "xml", "pdf", "cms"
    std::optional<Error> error; // the file could not be examined at all
    int certificationPermission =
        0; // PDF DocMDP P of the certification signature (1-3), 0 when not certified
    QList<SignatureReport> signatures;
    QStringList notes; // translated: what was found in the file and deliberately not reported as a signature
};

} // namespace sic::verify
