#pragma once

#include "verify/report.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace sic::verify {

// Context printed with every report.
struct ReportMeta
{
    QString generator; // "sic-cli 0.1.0"
    QDateTime validationTime;
    QList<CertificateInfo> trustAnchors;
    bool online = false;
    QString language = QStringLiteral("en"); // HTML: "en" now, "ja" once translations exist
};

inline constexpr int kReportSchemaVersion = 1;

// JSON as documented in docs/report-schema.md.
QJsonObject signatureToJson(const SignatureReport &s);
QByteArray reportToJson(const QList<FileReport> &files, const ReportMeta &meta);
// One self-contained printable page: no scripts, no external resources.
QByteArray reportToHtml(const QList<FileReport> &files, const ReportMeta &meta);
// One row per signature (and one per file that could not be verified), RFC 4180 quoting.
QByteArray reportToCsv(const QList<FileReport> &files);

} // namespace sic::verify
