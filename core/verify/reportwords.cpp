#include "verify/reportwords.h"

#include "verify/evaluation.h"

namespace sic::verify {

ChangeAfterSigning changeAfterSigning(const SignatureReport &s)
{
    if (s.subIndication == SubIndication::HashFailure || s.dataIntact == false)
        return ChangeAfterSigning::SignedContentChanged;
    if (s.modifiedAfterSigning)
        return ChangeAfterSigning::LaterChanges;
    if (!s.dataIntact.has_value())
        return ChangeAfterSigning::NotEstablished;
    return ChangeAfterSigning::None;
}

QString changeAfterSigningText(const SignatureReport &s)
{
    switch (changeAfterSigning(s)) {
    case ChangeAfterSigning::None:
        return Tr::tr("no");
    case ChangeAfterSigning::SignedContentChanged:
        return Tr::tr("yes: the signed content no longer matches the signature");
    case ChangeAfterSigning::LaterChanges:
        return Tr::tr("yes: changes were added after signing");
    case ChangeAfterSigning::NotEstablished:
        break;
    }
    return Tr::tr("could not be checked");
}

QString signatureKindText(SignatureKind kind, const QString &pdfSubFilter)
{
    if (kind == SignatureKind::PdfDocumentTimestamp)
        return Tr::tr("PDF document time-stamp");
    return reportName(kind, pdfSubFilter);
}

QString timestampKindText(TimestampKind kind)
{
    switch (kind) {
    case TimestampKind::Signature:
        return Tr::tr("Signature time-stamp");
    case TimestampKind::Document:
        return Tr::tr("Document time-stamp");
    case TimestampKind::Archive:
        break;
    }
    return Tr::tr("Archive time-stamp");
}

QString revocationText(const RevocationInfo &r)
{
    QString status;
    switch (r.status) {
    case RevocationStatus::Good:
        status = Tr::tr("not revoked");
        break;
    case RevocationStatus::Revoked:
        status = Tr::tr("revoked");
        break;
    case RevocationStatus::Unknown:
        status = Tr::tr("unknown to the responder");
        break;
    case RevocationStatus::None:
        break;
    }
    QString source;
    switch (r.source) {
    case RevocationSource::Ocsp:
        source = Tr::tr("OCSP");
        break;
    case RevocationSource::Crl:
        source = Tr::tr("CRL");
        break;
    case RevocationSource::None:
        break;
    }
    return Tr::tr("%1 (%2, %3)").arg(status, source, formatTime(r.issuedAt));
}

QString referenceName(const QString &uri)
{
    return uri.isEmpty() ? Tr::tr("the whole document") : uri;
}

} // namespace sic::verify
