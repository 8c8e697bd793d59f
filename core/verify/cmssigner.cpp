#include "verify/cmssigner.h"

#include "verify/cadesvalues.h"
#include "verify/certinfo.h"

#include "cms/der.h"
#include "crypto/verifysignature.h"

#include <openssl/objects.h>

namespace sic::verify {
namespace {

QString oidText(const ASN1_OBJECT *obj)
{
    char buf[128];
    const int n = OBJ_obj2txt(buf, sizeof buf, obj, 1);
    return n > 0 ? QString::fromLatin1(buf, n) : QString();
}

const ASN1_STRING *signedAttr(CMS_SignerInfo *si, const char *oid, int type)
{
    ossl::Asn1Object obj(OBJ_txt2obj(oid, 1));
    return static_cast<const ASN1_STRING *>(CMS_signed_get0_data_by_OBJ(si, obj.get(), -3, type));
}

QByteArray bytesOf(const ASN1_STRING *s)
{
    return s ? QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s))
             : QByteArray();
}

// adbe-revocationInfoArchival ::= SEQUENCE { crl [0] EXPLICIT SEQUENCE OF CRL OPTIONAL,
//   ocsp [1] EXPLICIT SEQUENCE OF OCSPResponse OPTIONAL, otherRevInfo [2] ... }
// Parsed by hand with the DER walker: OpenSSL has no template for it.
void parseRevocationArchival(const QByteArray &der, QList<QByteArray> &crls, QList<QByteArray> &ocsps)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *end = p + der.size();
    long len = 0;
    int tag = 0, cls = 0;
    if (ASN1_get_object(&p, &len, &tag, &cls, end - p) & 0x80 || tag != V_ASN1_SEQUENCE)
        return;
    const unsigned char *seqEnd = p + len;
    while (p < seqEnd) {
        const unsigned char *start = p;
        if (ASN1_get_object(&p, &len, &tag, &cls, seqEnd - p) & 0x80)
            return;
        const unsigned char *fieldEnd = p + len;
        if (cls == V_ASN1_CONTEXT_SPECIFIC && (tag == 0 || tag == 1)) {
            long innerLen = 0;
            int t2 = 0, c2 = 0;
            const unsigned char *q = p;
            if (!(ASN1_get_object(&q, &innerLen, &t2, &c2, fieldEnd - q) & 0x80)) {
                const unsigned char *listEnd = q + innerLen;
                while (q < listEnd) {
                    const unsigned char *itemStart = q;
                    long itemLen = 0;
                    if (ASN1_get_object(&q, &itemLen, &t2, &c2, listEnd - q) & 0x80)
                        break;
                    q += itemLen;
                    (tag == 0 ? crls : ocsps)
                        << QByteArray(reinterpret_cast<const char *>(itemStart), int(q - itemStart));
                }
            }
        }
        p = fieldEnd;
        (void)start;
    }
}

// A signature directly over the content digest (no signed attributes): PKCS#1 v1.5, RSASSA-PSS
// with the parameters of the SignerInfo's signatureAlgorithm, or ECDSA, by the key's type.
bool verifyOverDigest(EVP_PKEY *key, const X509_ALGOR *sigAlg, HashAlgorithm alg, const QByteArray &digest,
                      const QByteArray &sig)
{
    const ASN1_OBJECT *sigOid = nullptr;
    if (sigAlg)
        X509_ALGOR_get0(&sigOid, nullptr, nullptr, sigAlg);
    SignatureScheme scheme{SignatureScheme::Kind::RsaPkcs1, alg};
    std::optional<PssParameters> pss;
    if (sigOid && OBJ_obj2nid(sigOid) == NID_rsassaPss) {
        scheme.kind = SignatureScheme::Kind::RsaPss;
        pss = pssParametersOf(sigAlg);
        if (!pss)
            return false;
    } else if (key && EVP_PKEY_is_a(key, "EC")) {
        scheme.kind = SignatureScheme::Kind::Ecdsa;
    }
    return bool(verifySignatureValue(key, scheme, digest, sig, pss));
}

QString signatureAlgorithmName(const QString &oid, const EVP_PKEY *key)
{
    if (const auto kind = schemeKindFromOid(oid))
        return schemeKindName(*kind);
    // EdDSA is not in the hash-then-sign scheme table (no separate digest), so named here.
    if (oid == QLatin1String("1.3.101.112") || (key && EVP_PKEY_is_a(key, "ED25519")))
        return QStringLiteral("Ed25519");
    if (oid == QLatin1String("1.3.101.113") || (key && EVP_PKEY_is_a(key, "ED448")))
        return QStringLiteral("Ed448");
    if (key && EVP_PKEY_is_a(key, "EC"))
        return schemeKindName(SignatureScheme::Kind::Ecdsa);
    return oid;
}

// The signed attributes as a SET, in the order received or in DER order (X.690 11.6: ascending
// encodings, the shorter padded with zero octets at the end).
QByteArray signedAttributesSet(CMS_SignerInfo *si, bool derOrder)
{
    QList<QByteArray> parts;
    for (int i = 0; i < CMS_signed_get_attr_count(si); ++i) {
        X509_ATTRIBUTE *a = CMS_signed_get_attr(si, i);
        unsigned char *buf = nullptr;
        const int n = i2d_X509_ATTRIBUTE(a, &buf);
        if (n <= 0)
            return {};
        parts << QByteArray(reinterpret_cast<const char *>(buf), n);
        OPENSSL_free(buf);
    }
    return derOrder ? der::setOf(parts) : der::tlv(0x31, parts.join());
}

// EdDSA (RFC 8419) signs the message itself; OpenSSL 3.0's CMS code insists on a digest there.
bool verifyEdDsa(EVP_PKEY *key, const QByteArray &message, const QByteArray &sig)
{
    ossl::Ptr<EVP_MD_CTX, EVP_MD_CTX_free> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key) != 1)
        return false;
    const int rc = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char *>(sig.constData()), size_t(sig.size()),
        reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()));
    ossl::lastError();
    return rc == 1;
}

// One DER element at data[pos]: (header length, content length), or (-1, -1).
std::pair<qsizetype, qsizetype> derElement(const QByteArray &data, qsizetype pos)
{
    if (pos + 2 > data.size())
        return {-1, -1};
    const uchar first = uchar(data[pos + 1]);
    if (first < 0x80)
        return {2, first};
    const int n = first & 0x7f;
    if (n < 1 || n > 4 || pos + 2 + n > data.size())
        return {-1, -1};
    qsizetype len = 0;
    for (int i = 0; i < n; ++i)
        len = (len << 8) | uchar(data[pos + 2 + i]);
    return {2 + n, len};
}

// SigningCertificate(V2) keeps only its first ESSCertID(v2), the one that identifies the signer
// (RFC 5035 5.4). The others may name CA certificates that the CMS does not carry, which
// OSSL_ESS_check_signing_certs would then report as a mismatch; DSS checks the first only too.
QByteArray firstCertIdOnly(const QByteArray &attr)
{
    const auto [outerHdr, outerLen] = derElement(attr, 0);
    if (outerHdr < 0 || outerHdr + outerLen > attr.size())
        return attr;
    const auto [certsHdr, certsLen] = derElement(attr, outerHdr);
    const qsizetype firstAt = outerHdr + certsHdr;
    if (certsHdr < 0 || firstAt + certsLen > attr.size())
        return attr;
    const auto [idHdr, idLen] = derElement(attr, firstAt);
    if (idHdr < 0 || idHdr + idLen > certsLen)
        return attr;
    return der::sequence({der::sequence({attr.mid(firstAt, idHdr + idLen)})});
}

} // namespace

ContentDigest digestOfBytes(QByteArray content)
{
    return [content = std::move(content)](HashAlgorithm alg) -> Result<QByteArray> {
        return digestBytes(alg, content);
    };
}

ContentDigest knownDigest(HashAlgorithm alg, QByteArray digest)
{
    return [alg, digest = std::move(digest)](HashAlgorithm wanted) -> Result<QByteArray> {
        if (wanted != alg)
            return fail(QStringLiteral("cms.digest_unavailable"),
                        Tr::tr("The signature uses a digest algorithm the content was not hashed with."),
                        QString::fromLatin1(hashInfo(wanted).name));
        return digest;
    };
}

Result<CmsSignedData> parseSignedData(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    CmsSignedData sd;
    sd.cms.reset(d2i_CMS_ContentInfo(nullptr, &p, long(der.size())));
    if (!sd.cms || OBJ_obj2nid(CMS_get0_type(sd.cms.get())) != NID_pkcs7_signed) {
        const QString detail = ossl::lastError();
        return fail(QStringLiteral("cms.malformed"),
                    Tr::tr("The signature data is not a readable CMS signature."), detail);
    }
    if (STACK_OF(X509) *certs = CMS_get1_certs(sd.cms.get())) {
        for (int i = 0; i < sk_X509_num(certs); ++i)
            sd.certificates.emplace_back(sk_X509_value(certs, i));
        sk_X509_free(certs);
    }
    if (STACK_OF(X509_CRL) *crls = CMS_get1_crls(sd.cms.get())) {
        for (int i = 0; i < sk_X509_CRL_num(crls); ++i)
            sd.crls << ossl::toDer(sk_X509_CRL_value(crls, i), i2d_X509_CRL);
        sk_X509_CRL_pop_free(crls, X509_CRL_free);
    }
    sd.otherOcspResponses = otherRevInfoOcspResponses(der);
    sd.eContentType = oidText(CMS_get0_eContentType(sd.cms.get()));
    if (ASN1_OCTET_STRING **content = CMS_get0_content(sd.cms.get()); content && *content)
        sd.encapsulatedContent = bytesOf(*content);
    sd.signerCount = sk_CMS_SignerInfo_num(CMS_get0_SignerInfos(sd.cms.get()));
    ossl::lastError();
    if (sd.signerCount < 1)
        return fail(QStringLiteral("cms.no_signer"), Tr::tr("The CMS signature contains no signer."));
    return sd;
}

CmsSignerCheck checkSigner(CmsSignedData &sd, const ContentDigest &content,
                           const std::vector<X509 *> &extraCerts)
{
    CmsSignerCheck r;
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(sd.cms.get()), 0);
    EVP_PKEY *pk = nullptr;
    X509 *unused = nullptr;
    X509_ALGOR *digAlg = nullptr, *sigAlg = nullptr;
    CMS_SignerInfo_get0_algs(si, &pk, &unused, &digAlg, &sigAlg);
    if (digAlg) {
        const ASN1_OBJECT *obj = nullptr;
        X509_ALGOR_get0(&obj, nullptr, nullptr, digAlg);
        r.digestOid = oidText(obj);
        r.digestAlgorithm = hashFromOid(r.digestOid);
    }
    QString sigOid;
    if (sigAlg) {
        const ASN1_OBJECT *obj = nullptr;
        X509_ALGOR_get0(&obj, nullptr, nullptr, sigAlg);
        sigOid = oidText(obj);
    }
    if (ASN1_OCTET_STRING *sv = CMS_SignerInfo_get0_signature(si))
        r.signatureValue = bytesOf(sv);
    r.hasSignedAttributes = CMS_signed_get_attr_count(si) > 0;
    r.cadesValues = readCadesValues(si);

    // The signer's certificate: by the SignerIdentifier, among the CMS certificates,
    // certificate-values and extras.
    std::vector<X509 *> candidates;
    for (const auto &c : sd.certificates)
        candidates.push_back(c.get());
    for (const auto &c : r.cadesValues.certificates)
        candidates.push_back(c.get());
    candidates.insert(candidates.end(), extraCerts.begin(), extraCerts.end());
    for (X509 *c : candidates) {
        if (CMS_SignerInfo_cert_cmp(si, c) == 0) {
            X509_up_ref(c);
            r.signerCert.reset(c);
            break;
        }
    }
    if (r.signerCert) {
        const EVP_PKEY *key = X509_get0_pubkey(r.signerCert.get());
        r.signerKeyBits = key ? EVP_PKEY_get_bits(key) : 0;
        r.signerKeyType = key && EVP_PKEY_is_a(key, "EC") ? QStringLiteral("EC")
                          : key && (EVP_PKEY_is_a(key, "ED25519") || EVP_PKEY_is_a(key, "ED448"))
                              ? QStringLiteral("EdDSA")
                              : QStringLiteral("RSA");
        r.signatureAlgorithm = signatureAlgorithmName(sigOid, key);
    } else {
        r.signatureAlgorithm = signatureAlgorithmName(sigOid, nullptr);
    }

    if (!r.digestAlgorithm) {
        r.formatProblem = QStringLiteral("unknown digest algorithm %1").arg(r.digestOid);
        return r;
    }
    Result<QByteArray> digest =
        content ? content(*r.digestAlgorithm)
                : Result<QByteArray>(digestBytes(*r.digestAlgorithm, sd.encapsulatedContent));
    if (!digest) {
        r.formatProblem = digest.error().toString();
        return r;
    }

    if (r.hasSignedAttributes) {
        const QByteArray md = bytesOf(signedAttr(si, "1.2.840.113549.1.9.4", V_ASN1_OCTET_STRING));
        if (md.isEmpty()) {
            r.formatProblem = QStringLiteral("signed attributes without message-digest");
            return r;
        }
        r.digestMatches = md == *digest;
        if (auto *t = static_cast<const ASN1_TIME *>(
                CMS_signed_get0_data_by_OBJ(si, OBJ_nid2obj(NID_pkcs9_signingTime), -3, V_ASN1_UTCTIME)))
            r.signingTime = asn1TimeToDateTime(t);
        else if (auto *g = static_cast<const ASN1_TIME *>(CMS_signed_get0_data_by_OBJ(
                     si, OBJ_nid2obj(NID_pkcs9_signingTime), -3, V_ASN1_GENERALIZEDTIME)))
            r.signingTime = asn1TimeToDateTime(g);
        const ASN1_STRING *v1 = signedAttr(si, "1.2.840.113549.1.9.16.2.12", V_ASN1_SEQUENCE);
        const ASN1_STRING *v2 = signedAttr(si, "1.2.840.113549.1.9.16.2.47", V_ASN1_SEQUENCE);
        if ((v1 || v2) && r.signerCert) {
            r.essVersion = v2 ? QStringLiteral("v2") : QStringLiteral("v1");
            const QByteArray d1 = firstCertIdOnly(bytesOf(v1)), d2 = firstCertIdOnly(bytesOf(v2));
            const auto *p1 = reinterpret_cast<const unsigned char *>(d1.constData());
            const auto *p2 = reinterpret_cast<const unsigned char *>(d2.constData());
            ossl::EssSigningCert ss(v1 ? d2i_ESS_SIGNING_CERT(nullptr, &p1, long(d1.size())) : nullptr);
            ossl::EssSigningCertV2 ss2(v2 ? d2i_ESS_SIGNING_CERT_V2(nullptr, &p2, long(d2.size())) : nullptr);
            ossl::X509Stack chain(sk_X509_new_null());
            X509_up_ref(r.signerCert.get());
            sk_X509_push(chain.get(), r.signerCert.get());
            if (OSSL_ESS_check_signing_certs(ss.get(), ss2.get(), chain.get(), 0) <= 0)
                r.signingCertProblem =
                    QStringLiteral("the signing-certificate%1 attribute does not match the signer's "
                                   "certificate (%2)")
                        .arg(v2 ? QStringLiteral("-v2") : QString(), ossl::lastError());
        }
        if (r.signerCert) {
            EVP_PKEY *key = X509_get0_pubkey(r.signerCert.get());
            const QByteArray received = signedAttributesSet(si, false);
            if (key && (EVP_PKEY_is_a(key, "ED25519") || EVP_PKEY_is_a(key, "ED448"))) {
                r.signatureValid = verifyEdDsa(key, received, r.signatureValue);
                // RFC 8419 3.1: Ed448 with SHAKE256 only; Ed25519 with SHA-512 (SHA-256 is
                // tolerated, as pyHanko and DSS do, because the signed attributes are hashed by EdDSA
                // itself).
                if (EVP_PKEY_is_a(key, "ED448"))
                    r.cryptoConstraint =
                        QStringLiteral(
                            "Ed448 signatures must use SHAKE256 as message digest (RFC 8419), not %1")
                            .arg(QString::fromLatin1(hashInfo(*r.digestAlgorithm).name));
            } else {
                CMS_SignerInfo_set1_signer_cert(si, r.signerCert.get());
                r.signatureValid = CMS_SignerInfo_verify(si) == 1;
            }
            if (!r.signatureValid)
                r.cryptoDetail = ossl::lastError();
            // RFC 5652 5.4 signs the DER encoding, but signers that write the attributes unsorted
            // sign them as written; OpenSSL, pyHanko and DSS verify the bytes as received
            // (docs/verify.md, dss-818). Said, not failed.
            r.signedAttributesNotDer = received != signedAttributesSet(si, true);
        }
    } else if (r.signerCert) {
        // Without signed attributes the signature is directly over the content digest.
        r.signatureValid = verifyOverDigest(X509_get0_pubkey(r.signerCert.get()), sigAlg, *r.digestAlgorithm,
                                            *digest, r.signatureValue);
        r.digestMatches = r.signatureValid;
    }
    r.signatureTimestamps = unsignedAttributeValues(si, "1.2.840.113549.1.9.16.2.14");
    r.signatureTimestamps.removeAll(QByteArray()); // a value that is not a SEQUENCE is no token
    if (const ASN1_STRING *arch = signedAttr(si, "1.2.840.113583.1.1.8", V_ASN1_SEQUENCE))
        parseRevocationArchival(bytesOf(arch), r.archivedCrls, r.ocspResponses);
    ossl::lastError();
    return r;
}

} // namespace sic::verify
