#pragma once

#include "crypto/hashalgorithm.h"

#include <QByteArray>
#include <QString>

#include <optional>

typedef struct X509_algor_st X509_ALGOR;

namespace sic {

// How a key turns a digest into a signature value. The one description of a scheme: CMS
// (signatureAlgorithm), CSC (signAlgo), XML Signature (SignatureMethod) and the verifier all map
// to and from it through the table in signaturescheme.cpp.
struct SignatureScheme
{
    enum class Kind
    {
        RsaPkcs1,
        RsaPss,
        Ecdsa
    };
    Kind kind = Kind::RsaPkcs1;
    HashAlgorithm hash = HashAlgorithm::Sha256;
    friend bool operator==(const SignatureScheme &, const SignatureScheme &) = default;
};

// RSASSA-PSS parameters (RFC 4055 section 3.1). The app produces only MGF1 with the signature's
// hash and a salt as long as the digest (forHash); the verifier accepts what others chose.
struct PssParameters
{
    HashAlgorithm hash = HashAlgorithm::Sha1;
    HashAlgorithm mgf1Hash = HashAlgorithm::Sha1;
    int saltLength = 20; // trailerField is always 1 (the only value RFC 4055 defines)
    static PssParameters forHash(HashAlgorithm h) { return {h, h, hashInfo(h).size}; }
    friend bool operator==(const PssParameters &, const PssParameters &) = default;
};

// DER RSASSA-PSS-params: hash and MGF1 AlgorithmIdentifiers with absent parameters (RFC 5754),
// the salt length, the default trailer left out (DER).
QByteArray pssParametersDer(const PssParameters &p);
// Reads RSASSA-PSS-params DER; an empty input is "all defaults" (SHA-1, MGF1-SHA-1, salt 20).
// nullopt for a hash the app does not know, a mask function other than MGF1, a trailer other than
// 1, a salt outside 0..1024 or trailing bytes.
std::optional<PssParameters> parsePssParameters(QByteArrayView der);
// The parameters of an id-RSASSA-PSS AlgorithmIdentifier (absent or NULL: the defaults).
std::optional<PssParameters> pssParametersOf(const X509_ALGOR *algorithm);

// The dotted OID naming the scheme in CMS and in the CSC API's signAlgo
// ("1.2.840.113549.1.1.11" for RSA PKCS#1 v1.5 with SHA-256). id-RSASSA-PSS does not name its
// hash: that is in the parameters.
const char *signatureOid(const SignatureScheme &scheme);
// The XML Signature SignatureMethod URI (RFC 6931).
QString signatureXmlUri(const SignatureScheme &scheme);
// The scheme an XML SignatureMethod URI names; nullopt for one the app does not know.
std::optional<SignatureScheme> schemeFromXmlUri(QStringView uri);
// The scheme a signature OID names. id-RSASSA-PSS takes its hash from pssHash (the parameters);
// rsaEncryption and id-ecPublicKey, which some signers put there, name no hash and take
// otherHash (CMS: the SignerInfo's digestAlgorithm; CSC: hashAlgo).
std::optional<SignatureScheme> schemeFromOid(QStringView oid, std::optional<HashAlgorithm> otherHash = {});
// The kind alone, from any OID of the RSA PKCS#1 (1.2.840.113549.1.1.*) or ANSI X9.62
// (1.2.840.10045.*) arcs: enough to name the algorithm of a signature the app cannot check.
std::optional<SignatureScheme::Kind> schemeKindFromOid(QStringView oid);

QString schemeKindName(SignatureScheme::Kind kind);       // "RSA PKCS#1 v1.5", "RSA-PSS", "ECDSA"
QString schemeDisplayName(const SignatureScheme &scheme); // "RSA-PSS with SHA256"

} // namespace sic
