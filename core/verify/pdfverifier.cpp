#include "verify/pdfverifier.h"

#include "verify/cadesverifier.h"
#include "verify/chain.h"
#include "verify/pdfchanges.h"
#include "verify/pdfstructure.h"

namespace sic::verify {
namespace {

// Certificates and revocation data of the /DSS dictionary (PAdES B-LT), newest revision.
struct DssData
{
    bool present = false;
    std::vector<ossl::X509Ptr> certs;
    RevocationData revocation;
};

DssData readDss(pdf::Reader &reader)
{
    DssData d;
    auto root = reader.resolve(reader.trailer().get("Root"));
    if (!root || !root->isDict())
        return d;
    auto dss = reader.resolve(root->get("DSS"));
    if (!dss || !dss->isDict())
        return d;
    d.present = true;
    auto streams = [&](const char *key, const std::function<void(const QByteArray &)> &use) {
        auto arr = reader.resolve(dss->get(key));
        if (!arr || !arr->isArray())
            return;
        for (const pdf::Object &e : arr->array) {
            auto s = reader.resolve(e);
            if (!s || s->type != pdf::Object::Type::Stream)
                continue;
            if (auto data = reader.streamData(*s))
                use(*data);
        }
    };
    streams("Certs", [&](const QByteArray &b) {
        if (auto c = ossl::x509FromDer(b))
            d.certs.push_back(std::move(c));
    });
    streams("CRLs", [&](const QByteArray &b) { d.revocation.crls << b; });
    streams("OCSPs", [&](const QByteArray &b) { d.revocation.ocspResponses << b; });
    return d;
}

ContentDigest rangeDigest(const QString &path, const PdfSignatureField &f)
{
    const QList<ByteRange> ranges = coveredRanges(f);
    return [path, ranges](HashAlgorithm alg) {
        return digestFileRanges(path, ranges, alg);
    };
}

SignatureEvidence documentTimestamp(const QString &path, const PdfSignatureField &f,
                                    const ValidationContext &ctx, const std::vector<X509 *> &extra)
{
    SignatureEvidence ev;
    ev.kind = SignatureKind::PdfDocumentTimestamp;
    TimestampCheck tc =
        checkTimestamp(f.contents, rangeDigest(path, f), TimestampKind::Document, *ctx.trust, extra);
    ev.signatureAlgorithm = QStringLiteral("RFC 3161");
    if (tc.tsaCert) {
        X509_up_ref(tc.tsaCert.get());
        ev.signerCert.reset(tc.tsaCert.get());
    }
    for (const auto &c : tc.certificates) {
        X509_up_ref(c.get());
        ev.untrusted.emplace_back(c.get());
    }
    for (X509 *c : extra) {
        X509_up_ref(c);
        ev.untrusted.emplace_back(c);
    }
    ev.claimedSigningTime = tc.info.time;
    ev.dataIntact = tc.info.intact;
    ev.signatureValid = tc.info.signatureValid;
    if (!tc.info.tsa && !tc.info.intact && tc.info.time.isNull()) {
        ev.failure = SubIndication::FormatFailure;
        ev.failureReason = tc.info.problem;
    } else if (!tc.info.intact) {
        ev.failure = SubIndication::HashFailure;
        ev.failureReason =
            Tr::tr("The document was changed after the document timestamp: its imprint does not "
                   "match.");
    } else if (!tc.tsaCert) {
        ev.failure = SubIndication::NoSigningCertificateFound;
        ev.failureReason = tc.info.problem;
    } else if (!tc.info.signatureValid) {
        ev.failure = SubIndication::SigCryptoFailure;
        ev.failureReason = tc.info.problem;
    }
    ev.otherTimestamps << tc.info;
    return ev;
}

SignatureEvidence cmsSignature(const QString &path, const PdfSignatureField &f, const ValidationContext &ctx,
                               const std::vector<X509 *> &extra)
{
    auto sd = parseSignedData(f.contents);
    if (!sd) {
        SignatureEvidence ev;
        ev.kind = SignatureKind::PdfUnreadable;
        ev.failure = SubIndication::FormatFailure;
        ev.failureReason = Tr::tr("The signature value in the PDF is not a readable CMS signature.");
        return ev;
    }
    const bool sha1Legacy = f.subFilter == "adbe.pkcs7.sha1";
    SignatureEvidence ev =
        checkCmsSignature(*sd, sha1Legacy ? ContentDigest() : rangeDigest(path, f), ctx, extra);
    ev.kind = f.subFilter == "ETSI.CAdES.detached" ? SignatureKind::PAdES : SignatureKind::PdfCms;
    ev.pdfSubFilter = QString::fromLatin1(f.subFilter);
    if (f.subFilter != "ETSI.CAdES.detached")
        ev.level.clear();
    if (sha1Legacy && ev.failure == SubIndication::None) {
        // adbe.pkcs7.sha1: the signed content is the SHA-1 digest of the byte range.
        auto d = digestFileRanges(path, coveredRanges(f), HashAlgorithm::Sha1);
        if (!d || *d != sd->encapsulatedContent) {
            ev.failure = SubIndication::HashFailure;
            ev.failureReason =
                Tr::tr("The signed data was changed after signing: its digest does not match the one "
                       "in the signature.");
            ev.dataIntact = false;
        }
        ev.digestAlgorithm = HashAlgorithm::Sha1;
    }
    return ev;
}

} // namespace

FileReport verifyPdf(const QString &path, const ValidationContext &ctx)
{
    FileReport report;
    report.path = path;
    report.format = FileFormat::Pdf;
    auto reader = pdf::Reader::open(path, pdf::Reader::Mode::Lenient);
    if (!reader) {
        // The reader's sentence is written for signing; say what it means for verification.
        report.error =
            Error{reader.error().code,
                  Tr::tr("The PDF file is damaged (its structure cannot be read), so its signatures cannot "
                         "be verified."),
                  reader.error().detail};
        return report;
    }
    auto fields = findSignatureFields(**reader);
    if (!fields) {
        report.error = fields.error();
        return report;
    }
    auto ends = revisionEnds(path);
    const qint64 fileSize = (*reader)->fileSize();
    checkByteRanges(path, *fields, fileSize, ends ? *ends : QList<qint64>{});
    DssData dss = readDss(**reader);
    std::vector<X509 *> extra;
    for (const auto &c : dss.certs)
        extra.push_back(c.get());

    // Document timestamps that are intact, for the LTA level of the signatures they cover.
    QList<qint64> docTimestampEnds;
    QList<bool> hasValidationData;
    int certificationPermission = 0;
    for (const PdfSignatureField &f : *fields) {
        SignatureEvidence ev =
            f.isDocTimestamp ? documentTimestamp(path, f, ctx, extra) : cmsSignature(path, f, ctx, extra);
        ev.id = f.fieldName;
        ev.revocation.append(dss.revocation);
        if (!f.problem.isEmpty()) {
            ev.failure = SubIndication::FormatFailure;
            ev.failureReason = f.problem;
        }
        const int revision = ends ? int(ends->indexOf(f.signedEnd)) + 1 : 0;
        ev.coverage = revision > 0 ? Tr::tr("revision %1 of %2 (bytes 0 to %3 of %4)")
                                         .arg(revision)
                                         .arg(ends->size())
                                         .arg(f.signedEnd)
                                         .arg(fileSize)
                                   : Tr::tr("bytes 0 to %1 of %2").arg(f.signedEnd).arg(fileSize);
        if (f.problem.isEmpty() && f.signedEnd < fileSize) {
            if (auto ch = changesAfter(path, f.signedEnd, **reader)) {
                ev.changesAfterSigning = ch->descriptions;
                ev.modifiedAfterSigning = ch->level == PdfChangeLevel::Other;
                if (ev.modifiedAfterSigning)
                    ev.warnings
                        << Tr::tr("The document was changed after this signature in ways a signature does "
                                  "not allow: %1.")
                               .arg(ch->descriptions.join(QStringLiteral("; ")));
                if (certificationPermission && !docMdpAllows(certificationPermission, ch->level) &&
                    ev.failure == SubIndication::None) {
                    ev.failure = SubIndication::FormatFailure;
                    ev.failureReason = Tr::tr("The document was changed after it was certified in a way the "
                                              "certification does not permit.");
                }
                if (ch->pagesChanged && ev.failure == SubIndication::None) {
                    ev.failure = SubIndication::FormatFailure;
                    ev.failureReason = Tr::tr("Pages were added to or removed from the document after it was "
                                              "signed.");
                }
            } else {
                ev.warnings << Tr::tr("Changes made after this signature could not be analysed: %1")
                                   .arg(ch.error().message);
            }
        }
        if (f.docMdpPermission && !certificationPermission)
            certificationPermission = f.docMdpPermission;
        if (f.isDocTimestamp && ev.failure == SubIndication::None)
            docTimestampEnds << f.signedEnd;
        if (ev.kind == SignatureKind::PAdES && dss.present && ev.signerCert) {
            // LT needs revocation data for the signer among what the document carries.
            std::vector<X509 *> untrusted;
            for (const auto &c : ev.untrusted)
                untrusted.push_back(c.get());
            const RevocationInfo rev =
                checkRevocation(ev.signerCert.get(), findIssuer(ev.signerCert.get(), untrusted),
                                ev.revocation, untrusted, *ctx.trust, ctx.clock->now());
            hasValidationData << (rev.status != RevocationStatus::None);
        } else {
            hasValidationData << false;
        }
        report.signatures << evaluate(ev, ctx);
    }
    // PAdES levels from the document as a whole: a document timestamp after a signature gives it T;
    // DSS data for its signer gives LT; a document timestamp over a revision that has the DSS gives LTA.
    for (int i = 0; i < fields->size(); ++i) {
        SignatureReport &s = report.signatures[i];
        const qint64 end = fields->at(i).signedEnd;
        if (s.level.isEmpty())
            continue;
        bool laterDocTs = false;
        for (qint64 e : docTimestampEnds)
            laterDocTs = laterDocTs || e > end;
        if (s.level == QLatin1String("B-B") && laterDocTs)
            s.level = QStringLiteral("B-T");
        if (s.level != QLatin1String("B-T") || !hasValidationData.value(i))
            continue;
        s.level = QStringLiteral("B-LT");
        for (qint64 e : docTimestampEnds) {
            if (e > end && dssPresentAt(path, fields->at(i).signedEnd < e ? e : end)) {
                s.level = QStringLiteral("B-LTA");
                break;
            }
        }
    }
    report.certificationPermission = certificationPermission;
    return report;
}

} // namespace sic::verify
