#include "crypto/hashalgorithm.h"

#include <openssl/evp.h>

#include <array>

namespace sic {

namespace {
constexpr std::array<HashAlgorithmInfo, 5> kAlgorithms{{
    {HashAlgorithm::Sha1, "sha1", "1.3.14.3.2.26", "http://www.w3.org/2000/09/xmldsig#sha1", 20, false},
    {HashAlgorithm::Sha224, "sha224", "2.16.840.1.101.3.4.2.4",
     "http://www.w3.org/2001/04/xmldsig-more#sha224", 28, false},
    {HashAlgorithm::Sha256, "sha256", "2.16.840.1.101.3.4.2.1", "http://www.w3.org/2001/04/xmlenc#sha256", 32,
     true},
    {HashAlgorithm::Sha384, "sha384", "2.16.840.1.101.3.4.2.2",
     "http://www.w3.org/2001/04/xmldsig-more#sha384", 48, true},
    {HashAlgorithm::Sha512, "sha512", "2.16.840.1.101.3.4.2.3", "http://www.w3.org/2001/04/xmlenc#sha512", 64,
     true},
}};
} // namespace

const HashAlgorithmInfo &hashInfo(HashAlgorithm alg)
{
    return kAlgorithms[static_cast<size_t>(alg)];
}

std::optional<HashAlgorithm> hashFromName(QStringView name)
{
    for (const auto &a : kAlgorithms) {
        if (name.compare(QLatin1String(a.name), Qt::CaseInsensitive) == 0)
            return a.id;
    }
    return std::nullopt;
}

std::optional<HashAlgorithm> hashFromOid(QStringView oid)
{
    for (const auto &a : kAlgorithms) {
        if (oid == QLatin1String(a.oid))
            return a.id;
    }
    return std::nullopt;
}

std::optional<HashAlgorithm> hashFromXmlDsigUri(QStringView uri)
{
    for (const auto &a : kAlgorithms) {
        if (uri == QLatin1String(a.xmlDsigUri))
            return a.id;
    }
    return std::nullopt;
}

const EVP_MD *evpMd(HashAlgorithm alg)
{
    switch (alg) {
    case HashAlgorithm::Sha1:
        return EVP_sha1();
    case HashAlgorithm::Sha224:
        return EVP_sha224();
    case HashAlgorithm::Sha256:
        return EVP_sha256();
    case HashAlgorithm::Sha384:
        return EVP_sha384();
    case HashAlgorithm::Sha512:
        return EVP_sha512();
    }
    return nullptr;
}

QByteArray digestBytes(HashAlgorithm alg, QByteArrayView data)
{
    QByteArray out(hashInfo(alg).size, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &len,
                   evpMd(alg), nullptr) != 1)
        return {};
    return out;
}

} // namespace sic
