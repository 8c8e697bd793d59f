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

QString signatureKindText(const QString &kind)
{
    if (kind == QLatin1String("PDF document timestamp"))
        return Tr::tr("PDF document time-stamp");
    return kind;
}

QString timestampKindText(const QString &kind)
{
    if (kind == QLatin1String("signature"))
        return Tr::tr("Signature time-stamp");
    if (kind == QLatin1String("document"))
        return Tr::tr("Document time-stamp");
    if (kind == QLatin1String("archive"))
        return Tr::tr("Archive time-stamp");
    return kind;
}

QString revocationText(const RevocationInfo &r)
{
    QString status = r.status;
    if (r.status == QLatin1String("good"))
        status = Tr::tr("not revoked");
    else if (r.status == QLatin1String("revoked"))
        status = Tr::tr("revoked");
    else if (r.status == QLatin1String("unknown"))
        status = Tr::tr("unknown to the responder");
    QString source = r.source;
    if (r.source == QLatin1String("ocsp"))
        source = Tr::tr("OCSP");
    else if (r.source == QLatin1String("crl"))
        source = Tr::tr("CRL");
    return Tr::tr("%1 (%2, %3)").arg(status, source, formatTime(r.issuedAt));
}

QString referenceName(const QString &uri)
{
    return uri.isEmpty() ? Tr::tr("the whole document") : uri;
}

} // namespace sic::verify
