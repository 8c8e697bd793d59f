#pragma once

#include "verify/report.h"
#include "verify/truststore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace sic::verify {

// Context printed with every report.
struct ReportMeta
{
    QString generator; // "sic-cli 0.1.0"
    QDateTime validationTime;
    QList<CertificateInfo> trustAnchors; // the configured ones, listed
    // The operating system's trust store, when it was asked for: counted, not listed.
    bool systemTrustUsed = false;
    int systemTrustCount = 0;
    bool online = false;
    QString language = QStringLiteral("en"); // HTML: "en" now, "ja" once translations exist
};

inline constexpr int kReportSchemaVersion = 1;
// Counts additions within a version (docs/report-schema.md); 1 added systemTrustStore, 2 files[].notes.
inline constexpr int kReportSchemaMinorVersion = 2;

// The trust part of meta from what a validation used.
void setTrust(ReportMeta &meta, const TrustStore &trust);

// JSON as documented in docs/report-schema.md.
QJsonObject signatureToJson(const SignatureReport &s);
QByteArray reportToJson(const QList<FileReport> &files, const ReportMeta &meta);
// One self-contained printable page: no scripts, no external resources.
QByteArray reportToHtml(const QList<FileReport> &files, const ReportMeta &meta);
// ETSI TS 119 102-2 V1.2.1 validation report (XML), one SignatureValidationReport per signature.
QByteArray reportToEtsiXml(const QList<FileReport> &files, const ReportMeta &meta);
// One row per signature (and one per file that could not be verified), RFC 4180 quoting.
QByteArray reportToCsv(const QList<FileReport> &files);

} // namespace sic::verify
