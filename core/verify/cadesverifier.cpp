#include "verify/cadesverifier.h"

#include "crypto/digest.h"
#include "verify/chain.h"

#include <QFileInfo>

namespace sic::verify {
namespace {

// B-LT (EN 319 122-1 5.5, as the PAdES and XAdES front ends judge it): the file itself holds what
// validates the signer later, namely the certificates of its chain up to (not necessarily
// including) an anchor or a self-issued root, and revocation data that covers the signer.
bool carriesValidationData(const SignatureEvidence &ev, const ValidationContext &ctx)
{
    X509 *signer = ev.signerCert.get();
    if (!signer)
        return false;
    std::vector<X509 *> fileCerts, anchors;
    for (const auto &c : ev.untrusted)
        fileCerts.push_back(c.get());
    for (const auto &a : ctx.trust->certificates())
        anchors.push_back(a.get());
    X509 *issuer = nullptr; // the signer's
    X509 *cur = signer;
    bool complete = false;
    // Each step takes a distinct certificate of the file (a self-issued one ends the walk), so
    // the walk is bounded by their number.
    for (size_t depth = 0; depth <= fileCerts.size() && !complete; ++depth) {
        if (ctx.trust->contains(cur) ||
            X509_NAME_cmp(X509_get_subject_name(cur), X509_get_issuer_name(cur)) == 0) {
            complete = true;
            break;
        }
        X509 *next = findIssuer(cur, fileCerts);
        if (!next) {
            next = findIssuer(cur, anchors);
            complete = next != nullptr;
            if (!next)
                return false;
        }
        if (!issuer)
            issuer = next;
        cur = next;
    }
    if (!complete || !issuer)
        return false;
    return checkRevocation(signer, issuer, ev.revocation, fileCerts, *ctx.trust, ctx.clock->now()).status !=
           RevocationStatus::None;
}

} // namespace

SignatureEvidence checkCmsSignature(CmsSignedData &sd, const ContentDigest &content,
                                    const ValidationContext &ctx, const std::vector<X509 *> &extraCerts)
{
    SignatureEvidence ev;
    ev.kind = SignatureKind::CAdES;
    CmsSignerCheck c = checkSigner(sd, content, extraCerts);
    ev.digestAlgorithm = c.digestAlgorithm;
    ev.signatureAlgorithm = c.signatureAlgorithm;
    ev.claimedSigningTime = c.signingTime;
    for (const auto &cert : sd.certificates) {
        X509_up_ref(cert.get());
        ev.untrusted.emplace_back(cert.get());
    }
    for (const auto &cert : c.cadesValues.certificates) {
        X509_up_ref(cert.get());
        ev.untrusted.emplace_back(cert.get());
    }
    for (X509 *cert : extraCerts) {
        X509_up_ref(cert);
        ev.untrusted.emplace_back(cert);
    }
    ev.revocation.crls = sd.crls + c.archivedCrls;
    ev.revocation.ocspResponses = c.ocspResponses + sd.otherOcspResponses;
    ev.revocation.append(c.cadesValues.revocation);
    ev.warnings << c.cadesValues.problems;
    if (c.cadesValues.hasArchiveTimestampV3)
        ev.warnings << Tr::tr(
            "The signature has an archive time-stamp (archive-time-stamp-v3), which was not "
            "checked; the signature's level is therefore given as B-LT at most.");
    if (c.signedAttributesNotDer)
        ev.warnings << Tr::tr(
            "The signed attributes are not in DER order; the signature value was checked over "
            "them as received.");
    if (sd.signerCount > 1)
        ev.warnings
            << Tr::tr("The CMS structure has %1 signers; only the first is verified.").arg(sd.signerCount);

    if (!c.formatProblem.isEmpty()) {
        ev.failure = SubIndication::FormatFailure;
        ev.failureReason = Tr::tr("The signature is malformed (%1).").arg(c.formatProblem);
    } else if (c.signerCert && !c.digestMatches && c.hasSignedAttributes) {
        ev.failure = SubIndication::HashFailure;
        ev.failureReason =
            Tr::tr("The signed data was changed after signing: its digest does not match the one in "
                   "the signature.");
    } else if (c.signerCert && !c.signatureValid) {
        ev.failure = SubIndication::SigCryptoFailure;
        ev.failureReason =
            c.hasSignedAttributes
                ? Tr::tr("The signature value does not match the signed attributes and the signer's "
                         "key.")
                : Tr::tr("The signature value does not match the signed data and the signer's key.");
    } else if (!c.signerCert) {
        ev.failure = SubIndication::NoSigningCertificateFound;
        ev.failureReason = Tr::tr("The signer's certificate is not in the signature, so the signer cannot be "
                                  "identified.");
    } else if (!c.cryptoConstraint.isEmpty()) {
        ev.failure = SubIndication::CryptoConstraintsFailure;
        ev.failureReason = Tr::tr("The signature uses an algorithm combination the standards forbid (%1).")
                               .arg(c.cryptoConstraint);
    } else if (!c.signingCertProblem.isEmpty()) {
        ev.failure = SubIndication::NoSigningCertificateFound;
        ev.failureReason =
            Tr::tr("The signing-certificate attribute names a different certificate than the one "
                   "that signed.");
    }
    if (c.signerCert && c.formatProblem.isEmpty()) {
        ev.dataIntact = c.digestMatches;
        ev.signatureValid = c.signatureValid;
    }
    ev.signerCert = std::move(c.signerCert);
    if (!c.hasSignedAttributes)
        ev.warnings << Tr::tr(
            "The signature has no signed attributes (no signing time, no signing certificate "
            "reference).");

    std::vector<X509 *> extra;
    for (const auto &cert : ev.untrusted)
        extra.push_back(cert.get());
    bool tsIntact = false;
    for (const QByteArray &token : c.signatureTimestamps) {
        TimestampCheck tc = checkTimestamp(token, digestOfBytes(c.signatureValue), TimestampKind::Signature,
                                           *ctx.trust, extra);
        tsIntact = tsIntact || (tc.info.intact && tc.info.signatureValid);
        ev.signatureTimestamps.push_back(std::move(tc));
    }
    if (c.hasSignedAttributes && !c.essVersion.isEmpty()) {
        ev.level = QStringLiteral("B-B");
        if (tsIntact)
            ev.level = QStringLiteral("B-T");
    }
    return ev;
}

FileReport verifyCms(const QString &path, const QByteArray &bytes, const ValidationContext &ctx,
                     const QStringList &dataFiles)
{
    FileReport report;
    report.path = path;
    report.format = FileFormat::Cms;
    QByteArray der = bytes;
    if (bytes.startsWith("-----BEGIN")) {
        // PEM armour: the Base64 between the BEGIN and END lines.
        QByteArray b64;
        for (const QByteArray &line : bytes.split('\n')) {
            if (!line.startsWith("-----"))
                b64 += line.trimmed();
        }
        der = QByteArray::fromBase64(b64);
    }
    auto sd = parseSignedData(der);
    if (!sd) {
        report.error = sd.error();
        return report;
    }
    ContentDigest content;
    QString coverage = Tr::tr("the content inside the signature");
    if (sd->encapsulatedContent.isEmpty()) {
        QString data = dataFiles.value(0);
        if (data.isEmpty()) {
            for (const char *suffix : {".p7s", ".sig", ".p7m"}) {
                if (path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive)) {
                    data = path.chopped(int(qstrlen(suffix)));
                    break;
                }
            }
        }
        if (data.isEmpty() || !QFileInfo::exists(data)) {
            SignatureEvidence ev;
            ev.kind = SignatureKind::CAdES;
            ev.failure = SubIndication::SignedDataNotFound;
            ev.failureReason =
                Tr::tr("The signature is detached and the signed file was not found; give it with "
                       "--data.");
            report.signatures << evaluate(ev, ctx);
            return report;
        }
        content = [data](HashAlgorithm alg) {
            return digestFile(data, alg);
        };
        coverage = Tr::tr("the file %1").arg(QFileInfo(data).fileName());
    }
    SignatureEvidence ev = checkCmsSignature(*sd, content, ctx);
    ev.coverage = coverage;
    // Only for CMS files: in a PDF the document's /DSS and timestamps decide (pdfverifier.cpp).
    if (ev.level == QLatin1String("B-T") && carriesValidationData(ev, ctx))
        ev.level = QStringLiteral("B-LT");
    report.signatures << evaluate(ev, ctx);
    return report;
}

} // namespace sic::verify
