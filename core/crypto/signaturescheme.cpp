#include "crypto/signaturescheme.h"

#include "crypto/ossl.h"

#include <openssl/rsa.h>

#include <array>

namespace sic {

namespace {

using Kind = SignatureScheme::Kind;
using H = HashAlgorithm;

// The one table: scheme, its OID (CMS, CSC signAlgo), its XML Signature URI (null: none defined
// or none the app accepts). SHA-1 and SHA-224 rows exist so that the verifier can read and
// flag what others signed; signing refuses them through hashInfo().allowedForSigning.
struct Row
{
    SignatureScheme scheme;
    const char *oid;
    const char *xmlUri;
};
constexpr const char *kRsaPssOid = "1.2.840.113549.1.1.10";
constexpr const char *kRsaEncryptionOid = "1.2.840.113549.1.1.1";
constexpr const char *kEcPublicKeyOid = "1.2.840.10045.2.1";
constexpr const char *kMgf1Oid = "1.2.840.113549.1.1.8";
constexpr std::array<Row, 15> kRows{{
    {{Kind::RsaPkcs1, H::Sha1}, "1.2.840.113549.1.1.5", "http://www.w3.org/2000/09/xmldsig#rsa-sha1"},
    {{Kind::RsaPkcs1, H::Sha224},
     "1.2.840.113549.1.1.14",
     "http://www.w3.org/2001/04/xmldsig-more#rsa-sha224"},
    {{Kind::RsaPkcs1, H::Sha256},
     "1.2.840.113549.1.1.11",
     "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"},
    {{Kind::RsaPkcs1, H::Sha384},
     "1.2.840.113549.1.1.12",
     "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384"},
    {{Kind::RsaPkcs1, H::Sha512},
     "1.2.840.113549.1.1.13",
     "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512"},
    {{Kind::RsaPss, H::Sha1}, kRsaPssOid, nullptr},
    {{Kind::RsaPss, H::Sha224}, kRsaPssOid, nullptr},
    {{Kind::RsaPss, H::Sha256}, kRsaPssOid, "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1"},
    {{Kind::RsaPss, H::Sha384}, kRsaPssOid, "http://www.w3.org/2007/05/xmldsig-more#sha384-rsa-MGF1"},
    {{Kind::RsaPss, H::Sha512}, kRsaPssOid, "http://www.w3.org/2007/05/xmldsig-more#sha512-rsa-MGF1"},
    {{Kind::Ecdsa, H::Sha1}, "1.2.840.10045.4.1", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1"},
    {{Kind::Ecdsa, H::Sha224}, "1.2.840.10045.4.3.1", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha224"},
    {{Kind::Ecdsa, H::Sha256}, "1.2.840.10045.4.3.2", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"},
    {{Kind::Ecdsa, H::Sha384}, "1.2.840.10045.4.3.3", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384"},
    {{Kind::Ecdsa, H::Sha512}, "1.2.840.10045.4.3.4", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512"},
}};

const Row *rowOf(const SignatureScheme &scheme)
{
    for (const Row &r : kRows) {
        if (r.scheme == scheme)
            return &r;
    }
    return nullptr;
}

// Every piece of RSASSA-PSS-params is shorter than 128 bytes: one length octet.
QByteArray tlv(unsigned char tag, const QByteArray &content)
{
    return QByteArray(1, char(tag)) + QByteArray(1, char(content.size())) + content;
}

QByteArray oidDer(const char *dotted)
{
    ossl::Asn1Object obj(OBJ_txt2obj(dotted, 1));
    return ossl::toDer(obj.get(), i2d_ASN1_OBJECT);
}

std::optional<HashAlgorithm> hashOfAlgorithm(const X509_ALGOR *alg)
{
    const ASN1_OBJECT *obj = nullptr;
    X509_ALGOR_get0(&obj, nullptr, nullptr, alg);
    char buf[80];
    const int n = obj ? OBJ_obj2txt(buf, sizeof buf, obj, 1) : 0;
    if (n <= 0 || n >= int(sizeof buf))
        return std::nullopt;
    return hashFromOid(QString::fromLatin1(buf, n));
}

} // namespace

QByteArray pssParametersDer(const PssParameters &p)
{
    const QByteArray hashAlg = tlv(0x30, oidDer(hashInfo(p.hash).oid));
    const QByteArray mgfHashAlg = tlv(0x30, oidDer(hashInfo(p.mgf1Hash).oid));
    const QByteArray mgfAlg = tlv(0x30, oidDer(kMgf1Oid) + mgfHashAlg);
    ossl::Asn1Integer salt(ASN1_INTEGER_new());
    ASN1_INTEGER_set(salt.get(), p.saltLength);
    return tlv(0x30,
               tlv(0xa0, hashAlg) + tlv(0xa1, mgfAlg) + tlv(0xa2, ossl::toDer(salt.get(), i2d_ASN1_INTEGER)));
}

std::optional<PssParameters> parsePssParameters(QByteArrayView der)
{
    PssParameters out; // RFC 4055 defaults
    if (der.isEmpty())
        return out;
    const auto *p = reinterpret_cast<const unsigned char *>(der.data());
    ossl::Ptr<RSA_PSS_PARAMS, RSA_PSS_PARAMS_free> pss(d2i_RSA_PSS_PARAMS(nullptr, &p, long(der.size())));
    if (!pss || p != reinterpret_cast<const unsigned char *>(der.data()) + der.size()) {
        ossl::lastError();
        return std::nullopt;
    }
    if (pss->hashAlgorithm) {
        const auto h = hashOfAlgorithm(pss->hashAlgorithm);
        if (!h)
            return std::nullopt;
        out.hash = *h;
    }
    if (pss->maskGenAlgorithm) {
        const ASN1_OBJECT *mgfOid = nullptr;
        int type = V_ASN1_UNDEF;
        const void *value = nullptr;
        X509_ALGOR_get0(&mgfOid, &type, &value, pss->maskGenAlgorithm);
        if (OBJ_obj2nid(mgfOid) != NID_mgf1 || type != V_ASN1_SEQUENCE)
            return std::nullopt;
        const auto *seq = static_cast<const ASN1_STRING *>(value);
        const unsigned char *q = seq->data;
        ossl::Ptr<X509_ALGOR, X509_ALGOR_free> mgfHash(d2i_X509_ALGOR(nullptr, &q, seq->length));
        const auto h = mgfHash ? hashOfAlgorithm(mgfHash.get()) : std::nullopt;
        if (!h)
            return std::nullopt;
        out.mgf1Hash = *h;
    }
    if (pss->saltLength) {
        const long salt = ASN1_INTEGER_get(pss->saltLength);
        if (salt < 0 || salt > 1024)
            return std::nullopt;
        out.saltLength = int(salt);
    }
    if (pss->trailerField && ASN1_INTEGER_get(pss->trailerField) != 1)
        return std::nullopt;
    return out;
}

std::optional<PssParameters> pssParametersOf(const X509_ALGOR *algorithm)
{
    const ASN1_TYPE *params = algorithm ? algorithm->parameter : nullptr;
    const int type = params ? ASN1_TYPE_get(params) : V_ASN1_UNDEF;
    if (type == V_ASN1_UNDEF || type == V_ASN1_NULL)
        return PssParameters{};
    if (type != V_ASN1_SEQUENCE)
        return std::nullopt;
    return parsePssParameters(ossl::toDer(params, i2d_ASN1_TYPE));
}

const char *signatureOid(const SignatureScheme &scheme)
{
    const Row *r = rowOf(scheme);
    return r ? r->oid : "";
}

QString signatureXmlUri(const SignatureScheme &scheme)
{
    const Row *r = rowOf(scheme);
    return r && r->xmlUri ? QString::fromLatin1(r->xmlUri) : QString();
}

std::optional<SignatureScheme> schemeFromXmlUri(QStringView uri)
{
    for (const Row &r : kRows) {
        if (r.xmlUri && uri == QLatin1String(r.xmlUri))
            return r.scheme;
    }
    return std::nullopt;
}

std::optional<SignatureScheme> schemeFromOid(QStringView oid, std::optional<HashAlgorithm> otherHash)
{
    if (oid == QLatin1String(kRsaPssOid))
        return otherHash ? std::optional(SignatureScheme{Kind::RsaPss, *otherHash}) : std::nullopt;
    if (oid == QLatin1String(kRsaEncryptionOid))
        return otherHash ? std::optional(SignatureScheme{Kind::RsaPkcs1, *otherHash}) : std::nullopt;
    if (oid == QLatin1String(kEcPublicKeyOid))
        return otherHash ? std::optional(SignatureScheme{Kind::Ecdsa, *otherHash}) : std::nullopt;
    for (const Row &r : kRows) {
        if (oid == QLatin1String(r.oid))
            return r.scheme;
    }
    return std::nullopt;
}

std::optional<SignatureScheme::Kind> schemeKindFromOid(QStringView oid)
{
    if (oid == QLatin1String(kRsaPssOid))
        return Kind::RsaPss;
    if (oid.startsWith(QLatin1String("1.2.840.113549.1.1.")))
        return Kind::RsaPkcs1;
    if (oid.startsWith(QLatin1String("1.2.840.10045.")))
        return Kind::Ecdsa;
    return std::nullopt;
}

QString schemeKindName(SignatureScheme::Kind kind)
{
    switch (kind) {
    case Kind::RsaPkcs1:
        return QStringLiteral("RSA PKCS#1 v1.5");
    case Kind::RsaPss:
        return QStringLiteral("RSA-PSS");
    case Kind::Ecdsa:
        break;
    }
    return QStringLiteral("ECDSA");
}

QString schemeDisplayName(const SignatureScheme &scheme)
{
    return QStringLiteral("%1 with %2")
        .arg(schemeKindName(scheme.kind), QString::fromLatin1(hashInfo(scheme.hash).name).toUpper());
}

} // namespace sic
