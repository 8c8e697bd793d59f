#include "verify/timestamp.h"

#include "verify/certinfo.h"
#include "verify/chain.h"

#include <openssl/objects.h>

namespace sic::verify {
namespace {

bool hasTimeStampingEku(X509 *cert)
{
    const uint32_t eku = X509_get_extended_key_usage(cert);
    return (X509_get_extension_flags(cert) & EXFLAG_XKUSAGE) && (eku & XKU_TIMESTAMP);
}

} // namespace

TimestampCheck checkTimestamp(const QByteArray &tokenDer, const ContentDigest &stamped, TimestampKind kind,
                              const TrustStore &trust, const std::vector<X509 *> &extraCerts)
{
    TimestampCheck tc;
    tc.info.kind = kind;
    auto sd = parseSignedData(tokenDer);
    if (!sd) {
        tc.info.problem = Tr::tr("The timestamp is not a readable RFC 3161 token.");
        return tc;
    }
    if (sd->eContentType != QLatin1String("1.2.840.113549.1.9.16.1.4")) {
        tc.info.problem = Tr::tr("The timestamp token does not contain timestamp information (TSTInfo).");
        return tc;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(sd->encapsulatedContent.constData());
    ossl::TsTstInfo tst(d2i_TS_TST_INFO(nullptr, &p, long(sd->encapsulatedContent.size())));
    if (!tst) {
        ossl::lastError();
        tc.info.problem = Tr::tr("The timestamp information (TSTInfo) cannot be read.");
        return tc;
    }
    tc.info.time = asn1TimeToDateTime(TS_TST_INFO_get_time(tst.get()));
    TS_MSG_IMPRINT *imprint = TS_TST_INFO_get_msg_imprint(tst.get());
    const ASN1_OBJECT *algObj = nullptr;
    X509_ALGOR_get0(&algObj, nullptr, nullptr, TS_MSG_IMPRINT_get_algo(imprint));
    char oid[80];
    OBJ_obj2txt(oid, sizeof oid, algObj, 1);
    const auto alg = hashFromOid(QString::fromLatin1(oid));
    const ASN1_OCTET_STRING *msg = TS_MSG_IMPRINT_get_msg(imprint);
    const QByteArray imprintBytes(reinterpret_cast<const char *>(ASN1_STRING_get0_data(msg)),
                                  ASN1_STRING_length(msg));
    if (alg) {
        tc.imprintAlgorithm = *alg;
        if (auto digest = stamped(*alg))
            tc.info.intact = *digest == imprintBytes;
    }

    CmsSignerCheck signer = checkSigner(*sd, {}, extraCerts);
    tc.info.signatureValid = signer.formatProblem.isEmpty() && signer.digestMatches &&
                             signer.signatureValid && signer.signingCertProblem.isEmpty();
    for (auto &c : sd->certificates) {
        X509_up_ref(c.get());
        tc.certificates.emplace_back(c.get());
    }
    if (signer.signerCert) {
        tc.info.tsa = certificateInfo(signer.signerCert.get());
        tc.tsaCert = std::move(signer.signerCert);
    }
    if (!tc.info.intact) {
        tc.info.problem =
            Tr::tr("The timestamp does not cover this signature (its message imprint differs).");
        return tc;
    }
    if (!tc.tsaCert) {
        tc.info.problem = Tr::tr("The timestamp authority's certificate is not in the timestamp.");
        return tc;
    }
    if (!tc.info.signatureValid) {
        tc.info.problem = Tr::tr("The timestamp's own signature is not valid.");
        return tc;
    }
    if (!hasTimeStampingEku(tc.tsaCert.get())) {
        tc.info.problem =
            Tr::tr("The timestamp was issued by a certificate that is not a timestamping certificate.");
        return tc;
    }
    std::vector<X509 *> untrusted(extraCerts);
    for (const auto &c : tc.certificates)
        untrusted.push_back(c.get());
    const ChainResult chain = buildChain(tc.tsaCert.get(), untrusted, trust);
    tc.info.trusted = chain.status == ChainResult::Status::Ok;
    for (const auto &c : chain.certs)
        tc.info.chain << certificateInfo(c.get());
    const QDateTime nb = asn1TimeToDateTime(X509_get0_notBefore(tc.tsaCert.get()));
    const QDateTime na = asn1TimeToDateTime(X509_get0_notAfter(tc.tsaCert.get()));
    if (tc.info.time < nb || tc.info.time > na)
        tc.info.problem = Tr::tr("The timestamp was made outside the validity of the timestamp authority's "
                                 "certificate.");
    return tc;
}

} // namespace sic::verify
