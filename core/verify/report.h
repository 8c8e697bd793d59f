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

// The closed vocabularies of a report, typed. Each has one reportName: the spelling of the JSON,
// CSV and HTML reports (docs/report-schema.md), which tests compare byte for byte.
enum class SignatureKind
{
    XAdES,
    XAdESCounterSignature,
    XMLDSig,
    CAdES,
    PAdES,                // ETSI.CAdES.detached
    PdfCms,               // another /SubFilter, named with it: "PDF (adbe.pkcs7.detached)"
    PdfDocumentTimestamp, // ETSI.RFC3161
    PdfUnreadable,        // /Contents that is not a readable CMS
};
// "XAdES", "XAdES counter-signature", "XMLDSig", "CAdES", "PAdES", "PDF (<subFilter>)",
// "PDF document timestamp", "PDF".
QString reportName(SignatureKind kind, const QString &pdfSubFilter = {});

enum class TimestampKind
{
    Signature, // signature-time-stamp over the signature value
    Archive,   // archive-time-stamp (B-LTA)
    Document,  // PDF document time-stamp
};
QString reportName(TimestampKind kind); // "signature", "archive", "document"

enum class RevocationSource
{
    None, // nothing usable could be had
    Crl,
    Ocsp,
};
QString reportName(RevocationSource source); // "crl", "ocsp", empty for None

enum class RevocationStatus
{
    None, // not established
    Good,
    Revoked,
    Unknown, // the responder does not know the certificate
};
QString reportName(RevocationStatus status); // "good", "revoked", "unknown", empty for None

enum class FileFormat
{
    Unknown,
    Pdf,
    Xml,
    Cms,
};
QString reportName(FileFormat format); // "pdf", "xml", "cms", empty for Unknown

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
    TimestampKind kind = TimestampKind::Signature;
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
    RevocationSource source = RevocationSource::None;
    RevocationStatus status = RevocationStatus::None;
    QDateTime revocationTime;
    QString reason;     // e.g. "keyCompromise"
    QDateTime issuedAt; // thisUpdate / producedAt
};

// One signature, the EN 319 102-1 result plus what a person needs to understand it.
struct SignatureReport
{
    SignatureKind kind = SignatureKind::XMLDSig;
    QString pdfSubFilter; // with SignatureKind::PdfCms
    QString id;           // the signature's Id or field name
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
    FileFormat format = FileFormat::Unknown;
    std::optional<Error> error; // the file could not be examined at all
    int certificationPermission =
        0; // PDF DocMDP P of the certification signature (1-3), 0 when not certified
    QList<SignatureReport> signatures;
    QStringList notes; // translated: what was found in the file and deliberately not reported as a signature
};

} // namespace sic::verify
