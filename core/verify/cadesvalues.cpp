#include "verify/cadesvalues.h"

#include "base/error.h"
#include "cms/der.h"

#include <optional>

namespace sic::verify {
namespace {

// Hostile input may claim any count; real files carry a handful of certificates and responses.
constexpr qsizetype kMaxItems = 1000;

const char *const kCertValuesOid = "1.2.840.113549.1.9.16.2.23";
const char *const kRevocationValuesOid = "1.2.840.113549.1.9.16.2.24";
const char *const kArchiveTimestampV3Oid = "0.4.0.1733.2.4";

// One definite-length element in [p, end).
struct Tlv
{
    int tag = 0;
    int cls = 0;
    bool constructed = false;
    const unsigned char *start = nullptr;   // the identifier octet
    const unsigned char *content = nullptr; // after the length octets
    const unsigned char *end = nullptr;     // after the content

    QByteArray whole() const { return QByteArray(reinterpret_cast<const char *>(start), int(end - start)); }
    bool is(int wantedCls, int wantedTag, bool wantedConstructed = true) const
    {
        return cls == wantedCls && tag == wantedTag && constructed == wantedConstructed;
    }
};

// Reads the element at p and moves p past it. Indefinite lengths (BER) and lengths past end fail.
bool readTlv(const unsigned char *&p, const unsigned char *end, Tlv &out)
{
    if (p >= end)
        return false;
    const unsigned char *start = p;
    const unsigned char *q = p;
    long len = 0;
    int tag = 0, cls = 0;
    const int ret = ASN1_get_object(&q, &len, &tag, &cls, long(end - p));
    if ((ret & 0x80) || (ret & 0x01) || len < 0 || len > end - q) {
        ossl::lastError();
        return false;
    }
    out = {tag, cls, (ret & V_ASN1_CONSTRUCTED) != 0, start, q, q + len};
    p = out.end;
    return true;
}

// The elements of a SEQUENCE OF SEQUENCE whose content is [p, end), each as its whole DER.
std::optional<QList<QByteArray>> sequenceItems(const unsigned char *p, const unsigned char *end)
{
    QList<QByteArray> items;
    while (p < end) {
        Tlv t;
        if (!readTlv(p, end, t) || !t.is(V_ASN1_UNIVERSAL, V_ASN1_SEQUENCE) || items.size() >= kMaxItems)
            return std::nullopt;
        items << t.whole();
    }
    return items;
}

// A whole attribute value: exactly one SEQUENCE, nothing after it.
bool outerSequence(const QByteArray &value, Tlv &outer)
{
    const auto *p = reinterpret_cast<const unsigned char *>(value.constData());
    const unsigned char *end = p + value.size();
    return readTlv(p, end, outer) && p == end && outer.is(V_ASN1_UNIVERSAL, V_ASN1_SEQUENCE);
}

template <typename T, auto Free, typename D2I>
ossl::Ptr<T, Free> decodeExactly(const QByteArray &der, D2I d2i)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    ossl::Ptr<T, Free> obj(d2i(nullptr, &p, long(der.size())));
    if (obj && p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        obj.reset();
    ossl::lastError();
    return obj;
}

// CertificateValues ::= SEQUENCE OF Certificate
bool parseCertificateValues(const QByteArray &value, std::vector<ossl::X509Ptr> &out)
{
    Tlv outer;
    if (!outerSequence(value, outer))
        return false;
    const auto items = sequenceItems(outer.content, outer.end);
    if (!items)
        return false;
    std::vector<ossl::X509Ptr> certs;
    for (const QByteArray &item : *items) {
        ossl::X509Ptr cert = decodeExactly<X509, X509_free>(item, d2i_X509);
        if (!cert)
            return false;
        certs.push_back(std::move(cert));
    }
    for (auto &c : certs)
        out.push_back(std::move(c));
    return true;
}

// RevocationValues ::= SEQUENCE { crlVals [0] SEQUENCE OF CertificateList OPTIONAL,
//   ocspVals [1] SEQUENCE OF BasicOCSPResponse OPTIONAL, otherRevVals [2] OtherRevVals OPTIONAL }
// The tags are EXPLICIT (RFC 5126's module is DEFINITIONS EXPLICIT TAGS). otherRevVals has no
// defined use and is skipped.
bool parseRevocationValues(const QByteArray &value, RevocationData &out)
{
    Tlv outer;
    if (!outerSequence(value, outer))
        return false;
    RevocationData found;
    const unsigned char *p = outer.content;
    int lastTag = -1;
    while (p < outer.end) {
        Tlv field;
        if (!readTlv(p, outer.end, field) || field.cls != V_ASN1_CONTEXT_SPECIFIC || !field.constructed ||
            field.tag > 2 || field.tag <= lastTag)
            return false;
        lastTag = field.tag;
        if (field.tag == 2)
            continue;
        const unsigned char *q = field.content;
        Tlv list;
        if (!readTlv(q, field.end, list) || q != field.end || !list.is(V_ASN1_UNIVERSAL, V_ASN1_SEQUENCE))
            return false;
        const auto items = sequenceItems(list.content, list.end);
        if (!items)
            return false;
        for (const QByteArray &item : *items) {
            if (field.tag == 0) {
                if (!decodeExactly<X509_CRL, X509_CRL_free>(item, d2i_X509_CRL))
                    return false;
                found.crls << item;
            } else {
                const QByteArray response = ocspResponseFromBasic(item);
                if (response.isEmpty())
                    return false;
                found.ocspResponses << response;
            }
        }
    }
    out.append(found);
    return true;
}

} // namespace

QList<QByteArray> unsignedAttributeValues(CMS_SignerInfo *si, const char *oid)
{
    QList<QByteArray> out;
    ossl::Asn1Object obj(OBJ_txt2obj(oid, 1));
    for (int i = 0; i < CMS_unsigned_get_attr_count(si); ++i) {
        X509_ATTRIBUTE *attr = CMS_unsigned_get_attr(si, i);
        if (OBJ_cmp(X509_ATTRIBUTE_get0_object(attr), obj.get()) != 0)
            continue;
        for (int v = 0; v < X509_ATTRIBUTE_count(attr); ++v) {
            const ASN1_TYPE *t = X509_ATTRIBUTE_get0_type(attr, v);
            if (t && t->type == V_ASN1_SEQUENCE)
                out << QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(t->value.sequence)),
                                  ASN1_STRING_length(t->value.sequence));
            else
                out << QByteArray();
        }
    }
    return out;
}

QByteArray ocspResponseFromBasic(const QByteArray &basic)
{
    if (!decodeExactly<OCSP_BASICRESP, OCSP_BASICRESP_free>(basic, d2i_OCSP_BASICRESP))
        return {};
    // OCSPResponse ::= SEQUENCE { responseStatus ENUMERATED successful(0),
    //   responseBytes [0] EXPLICIT SEQUENCE { id-pkix-ocsp-basic, OCTET STRING } }
    // written around the received bytes, so the responder's signature covers exactly what it signed.
    return der::sequence(
        {der::tlv(V_ASN1_ENUMERATED, QByteArray(1, '\0')),
         der::context(0, der::sequence({der::oid("1.3.6.1.5.5.7.48.1.1"), der::octetString(basic)}))});
}

CadesValues readCadesValues(CMS_SignerInfo *si)
{
    CadesValues v;
    for (const QByteArray &value : unsignedAttributeValues(si, kCertValuesOid)) {
        if (!parseCertificateValues(value, v.certificates))
            v.problems << Tr::tr("The certificate-values attribute of the signature is malformed; the "
                                 "certificates in it were not used.");
    }
    for (const QByteArray &value : unsignedAttributeValues(si, kRevocationValuesOid)) {
        if (!parseRevocationValues(value, v.revocation))
            v.problems << Tr::tr(
                "The revocation-values attribute of the signature is malformed; the CRLs and "
                "OCSP responses in it were not used.");
    }
    ossl::Asn1Object ats(OBJ_txt2obj(kArchiveTimestampV3Oid, 1));
    v.hasArchiveTimestampV3 = CMS_unsigned_get_attr_by_OBJ(si, ats.get(), -1) >= 0;
    ossl::lastError();
    return v;
}

QList<QByteArray> otherRevInfoOcspResponses(const QByteArray &der)
{
    // ContentInfo ::= SEQUENCE { contentType, content [0] EXPLICIT SignedData }
    // SignedData ::= SEQUENCE { version, digestAlgorithms SET, encapContentInfo,
    //   certificates [0] IMPLICIT OPTIONAL, crls [1] IMPLICIT RevocationInfoChoices OPTIONAL, signerInfos }
    // RevocationInfoChoice ::= CHOICE { crl CertificateList, other [1] IMPLICIT OtherRevocationInfoFormat }
    // OtherRevocationInfoFormat ::= SEQUENCE { otherRevInfoFormat OID, otherRevInfo ANY }
    static const QByteArray ocspFormat = der::oid("1.3.6.1.5.5.7.16.2");
    QList<QByteArray> out;
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *end = p + der.size();
    Tlv contentInfo, type, explicitContent, signedData;
    if (!readTlv(p, end, contentInfo) || !contentInfo.is(V_ASN1_UNIVERSAL, V_ASN1_SEQUENCE))
        return out;
    p = contentInfo.content;
    if (!readTlv(p, contentInfo.end, type) || !readTlv(p, contentInfo.end, explicitContent) ||
        !explicitContent.is(V_ASN1_CONTEXT_SPECIFIC, 0))
        return out;
    p = explicitContent.content;
    if (!readTlv(p, explicitContent.end, signedData) || !signedData.is(V_ASN1_UNIVERSAL, V_ASN1_SEQUENCE))
        return out;
    p = signedData.content;
    Tlv field;
    for (int i = 0; i < 3; ++i) { // version, digestAlgorithms, encapContentInfo
        if (!readTlv(p, signedData.end, field))
            return out;
    }
    while (readTlv(p, signedData.end, field)) {
        if (!field.is(V_ASN1_CONTEXT_SPECIFIC, 1)) {
            if (field.is(V_ASN1_CONTEXT_SPECIFIC, 0))
                continue; // certificates
            break;        // signerInfos: no crls field
        }
        const unsigned char *q = field.content;
        Tlv choice;
        while (readTlv(q, field.end, choice) && out.size() < kMaxItems) {
            if (!choice.is(V_ASN1_CONTEXT_SPECIFIC, 1))
                continue; // a CRL
            const unsigned char *r = choice.content;
            Tlv format, info;
            if (!readTlv(r, choice.end, format) || format.whole() != ocspFormat ||
                !readTlv(r, choice.end, info) || r != choice.end)
                continue;
            if (decodeExactly<OCSP_RESPONSE, OCSP_RESPONSE_free>(info.whole(), d2i_OCSP_RESPONSE))
                out << info.whole();
        }
        break;
    }
    return out;
}

} // namespace sic::verify
