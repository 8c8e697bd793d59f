#include "verify/revocation.h"

#include "verify/certinfo.h"
#include "verify/chain.h"

#include <openssl/pem.h>

namespace sic::verify {
namespace {

QString reasonName(int code)
{
    static const char *const names[] = {"unspecified",        "keyCompromise", "cACompromise",
                                        "affiliationChanged", "superseded",    "cessationOfOperation",
                                        "certificateHold",    "unused",        "removeFromCRL",
                                        "privilegeWithdrawn", "aACompromise"};
    if (code >= 0 && code < int(std::size(names)))
        return QString::fromLatin1(names[code]);
    return {};
}

ossl::X509Crl parseCrl(const QByteArray &bytes)
{
    if (bytes.contains("-----BEGIN")) {
        ossl::Bio bio = ossl::memBio(bytes);
        return ossl::X509Crl(PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr));
    }
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    return ossl::X509Crl(d2i_X509_CRL(nullptr, &p, long(bytes.size())));
}

void merge(RevocationInfo &into, const RevocationInfo &found)
{
    if (found.status == RevocationStatus::None)
        return;
    if (into.status == RevocationStatus::None || found.status == RevocationStatus::Revoked ||
        (into.status == RevocationStatus::Unknown && found.status == RevocationStatus::Good))
        into = found;
}

RevocationInfo fromCrl(X509 *cert, X509 *issuer, const QByteArray &bytes)
{
    RevocationInfo info;
    ossl::X509Crl crl = parseCrl(bytes);
    if (!crl || !issuer)
        return info;
    if (X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_issuer_name(cert)) != 0)
        return info;
    if (X509_CRL_verify(crl.get(), X509_get0_pubkey(issuer)) != 1) {
        ossl::lastError();
        return info;
    }
    info.source = RevocationSource::Crl;
    info.issuedAt = asn1TimeToDateTime(X509_CRL_get0_lastUpdate(crl.get()));
    X509_REVOKED *rev = nullptr;
    if (X509_CRL_get0_by_cert(crl.get(), &rev, cert) == 1 && rev) {
        info.status = RevocationStatus::Revoked;
        info.revocationTime = asn1TimeToDateTime(X509_REVOKED_get0_revocationDate(rev));
        if (auto *e = static_cast<ASN1_ENUMERATED *>(
                X509_REVOKED_get_ext_d2i(rev, NID_crl_reason, nullptr, nullptr))) {
            info.reason = reasonName(int(ASN1_ENUMERATED_get(e)));
            ASN1_ENUMERATED_free(e);
        }
    } else {
        info.status = RevocationStatus::Good;
    }
    return info;
}

RevocationInfo fromOcsp(X509 *cert, X509 *issuer, const QByteArray &der, const std::vector<X509 *> &untrusted,
                        const TrustStore &trust, const QDateTime &at)
{
    RevocationInfo info;
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    ossl::OcspResponse resp(d2i_OCSP_RESPONSE(nullptr, &p, long(der.size())));
    if (!resp || !issuer || OCSP_response_status(resp.get()) != OCSP_RESPONSE_STATUS_SUCCESSFUL)
        return info;
    ossl::OcspBasic basic(OCSP_response_get1_basic(resp.get()));
    if (!basic)
        return info;
    ossl::X509Stack others(sk_X509_new_null());
    for (X509 *c : untrusted) {
        X509_up_ref(c);
        sk_X509_push(others.get(), c);
    }
    X509_up_ref(issuer);
    sk_X509_push(others.get(), issuer);
    // The responder's certificate is judged when the response was produced: archived responses (LT)
    // outlive their responder's certificate.
    const QDateTime producedAt = asn1TimeToDateTime(OCSP_resp_get0_produced_at(basic.get()));
    const QDateTime verifyAt = producedAt.isValid() ? producedAt : at;
    ossl::X509Store store = makeStore(trust, verifyAt);
    // The responder is trusted if it chains to an anchor; a CA that answers for itself (its own
    // key or a delegated responder it issued) is accepted as well when no anchor is configured.
    int ok = OCSP_basic_verify(basic.get(), others.get(), store.get(), 0);
    if (ok != 1) {
        ossl::X509Store issuerStore(X509_STORE_new());
        X509_STORE_add_cert(issuerStore.get(), issuer);
        if (verifyAt.isValid())
            X509_VERIFY_PARAM_set_time(X509_STORE_get0_param(issuerStore.get()),
                                       time_t(verifyAt.toSecsSinceEpoch()));
        ok = OCSP_basic_verify(basic.get(), others.get(), issuerStore.get(),
                               OCSP_TRUSTOTHER | OCSP_PARTIAL_CHAIN);
    }
    ossl::lastError();
    if (ok != 1)
        return info;
    for (const EVP_MD *md : {EVP_sha1(), EVP_sha256()}) {
        ossl::OcspCertId id(OCSP_cert_to_id(md, cert, issuer));
        int status = -1, reason = -1;
        ASN1_GENERALIZEDTIME *revtime = nullptr, *thisupd = nullptr, *nextupd = nullptr;
        if (!id ||
            OCSP_resp_find_status(basic.get(), id.get(), &status, &reason, &revtime, &thisupd, &nextupd) != 1)
            continue;
        info.source = RevocationSource::Ocsp;
        info.issuedAt = asn1TimeToDateTime(thisupd);
        if (status == V_OCSP_CERTSTATUS_GOOD) {
            info.status = RevocationStatus::Good;
        } else if (status == V_OCSP_CERTSTATUS_REVOKED) {
            info.status = RevocationStatus::Revoked;
            info.revocationTime = asn1TimeToDateTime(revtime);
            info.reason = reasonName(reason);
        } else {
            info.status = RevocationStatus::Unknown;
        }
        break;
    }
    ossl::lastError();
    return info;
}

} // namespace

RevocationInfo checkRevocation(X509 *cert, X509 *issuer, const RevocationData &data,
                               const std::vector<X509 *> &untrusted, const TrustStore &trust,
                               const QDateTime &at)
{
    RevocationInfo result;
    for (const QByteArray &ocsp : data.ocspResponses)
        merge(result, fromOcsp(cert, issuer, ocsp, untrusted, trust, at));
    for (const QByteArray &crl : data.crls)
        merge(result, fromCrl(cert, issuer, crl));
    return result;
}

} // namespace sic::verify
