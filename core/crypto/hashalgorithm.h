#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

typedef struct evp_md_st EVP_MD;

namespace sic {

// Digest algorithms the app knows. Signing uses SHA-256 or stronger only; SHA-1 and SHA-224
// exist so that the verifier can name (and flag) what others used.
enum class HashAlgorithm
{
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512
};

struct HashAlgorithmInfo
{
    HashAlgorithm id;
    const char *name; // "sha256": CLI and settings spelling
    const char *oid;  // dotted OID, as CSC and CMS name it
    const char *xmlDsigUri;
    int size; // bytes
    bool allowedForSigning;
};

const HashAlgorithmInfo &hashInfo(HashAlgorithm alg);
std::optional<HashAlgorithm> hashFromName(QStringView name);
std::optional<HashAlgorithm> hashFromOid(QStringView oid);
std::optional<HashAlgorithm> hashFromXmlDsigUri(QStringView uri);
const EVP_MD *evpMd(HashAlgorithm alg);

// One-shot digest of bytes in memory (small inputs: signed attributes, SignedInfo, certificates).
QByteArray digestBytes(HashAlgorithm alg, QByteArrayView data);

} // namespace sic
