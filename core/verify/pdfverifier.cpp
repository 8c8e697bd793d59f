#include "verify/pdfverifier.h"

#include "verify/cadesverifier.h"
#include "verify/chain.h"
#include "verify/pdfchanges.h"
#include "verify/pdfstructure.h"
#include "verify/pdfvisual.h"

#include <openssl/ocsp.h>
#include <openssl/x509.h>

#include <cstring>

#include <QSet>

namespace sic::verify {
namespace {

// Certificates and revocation data of the /DSS dictionary (PAdES B-LT), newest revision.
struct DssData
{
    bool present = false;
    std::vector<ossl::X509Ptr> certs;
    RevocationData revocation;
};

void readDssInto(pdf::Reader &reader, DssData &d)
{
    auto root = reader.resolve(reader.trailer().get("Root"));
    if (!root || !root->isDict())
        return;
    auto dss = reader.resolve(root->get("DSS"));
    if (!dss || !dss->isDict())
        return;
    d.present = true;
    // Each stream once, however often the arrays list it (a file can list one stream 40,000 times);
    // its decoding is the reader's, cached and charged to the budget.
    QSet<qint64> seen;
    auto streams = [&](const char *key, const std::function<void(const QByteArray &)> &use) {
        auto arr = reader.resolve(dss->get(key));
        if (!arr || !arr->isArray())
            return;
        for (const pdf::Object &e : arr->array) {
            if (reader.budget().exceeded())
                return;
            auto s = reader.resolve(e);
            if (s && s->type == pdf::Object::Type::Stream &&
                (seen.contains(s->streamOffset) || !reader.budget().spendNodes()))
                continue;
            if (s)
                seen.insert(s->streamOffset);
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
    streams("CRLs", [&](const QByteArray &b) {
        if (!d.revocation.crls.contains(b))
            d.revocation.crls << b;
    });
    streams("OCSPs", [&](const QByteArray &b) {
        if (!d.revocation.ocspResponses.contains(b))
            d.revocation.ocspResponses << b;
    });
}

// The /DSS of every revision: a later DSS may replace an earlier one instead of extending it, and
// what the earlier one held was still added to the document (DSS reads every revision's DSS too).
DssData readDss(const QString &path, pdf::Reader &newest, const QList<qint64> &ends)
{
    DssData d;
    readDssInto(newest, d);
    for (qint64 end : ends) {
        if (end >= newest.fileSize())
            continue;
        if (auto r = pdf::Reader::open(path, pdf::Reader::Mode::Lenient, end, newest.sharedBudget()))
            readDssInto(**r, d);
    }
    return d;
}

// Whether the validation data is about this certificate at all: an OCSP response whose CertID
// has its serial number and issuer name hash, or a CRL of its issuer. The level is a matter of
// what the document carries; whether that data can be trusted is the revocation check's business
// (an OCSP responder certified by another CA than the issuer cannot be judged without anchors).
bool namesCertificate(const RevocationData &data, X509 *cert)
{
    const ASN1_INTEGER *serial = X509_get0_serialNumber(cert);
    for (const QByteArray &der : data.ocspResponses) {
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        ossl::Ptr<OCSP_RESPONSE, OCSP_RESPONSE_free> resp(d2i_OCSP_RESPONSE(nullptr, &p, long(der.size())));
        if (!resp)
            continue;
        ossl::Ptr<OCSP_BASICRESP, OCSP_BASICRESP_free> basic(OCSP_response_get1_basic(resp.get()));
        for (int i = 0; basic && i < OCSP_resp_count(basic.get()); ++i) {
            ASN1_OCTET_STRING *nameHash = nullptr;
            ASN1_OBJECT *alg = nullptr;
            ASN1_INTEGER *sn = nullptr;
            const OCSP_CERTID *id = OCSP_SINGLERESP_get0_id(OCSP_resp_get0(basic.get(), i));
            if (!id || OCSP_id_get0_info(&nameHash, &alg, nullptr, &sn, const_cast<OCSP_CERTID *>(id)) != 1)
                continue;
            if (!sn || ASN1_INTEGER_cmp(sn, serial) != 0)
                continue;
            const EVP_MD *md = EVP_get_digestbyobj(alg);
            unsigned char h[EVP_MAX_MD_SIZE];
            unsigned int n = 0;
            if (md && X509_NAME_digest(X509_get_issuer_name(cert), md, h, &n) == 1 && nameHash &&
                int(n) == ASN1_STRING_length(nameHash) &&
                memcmp(h, ASN1_STRING_get0_data(nameHash), n) == 0) {
                ossl::lastError();
                return true;
            }
        }
    }
    for (const QByteArray &der : data.crls) {
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        ossl::Ptr<X509_CRL, X509_CRL_free> crl(d2i_X509_CRL(nullptr, &p, long(der.size())));
        if (crl && X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_issuer_name(cert)) == 0) {
            ossl::lastError();
            return true;
        }
    }
    ossl::lastError();
    return false;
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
    if (sd->signerCount > 1 && f.subFilter == "ETSI.CAdES.detached") {
        // EN 319 142-1 6.3: a PAdES signature has exactly one SignerInfo.
        ev.kind = SignatureKind::PdfCms; // pdfSubFilter already names ETSI.CAdES.detached
        ev.level.clear();
    }
    if (!sha1Legacy && !sd->encapsulatedContent.isEmpty()) {
        // A detached SubFilter signs the byte range; a CMS that carries content of its own signs
        // that content instead, whatever its message digest says (pyHanko and DSS refuse it too).
        ev.failure = SubIndication::FormatFailure;
        ev.failureReason =
            Tr::tr("The signature claims to be detached (%1) but carries signed content of its own, "
                   "so it does not sign this document's bytes.")
                .arg(QString::fromLatin1(f.subFilter));
        ev.dataIntact = false;
    }
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
        // The reader's sentence is written for signing; say what it means for verification. A
        // file over the work budget keeps the budget's own sentence.
        report.error =
            reader.error().code == Budget::exceededError({}).code
                ? reader.error()
                : Error{reader.error().code,
                        Tr::tr("The PDF file is damaged (its structure cannot be read), so its signatures "
                               "cannot be verified."),
                        reader.error().detail};
        return report;
    }
    auto fields = findSignatureFields(**reader);
    if (!fields) {
        report.error = fields.error();
        return report;
    }
    for (auto it = fields->begin(); it != fields->end();) {
        if (!it->timestampInSignatureDictionary) {
            ++it;
            continue;
        }
        report.notes
            << Tr::tr("The field %1 holds a time-stamp token in a dictionary of type /Sig; it is neither a "
                      "signature nor a document timestamp (that needs /Type /DocTimeStamp) and was not used.")
                   .arg(it->fieldName);
        it = fields->erase(it);
    }
    auto ends = revisionEnds(path);
    const qint64 fileSize = (*reader)->fileSize();
    checkByteRanges(path, *fields, fileSize, ends ? *ends : QList<qint64>{});
    DssData dss = readDss(path, **reader, ends ? *ends : QList<qint64>{});
    if ((*reader)->budget().exceeded()) {
        report.error = (*reader)->budget().error();
        return report;
    }
    std::vector<X509 *> extra;
    for (const auto &c : dss.certs)
        extra.push_back(c.get());

    // Rendering is the costly check: at most this many signatures of one file are compared (a file
    // with hundreds of revisions must not take minutes); the object analysis covers every one.
    int renderBudget = 4;
    // Annotations that overlap each other may hide what is under them; said for every signature,
    // as DSS does (its "annotation overlap").
    const QList<int> overlaps = overlappingAnnotationPages(**reader);
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
        // A certification signature's own permission governs what follows it, too.
        if (f.docMdpPermission && !certificationPermission)
            certificationPermission = f.docMdpPermission;
        if (f.problem.isEmpty() && f.signedEnd < fileSize) {
            if (auto ch = changesAfter(path, f.signedEnd, **reader, f.objectNumber)) {
                ev.changesAfterSigning = ch->descriptions;
                ev.modifiedAfterSigning = ch->level == PdfChangeLevel::Other;
                if (ev.modifiedAfterSigning)
                    ev.warnings
                        << Tr::tr("The document was changed after this signature in ways a signature does "
                                  "not allow: %1.")
                               .arg(ch->descriptions.join(QStringLiteral("; ")));
                // What the signer saw: page content rendered from both revisions.
                // Only when something beyond validation data and signatures changed: those cannot
                // change page content, and rendering every page twice per signature is costly.
                const bool render = ch->level >= PdfChangeLevel::FormFill && renderBudget > 0;
                renderBudget -= render;
                const PdfVisualCheck visual =
                    render ? compareRendering(path, f.signedEnd, ch->addedAnnotations, ch->allowedWidgets)
                           : PdfVisualCheck{};
                auto pageList = [](const QList<int> &pages) {
                    QStringList l;
                    for (int p : pages)
                        l << QString::number(p);
                    return l.join(QStringLiteral(", "));
                };
                if (!visual.differentPages.isEmpty())
                    ev.warnings
                        << Tr::tr("The document looks different from what was signed on page(s) %1: the "
                                  "page content of the signed revision and of the final document differ.")
                               .arg(pageList(visual.differentPages));
                if (!visual.coveredPages.isEmpty())
                    ev.warnings << Tr::tr(
                                       "Annotations added after this signature cover signed page content on "
                                       "page(s) %1.")
                                       .arg(pageList(visual.coveredPages));
                // The dictionary a viewer shows (reason, time, name) must be the one that was signed.
                if ((ch->signatureDictionaryReplaced || !ch->signatureKeysChanged.isEmpty()) &&
                    ev.failure == SubIndication::None) {
                    ev.failure = SubIndication::FormatFailure;
                    QStringList keys;
                    for (const QString &k : ch->signatureKeysChanged)
                        keys << u'/' + k;
                    ev.failureReason =
                        ch->signatureDictionaryReplaced
                            ? Tr::tr(
                                  "The signature field now shows a signature dictionary that was not signed: "
                                  "a later revision replaced it.")
                            : Tr::tr(
                                  "The signature dictionary was changed after signing (%1): what is shown is "
                                  "not what was signed.")
                                  .arg(keys.join(QStringLiteral(", ")));
                }
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
        if (!overlaps.isEmpty() && !f.isDocTimestamp) {
            QStringList l;
            for (int p : overlaps)
                l << QString::number(p);
            ev.warnings << Tr::tr(
                               "Annotations overlap each other on page(s) %1, so one may hide another or the "
                               "content under it.")
                               .arg(l.join(QStringLiteral(", ")));
        }
        if (f.isDocTimestamp && ev.failure == SubIndication::None)
            docTimestampEnds << f.signedEnd;
        if (ev.kind == SignatureKind::PAdES && dss.present && ev.signerCert) {
            // LT needs revocation data for the signer among what the document carries.
            std::vector<X509 *> untrusted;
            for (const auto &c : ev.untrusted)
                untrusted.push_back(c.get());
            // From the DSS only: revocation data inside the CMS (adbe-revocationInfoArchival)
            // does not make a PAdES signature B-LT (EN 319 142-1 5.4; DSS agrees).
            const RevocationInfo rev =
                checkRevocation(ev.signerCert.get(), findIssuer(ev.signerCert.get(), untrusted),
                                dss.revocation, untrusted, *ctx.trust, ctx.clock->now());
            hasValidationData << (rev.status != RevocationStatus::None ||
                                  namesCertificate(dss.revocation, ev.signerCert.get()));
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
