#include "tsp/tokencheck.h"

#include "crypto/trustanchors.h"

#include "crypto/ossl.h"
#include "crypto/x509text.h"

#include <QTimeZone>

#include <openssl/err.h>

namespace sic::tsp {

namespace {

std::unexpected<Error> tsaError(QString code, QString message, QString detail = {})
{
    return fail(std::move(code), std::move(message), std::move(detail));
}

std::unexpected<Error> badToken(QString detail)
{
    return tsaError(
        QStringLiteral("tsp.invalid_token"),
        Tr::tr("The time-stamp service returned a time-stamp that could not be verified. Nothing was "
               "saved. Check the time-stamp service settings."),
        std::move(detail));
}

using TsReq = ossl::TsRequest;

Result<TsReq> buildRequest(const QByteArray &digest, HashAlgorithm alg, const QByteArray &nonce)
{
    TsReq req(TS_REQ_new());
    ossl::Ptr<TS_MSG_IMPRINT, TS_MSG_IMPRINT_free> imprint(TS_MSG_IMPRINT_new());
    ossl::Ptr<X509_ALGOR, X509_ALGOR_free> algor(X509_ALGOR_new());
    ossl::BigNum bn(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(nonce.constData()), int(nonce.size()), nullptr));
    ossl::Asn1Integer nonceInt(bn ? BN_to_ASN1_INTEGER(bn.get(), nullptr) : nullptr);
    if (!req || !imprint || !algor || !nonceInt || digest.size() != hashInfo(alg).size)
        return badToken(QStringLiteral("cannot build request: ") + ossl::lastError());
    X509_ALGOR_set_md(algor.get(), evpMd(alg));
    const bool ok =
        TS_REQ_set_version(req.get(), 1) == 1 && TS_MSG_IMPRINT_set_algo(imprint.get(), algor.get()) == 1 &&
        TS_MSG_IMPRINT_set_msg(imprint.get(),
                               reinterpret_cast<unsigned char *>(const_cast<char *>(digest.constData())),
                               int(digest.size())) == 1 &&
        TS_REQ_set_msg_imprint(req.get(), imprint.get()) == 1 &&
        (nonce.isEmpty() || TS_REQ_set_nonce(req.get(), nonceInt.get()) == 1) &&
        TS_REQ_set_cert_req(req.get(), 1) == 1;
    if (!ok)
        return badToken(QStringLiteral("cannot build request: ") + ossl::lastError());
    return req;
}

Result<ossl::TsVerifyCtx> verifyContext(const QByteArray &digest, HashAlgorithm alg, const QByteArray &nonce,
                                        const QString &trustPemPath)
{
    auto req = buildRequest(digest, alg, nonce);
    if (!req)
        return std::unexpected(req.error());
    // Copies the imprint and the nonce; we add the signature and chain check.
    ossl::TsVerifyCtx ctx(TS_REQ_to_TS_VERIFY_CTX(req->get(), nullptr));
    // The one trust loader: a PEM file, or a folder of anchors as for verification.
    auto store = trust::storeFor({trustPemPath, false});
    if (!ctx || !store)
        return tsaError(
            QStringLiteral("tsp.no_trust"),
            Tr::tr("The trusted certificates for time-stamps could not be loaded. Check the settings."),
            trustPemPath + QStringLiteral(": ") + (store ? ossl::lastError() : store.error().message));
    int flags = TS_VFY_VERSION | TS_VFY_SIGNER | TS_VFY_SIGNATURE | TS_VFY_IMPRINT;
    if (!nonce.isEmpty())
        flags |= TS_VFY_NONCE;
    TS_VERIFY_CTX_set_flags(ctx.get(), flags);
    TS_VERIFY_CTX_set_store(ctx.get(), store->release());
    return ctx;
}

// The TSA certificate must be marked for time-stamping only, with the extension critical
// (RFC 3161 2.3); OpenSSL's timestamp purpose check enforces this too, we make it explicit.
Result<TokenInfo> inspect(PKCS7 *token)
{
    TokenInfo info;
    info.token = ossl::toDer(token, i2d_PKCS7);
    ossl::Ptr<TS_TST_INFO, TS_TST_INFO_free> tst(PKCS7_to_TS_TST_INFO(token));
    if (!tst)
        return badToken(QStringLiteral("no TSTInfo"));
    info.genTime = asn1TimeToDateTime(TS_TST_INFO_get_time(tst.get()));
    STACK_OF(PKCS7_SIGNER_INFO) *infos = PKCS7_get_signer_info(token);
    STACK_OF(X509) *certs = token->d.sign ? token->d.sign->cert : nullptr;
    if (!infos || sk_PKCS7_SIGNER_INFO_num(infos) != 1 || !certs)
        return badToken(QStringLiteral("token has no signer certificate"));
    PKCS7_ISSUER_AND_SERIAL *ias = sk_PKCS7_SIGNER_INFO_value(infos, 0)->issuer_and_serial;
    X509 *signer = X509_find_by_issuer_and_serial(certs, ias->issuer, ias->serial);
    if (!signer)
        return badToken(QStringLiteral("TSA certificate not in token"));
    int crit = 0;
    ossl::Ptr<EXTENDED_KEY_USAGE, EXTENDED_KEY_USAGE_free> eku(
        static_cast<EXTENDED_KEY_USAGE *>(X509_get_ext_d2i(signer, NID_ext_key_usage, &crit, nullptr)));
    if (!eku || crit != 1 || sk_ASN1_OBJECT_num(eku.get()) != 1 ||
        OBJ_obj2nid(sk_ASN1_OBJECT_value(eku.get(), 0)) != NID_time_stamp)
        return badToken(QStringLiteral("TSA certificate lacks a critical extendedKeyUsage timeStamping"));
    info.tsaSubject = x509NameToString(X509_get_subject_name(signer));
    return info;
}

} // namespace

Result<QByteArray> makeRequest(const QByteArray &digest, HashAlgorithm alg, const QByteArray &nonce)
{
    auto req = buildRequest(digest, alg, nonce);
    if (!req)
        return std::unexpected(req.error());
    return ossl::toDer(req->get(), i2d_TS_REQ);
}

Result<TokenInfo> checkResponse(const QByteArray &responseDer, const QByteArray &digest, HashAlgorithm alg,
                                const QByteArray &nonce, const QString &trustPemPath)
{
    const auto *p = reinterpret_cast<const unsigned char *>(responseDer.constData());
    ossl::TsResponse resp(d2i_TS_RESP(nullptr, &p, long(responseDer.size())));
    if (!resp)
        return badToken(QStringLiteral("not a TimeStampResp: ") + ossl::lastError());
    const long status = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(resp.get())));
    if (status != 0 && status != 1)
        return tsaError(
            QStringLiteral("tsp.rejected"),
            Tr::tr("The time-stamp service refused the request. Try again later or check the settings."),
            QStringLiteral("PKIStatus %1").arg(status));
    auto ctx = verifyContext(digest, alg, nonce, trustPemPath);
    if (!ctx)
        return std::unexpected(ctx.error());
    if (TS_RESP_verify_response(ctx->get(), resp.get()) != 1)
        return badToken(ossl::lastError());
    return inspect(TS_RESP_get_token(resp.get()));
}

Result<TokenInfo> checkToken(const QByteArray &tokenDer, const QByteArray &digest, HashAlgorithm alg,
                             const QByteArray &nonce, const QString &trustPemPath)
{
    const auto *p = reinterpret_cast<const unsigned char *>(tokenDer.constData());
    ossl::Pkcs7 token(d2i_PKCS7(nullptr, &p, long(tokenDer.size())));
    if (!token)
        return badToken(QStringLiteral("not a TimeStampToken: ") + ossl::lastError());
    auto ctx = verifyContext(digest, alg, nonce, trustPemPath);
    if (!ctx)
        return std::unexpected(ctx.error());
    if (TS_RESP_verify_token(ctx->get(), token.get()) != 1)
        return badToken(ossl::lastError());
    return inspect(token.get());
}

} // namespace sic::tsp
