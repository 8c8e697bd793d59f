#include "verify/chain.h"

#include "verify/certinfo.h"

namespace sic::verify {

ossl::X509Store makeStore(const TrustStore &trust, const QDateTime &at)
{
    ossl::X509Store store(X509_STORE_new());
    for (const auto &a : trust.certificates())
        X509_STORE_add_cert(store.get(), a.get());
    X509_VERIFY_PARAM *param = X509_STORE_get0_param(store.get());
    if (at.isValid())
        X509_VERIFY_PARAM_set_time(param, time_t(at.toSecsSinceEpoch()));
    return store;
}

X509 *findIssuer(X509 *cert, const std::vector<X509 *> &candidates)
{
    for (X509 *c : candidates) {
        if (X509_NAME_cmp(X509_get_subject_name(c), X509_get_issuer_name(cert)) != 0)
            continue;
        EVP_PKEY *key = X509_get0_pubkey(c);
        if (key && X509_verify(cert, key) == 1)
            return c;
    }
    ossl::lastError();
    return nullptr;
}

ChainResult buildChain(X509 *leaf, const std::vector<X509 *> &untrusted, const TrustStore &trust)
{
    ChainResult result;
    ossl::X509Store store = makeStore(trust, {});
    X509_VERIFY_PARAM_set_flags(X509_STORE_get0_param(store.get()), X509_V_FLAG_NO_CHECK_TIME);
    ossl::X509Stack stack(sk_X509_new_null());
    for (X509 *c : untrusted) {
        X509_up_ref(c);
        sk_X509_push(stack.get(), c);
    }
    ossl::X509StoreCtx ctx(X509_STORE_CTX_new());
    if (!X509_STORE_CTX_init(ctx.get(), store.get(), leaf, stack.get())) {
        result.status = ChainResult::Status::GeneralFailure;
        result.detail = ossl::lastError();
        return result;
    }
    const int ok = X509_verify_cert(ctx.get());
    const int err = X509_STORE_CTX_get_error(ctx.get());
    if (STACK_OF(X509) *chain = X509_STORE_CTX_get1_chain(ctx.get())) {
        for (int i = 0; i < sk_X509_num(chain); ++i)
            result.certs.emplace_back(sk_X509_value(chain, i));
        sk_X509_free(chain); // the certificates now belong to result.certs
    }
    if (result.certs.empty()) {
        X509_up_ref(leaf);
        result.certs.emplace_back(leaf);
    }
    ossl::lastError();
    if (ok == 1) {
        result.status = ChainResult::Status::Ok;
        return result;
    }
    result.detail = QString::fromLatin1(X509_verify_cert_error_string(err));
    switch (err) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        result.status = ChainResult::Status::NoChain;
        break;
    default:
        result.status = ChainResult::Status::GeneralFailure;
        break;
    }
    // A certificate that signed the last one but is not allowed to (an end-entity acting as CA)
    // is a broken chain, not a missing one.
    if (result.status == ChainResult::Status::NoChain) {
        for (size_t i = 1; i < result.certs.size(); ++i) {
            if (!isCa(result.certs[i].get())) {
                result.status = ChainResult::Status::GeneralFailure;
                result.detail = QStringLiteral("the issuer certificate is not a CA certificate");
                return result;
            }
        }
        X509 *last = result.certs.back().get();
        if (!isSelfIssued(last)) {
            for (X509 *c : untrusted) {
                if (X509_NAME_cmp(X509_get_subject_name(c), X509_get_issuer_name(last)) != 0 || c == last)
                    continue;
                const bool signs = X509_verify(last, X509_get0_pubkey(c)) == 1;
                ossl::lastError();
                if (!isCa(c) || !signs) {
                    result.status = ChainResult::Status::GeneralFailure;
                    result.detail =
                        !isCa(c) ? QStringLiteral("the issuer certificate is not a CA certificate")
                                 : QStringLiteral("the issuer certificate did not sign this certificate");
                    break;
                }
            }
        }
    }
    return result;
}

} // namespace sic::verify
