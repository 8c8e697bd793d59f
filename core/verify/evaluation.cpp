#include "verify/evaluation.h"

#include "verify/certinfo.h"
#include "verify/chain.h"
#include "verify/onlinerevocation.h"

namespace sic::verify {
namespace {

// Dates after which, without earlier proof of existence, an algorithm no longer counts as secure
// (ETSI TS 119 312 / SOG-IS: SHA-1 for signatures and RSA below 2048 bits are withdrawn).
const QDateTime kSha1Sunset(QDate(2016, 1, 1), QTime(0, 0), Qt::UTC);
const QDateTime kSmallRsaSunset(QDate(2016, 1, 1), QTime(0, 0), Qt::UTC);

QString who(const SignatureReport &r)
{
    if (r.signer && !r.signer->commonName.isEmpty())
        return r.signer->commonName;
    return r.signer ? r.signer->subject : Tr::tr("the signer");
}

QString reasonText(const QString &code)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("keyCompromise"), Tr::tr("key compromise")},
        {QStringLiteral("cACompromise"), Tr::tr("CA compromise")},
        {QStringLiteral("affiliationChanged"), Tr::tr("affiliation changed")},
        {QStringLiteral("superseded"), Tr::tr("superseded")},
        {QStringLiteral("cessationOfOperation"), Tr::tr("cessation of operation")},
        {QStringLiteral("certificateHold"), Tr::tr("certificate on hold")},
        {QStringLiteral("privilegeWithdrawn"), Tr::tr("privilege withdrawn")},
    };
    return names.value(code, code.isEmpty() ? Tr::tr("no reason given") : code);
}

void set(SignatureReport &r, Indication i, SubIndication s, QString reason)
{
    r.indication = i;
    r.subIndication = s;
    r.reason = std::move(reason);
}

Indication indicationOfFailure(SubIndication s)
{
    switch (s) {
    case SubIndication::FormatFailure:
    case SubIndication::HashFailure:
    case SubIndication::SigCryptoFailure:
        return Indication::TotalFailed;
    default:
        return Indication::Indeterminate;
    }
}

} // namespace

QString formatTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

SignatureReport evaluate(SignatureEvidence &ev, const ValidationContext &ctx)
{
    SignatureReport r;
    r.kind = ev.kind;
    r.pdfSubFilter = ev.pdfSubFilter;
    r.id = ev.id;
    r.level = ev.level;
    r.warnings = ev.warnings;
    r.claimedSigningTime = ev.claimedSigningTime;
    r.digestAlgorithm =
        ev.digestAlgorithm ? QString::fromLatin1(hashInfo(*ev.digestAlgorithm).name) : QString();
    r.signatureAlgorithm = ev.signatureAlgorithm;
    r.coverage = ev.coverage;
    r.modifiedAfterSigning = ev.modifiedAfterSigning;
    r.changesAfterSigning = ev.changesAfterSigning;
    r.dataIntact = ev.dataIntact;
    r.signatureValid = ev.signatureValid;
    r.validationTime = ctx.clock->now().toUTC();
    r.bestSignatureTime = r.validationTime;
    if (ev.signerCert)
        r.signer = certificateInfo(ev.signerCert.get());
    for (const TimestampCheck &tc : ev.signatureTimestamps)
        r.timestamps << tc.info;
    r.timestamps += ev.otherTimestamps;

    if (ev.failure != SubIndication::None) {
        set(r, indicationOfFailure(ev.failure), ev.failure, ev.failureReason);
        return r;
    }
    if (!ev.signerCert) {
        set(r, Indication::Indeterminate, SubIndication::NoSigningCertificateFound,
            Tr::tr("The signer's certificate could not be found, so the signer cannot be identified."));
        return r;
    }

    // Proof of existence: the earliest signature timestamp that is intact, valid and trusted.
    bool hasPoe = false;
    for (const TimestampCheck &tc : ev.signatureTimestamps) {
        if (!tc.usable()) {
            r.warnings << Tr::tr("A signature timestamp is not valid: %1").arg(tc.info.problem);
            continue;
        }
        if (!tc.info.trusted) {
            r.warnings
                << Tr::tr("The timestamp authority %1 is not among the trusted anchors; its time is not used "
                          "as proof.")
                       .arg(tc.info.tsa ? tc.info.tsa->commonName : QString());
            continue;
        }
        if (!hasPoe || tc.info.time < r.bestSignatureTime)
            r.bestSignatureTime = tc.info.time;
        hasPoe = true;
    }
    const QDateTime bst = r.bestSignatureTime;

    // Weak algorithms are named even when another problem decides the result.
    const bool weakDigest = ev.digestAlgorithm == HashAlgorithm::Sha1;
    const EVP_PKEY *signerKey = ev.signerCert ? X509_get0_pubkey(ev.signerCert.get()) : nullptr;
    const bool weakKey = signerKey && EVP_PKEY_is_a(signerKey, "RSA") && EVP_PKEY_get_bits(signerKey) < 2048;
    const QString weakWhat = weakDigest ? Tr::tr("the SHA-1 digest algorithm")
                             : weakKey  ? Tr::tr("an RSA key of %1 bits").arg(EVP_PKEY_get_bits(signerKey))
                                        : QString();
    if (!weakWhat.isEmpty())
        r.warnings << Tr::tr("The signature uses %1, which is no longer considered secure.").arg(weakWhat);

    std::vector<X509 *> untrusted;
    for (const auto &c : ev.untrusted)
        untrusted.push_back(c.get());
    const ChainResult chain = buildChain(ev.signerCert.get(), untrusted, *ctx.trust);
    for (const auto &c : chain.certs)
        r.chain << certificateInfo(c.get());
    if (chain.status == ChainResult::Status::NoChain) {
        set(r, Indication::Indeterminate, SubIndication::NoCertificateChainFound,
            ctx.trust->isEmpty()
                ? Tr::tr("The signer's certificate cannot be traced to a trusted authority because no trust "
                         "anchors "
                         "are configured.")
            : ctx.trust->configuredAnchorCount() == 0
                ? Tr::tr(
                      "The signer's certificate does not lead to any certificate authority of the operating "
                      "system's trust store, and no trust anchors are configured.")
                : Tr::tr("The signer's certificate does not lead to any of the configured trust anchors."));
        return r;
    }
    if (chain.status == ChainResult::Status::GeneralFailure) {
        set(r, Indication::Indeterminate, SubIndication::CertificateChainGeneralFailure,
            Tr::tr("The signer's certificate chain is not valid (%1).").arg(chain.detail));
        return r;
    }
    // The web CAs of the operating system vouch for web sites; one of them at the end of the path
    // says little about who signed a document, so the user is told, whatever the outcome.
    if (ctx.trust->isSystemAnchor(chain.certs.back().get()))
        r.warnings << Tr::tr("The signer is trusted only through the operating system's web certificate "
                             "authorities, which are meant for web sites, not for document signatures.");

    X509 *signer = ev.signerCert.get();
    // A certificate whose key usage excludes signing (a CA key, an encryption key) may not sign.
    if ((X509_get_extension_flags(signer) & EXFLAG_KUSAGE) &&
        !(X509_get_key_usage(signer) & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION))) {
        set(r, Indication::Indeterminate, SubIndication::ChainConstraintsFailure,
            Tr::tr(
                "The signer's certificate is not allowed to make signatures (its key usage excludes it)."));
        return r;
    }
    const QDateTime notBefore = asn1TimeToDateTime(X509_get0_notBefore(signer));
    const QDateTime notAfter = asn1TimeToDateTime(X509_get0_notAfter(signer));
    if (bst < notBefore) {
        set(r, Indication::TotalFailed, SubIndication::NotYetValid,
            Tr::tr("The signer's certificate is valid only from %1, after the signature was made.")
                .arg(formatTime(notBefore)));
        return r;
    }
    for (size_t i = 1; i < chain.certs.size(); ++i) {
        X509 *ca = chain.certs[i].get();
        if (bst < asn1TimeToDateTime(X509_get0_notBefore(ca)) ||
            bst > asn1TimeToDateTime(X509_get0_notAfter(ca))) {
            set(r, Indication::Indeterminate, SubIndication::OutOfBoundsNoPoe,
                Tr::tr("The certificate of the issuing authority %1 was not valid at %2.")
                    .arg(x509CommonName(X509_get_subject_name(ca)), formatTime(bst)));
            return r;
        }
    }

    RevocationData data = ev.revocation;
    data.append(ctx.extraRevocation);
    X509 *issuer = chain.certs.size() > 1 ? chain.certs[1].get() : nullptr;
    const bool signerIsAnchor = ctx.trust->contains(signer);
    if (!signerIsAnchor)
        r.revocation = checkRevocation(signer, issuer, data, untrusted, *ctx.trust, r.validationTime);
    if (ctx.revocationNeeds && !signerIsAnchor && r.revocation.status == RevocationStatus::None)
        ctx.revocationNeeds->add(signer, issuer);
    const bool revoked = r.revocation.status == RevocationStatus::Revoked;
    const bool good = r.revocation.status == RevocationStatus::Good;

    if (revoked) {
        const QDateTime rt = r.revocation.revocationTime;
        const QString why = reasonText(r.revocation.reason);
        if (hasPoe && bst < rt) {
            r.warnings
                << Tr::tr("The signer's certificate was revoked on %1 (%2), after the signature's timestamp.")
                       .arg(formatTime(rt), why);
        } else if (hasPoe) {
            set(r, Indication::TotalFailed, SubIndication::Revoked,
                Tr::tr("The signer's certificate was revoked on %1 (%2), before the signature's timestamp.")
                    .arg(formatTime(rt), why));
            return r;
        } else {
            set(r, Indication::Indeterminate, SubIndication::RevokedNoPoe,
                Tr::tr("The signer's certificate was revoked on %1 (%2), and nothing proves the signature "
                       "was made "
                       "before that.")
                    .arg(formatTime(rt), why));
            return r;
        }
    }
    // Issuing CAs: a revoked CA breaks the chain unless the signature is proven older than that.
    for (size_t i = 1; i + 1 < chain.certs.size(); ++i) {
        X509 *ca = chain.certs[i].get();
        if (ctx.trust->contains(ca))
            break;
        const RevocationInfo caRev =
            checkRevocation(ca, chain.certs[i + 1].get(), data, untrusted, *ctx.trust, r.validationTime);
        if (ctx.revocationNeeds && caRev.status == RevocationStatus::None)
            ctx.revocationNeeds->add(ca, chain.certs[i + 1].get());
        if (caRev.status != RevocationStatus::Revoked || (hasPoe && bst < caRev.revocationTime))
            continue;
        set(r, Indication::Indeterminate, SubIndication::RevokedCaNoPoe,
            Tr::tr("The certificate of the issuing authority %1 was revoked on %2 (%3).")
                .arg(x509CommonName(X509_get_subject_name(ca)), formatTime(caRev.revocationTime),
                     reasonText(caRev.reason)));
        return r;
    }
    if (r.validationTime > notAfter) {
        if (hasPoe && bst > notAfter) {
            set(r, Indication::TotalFailed, SubIndication::Expired,
                Tr::tr("The signer's certificate expired on %1, before the signature's timestamp.")
                    .arg(formatTime(notAfter)));
            return r;
        }
        if (!hasPoe) {
            set(r, Indication::Indeterminate,
                good ? SubIndication::OutOfBoundsNotRevoked : SubIndication::OutOfBoundsNoPoe,
                Tr::tr(
                    "The signer's certificate expired on %1, and no timestamp proves the signature was made "
                    "before that.")
                    .arg(formatTime(notAfter)));
            return r;
        }
    }
    if (!signerIsAnchor && !revoked && !good) {
        set(r, Indication::Indeterminate, SubIndication::TryLater,
            r.revocation.status == RevocationStatus::Unknown
                ? Tr::tr("The revocation status of the signer's certificate is unknown to its responder.")
            : ctx.online
                ? Tr::tr("The revocation status of the signer's certificate could not be checked: no CRL or "
                         "OCSP response is in the signature, and none could be fetched online from the "
                         "addresses in the certificate. Try again later.")
                : Tr::tr("The revocation status of the signer's certificate could not be checked: no CRL or "
                         "OCSP "
                         "response is in the signature or was given, and online checking is not available."));
        return r;
    }

    if (!weakWhat.isEmpty()) {
        const QDateTime sunset = weakDigest ? kSha1Sunset : kSmallRsaSunset;
        if (hasPoe && bst < sunset) {
            r.warnings << Tr::tr(
                              "A timestamp proves the signature existed before %1 stopped being considered "
                              "secure.")
                              .arg(weakWhat);
        } else {
            set(r, Indication::Indeterminate, SubIndication::CryptoConstraintsFailureNoPoe,
                Tr::tr("The signature uses %1, which is no longer considered secure.").arg(weakWhat));
            r.warnings.removeAll(r.reason);
            return r;
        }
    }

    set(r, Indication::TotalPassed, SubIndication::None,
        hasPoe
            ? Tr::tr("The signature is intact, was made by %1 with a trusted certificate, and is timestamped "
                     "%2.")
                  .arg(who(r), formatTime(bst))
            : Tr::tr(
                  "The signature is intact and was made by %1 with a trusted certificate that is valid now.")
                  .arg(who(r)));
    return r;
}

} // namespace sic::verify
