#include "verify/report.h"

namespace sic::verify {

QString reportName(SignatureKind kind, const QString &pdfSubFilter)
{
    switch (kind) {
    case SignatureKind::XAdES:
        return QStringLiteral("XAdES");
    case SignatureKind::XAdESCounterSignature:
        return QStringLiteral("XAdES counter-signature");
    case SignatureKind::XMLDSig:
        return QStringLiteral("XMLDSig");
    case SignatureKind::CAdES:
        return QStringLiteral("CAdES");
    case SignatureKind::PAdES:
        return QStringLiteral("PAdES");
    case SignatureKind::PdfCms:
        return QStringLiteral("PDF (%1)").arg(pdfSubFilter);
    case SignatureKind::PdfDocumentTimestamp:
        return QStringLiteral("PDF document timestamp");
    case SignatureKind::PdfUnreadable:
        break;
    }
    return QStringLiteral("PDF");
}

QString reportName(TimestampKind kind)
{
    switch (kind) {
    case TimestampKind::Signature:
        return QStringLiteral("signature");
    case TimestampKind::Archive:
        return QStringLiteral("archive");
    case TimestampKind::Document:
        break;
    }
    return QStringLiteral("document");
}

QString reportName(RevocationSource source)
{
    switch (source) {
    case RevocationSource::Crl:
        return QStringLiteral("crl");
    case RevocationSource::Ocsp:
        return QStringLiteral("ocsp");
    case RevocationSource::None:
        break;
    }
    return {};
}

QString reportName(RevocationStatus status)
{
    switch (status) {
    case RevocationStatus::Good:
        return QStringLiteral("good");
    case RevocationStatus::Revoked:
        return QStringLiteral("revoked");
    case RevocationStatus::Unknown:
        return QStringLiteral("unknown");
    case RevocationStatus::None:
        break;
    }
    return {};
}

QString reportName(FileFormat format)
{
    switch (format) {
    case FileFormat::Pdf:
        return QStringLiteral("pdf");
    case FileFormat::Xml:
        return QStringLiteral("xml");
    case FileFormat::Cms:
        return QStringLiteral("cms");
    case FileFormat::Unknown:
        break;
    }
    return {};
}

} // namespace sic::verify
