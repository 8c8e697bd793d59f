#include "tsa.h"

#include "util.h"

#include <QFile>

#include <openssl/pem.h>
#include <openssl/rand.h>

using sic::fail;
using sic::Result;

namespace rssp {

namespace {

using TsRespCtx = sic::ossl::Ptr<TS_RESP_CTX, TS_RESP_CTX_free>;
using TsMsgImprint = sic::ossl::Ptr<TS_MSG_IMPRINT, TS_MSG_IMPRINT_free>;
using X509Algor = sic::ossl::Ptr<X509_ALGOR, X509_ALGOR_free>;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ASN1_INTEGER *serialCb(TS_RESP_CTX *, void *)
{
    unsigned char b[8];
    RAND_bytes(b, sizeof b);
    b[0] &= 0x7f;
    sic::ossl::BigNum bn(BN_bin2bn(b, sizeof b, nullptr));
    return BN_to_ASN1_INTEGER(bn.get(), nullptr);
}

int timeCb(TS_RESP_CTX *, void *data, long *sec, long *usec)
{
    *sec = long(*static_cast<const qint64 *>(data));
    *usec = 0;
    return 1;
}

} // namespace

Result<Tsa> Tsa::load(const QString &pkiDir)
{
    Tsa t;
    t.m_cert = sic::ossl::x509FromPem(readFile(pkiDir + QStringLiteral("/tsa/tsa.pem")));
    const QByteArray keyPem = readFile(pkiDir + QStringLiteral("/tsa/tsa.key"));
    sic::ossl::Bio keyBio = sic::ossl::memBio(keyPem);
    t.m_key.reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    t.m_chain.reset(sk_X509_new_null());
    if (auto inter = sic::ossl::x509FromPem(readFile(pkiDir + QStringLiteral("/intermediate/ca.pem"))))
        sk_X509_push(t.m_chain.get(), inter.release());
    if (!t.m_cert || !t.m_key)
        return fail(QStringLiteral("rssp.pki"),
                    QStringLiteral("The test PKI's TSA certificate or key is missing."),
                    pkiDir + QStringLiteral("/tsa"));
    return t;
}

QByteArray Tsa::reply(const QByteArray &query, const QDateTime &now) const
{
    TsRespCtx ctx(TS_RESP_CTX_new());
    sic::ossl::Asn1Object policy(OBJ_txt2obj("1.2.3.4.1", 1));
    sic::ossl::Asn1Object other1(OBJ_txt2obj("1.2.3.4.5", 1)), other2(OBJ_txt2obj("1.2.3.4.6", 1));
    TS_RESP_CTX_set_signer_cert(ctx.get(), m_cert.get());
    TS_RESP_CTX_set_signer_key(ctx.get(), m_key.get());
    TS_RESP_CTX_set_certs(ctx.get(), m_chain.get());
    TS_RESP_CTX_set_def_policy(ctx.get(), policy.get());
    TS_RESP_CTX_add_policy(ctx.get(), other1.get());
    TS_RESP_CTX_add_policy(ctx.get(), other2.get());
    TS_RESP_CTX_add_md(ctx.get(), EVP_sha256());
    TS_RESP_CTX_add_md(ctx.get(), EVP_sha384());
    TS_RESP_CTX_add_md(ctx.get(), EVP_sha512());
    TS_RESP_CTX_set_accuracy(ctx.get(), 1, 0, 0);
    TS_RESP_CTX_set_clock_precision_digits(ctx.get(), 0);
    TS_RESP_CTX_add_flags(ctx.get(), TS_ORDERING | TS_TSA_NAME);
    TS_RESP_CTX_set_signer_digest(ctx.get(), EVP_sha256());
    TS_RESP_CTX_set_ess_cert_id_digest(ctx.get(), EVP_sha256());
    TS_RESP_CTX_set_serial_cb(ctx.get(), serialCb, nullptr);
    qint64 secs = now.toSecsSinceEpoch();
    TS_RESP_CTX_set_time_cb(ctx.get(), timeCb, &secs);
    sic::ossl::Bio in = sic::ossl::memBio(query);
    sic::ossl::TsResponse resp(TS_RESP_create_response(ctx.get(), in.get()));
    return resp ? sic::ossl::toDer(resp.get(), i2d_TS_RESP) : QByteArray();
}

Result<QByteArray> Tsa::token(const QByteArray &hash, sic::HashAlgorithm alg, const QByteArray &nonce,
                              const QDateTime &now) const
{
    sic::ossl::TsRequest req(TS_REQ_new());
    TS_REQ_set_version(req.get(), 1);
    TsMsgImprint imprint(TS_MSG_IMPRINT_new());
    X509Algor algor(X509_ALGOR_new());
    X509_ALGOR_set0(algor.get(), OBJ_txt2obj(sic::hashInfo(alg).oid, 1), V_ASN1_NULL, nullptr);
    TS_MSG_IMPRINT_set_algo(imprint.get(), algor.get());
    TS_MSG_IMPRINT_set_msg(imprint.get(),
                           reinterpret_cast<unsigned char *>(const_cast<char *>(hash.constData())),
                           int(hash.size()));
    TS_REQ_set_msg_imprint(req.get(), imprint.get());
    if (!nonce.isEmpty()) {
        sic::ossl::BigNum bn(BN_bin2bn(reinterpret_cast<const unsigned char *>(nonce.constData()),
                                       int(nonce.size()), nullptr));
        sic::ossl::Asn1Integer n(BN_to_ASN1_INTEGER(bn.get(), nullptr));
        TS_REQ_set_nonce(req.get(), n.get());
    }
    TS_REQ_set_cert_req(req.get(), 1);
    const QByteArray der = reply(sic::ossl::toDer(req.get(), i2d_TS_REQ), now);
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    sic::ossl::TsResponse resp(d2i_TS_RESP(nullptr, &p, long(der.size())));
    if (!resp || ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(resp.get()))) != 0 ||
        !TS_RESP_get_token(resp.get()))
        return fail(QStringLiteral("rssp.tsa"), QStringLiteral("The time-stamping unit refused the request."),
                    sic::ossl::lastError());
    return sic::ossl::toDer(TS_RESP_get_token(resp.get()), i2d_PKCS7);
}

} // namespace rssp
