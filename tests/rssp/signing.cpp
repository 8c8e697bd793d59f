// signatures/signHash and signatures/timestamp.

#include "service.h"

#include "util.h"

#include "crypto/ecdsa.h"

#include <QJsonArray>

#include <openssl/pkcs7.h>
#include <openssl/rsa.h>

namespace rssp {

namespace {

using sic::HashAlgorithm;
using PssParams = sic::ossl::Ptr<RSA_PSS_PARAMS, RSA_PSS_PARAMS_free>;
using X509Algor = sic::ossl::Ptr<X509_ALGOR, X509_ALGOR_free>;

enum class Scheme
{
    Pkcs1,
    Pss,
    Ecdsa
};

struct SignPlan
{
    Scheme scheme = Scheme::Pkcs1;
    HashAlgorithm alg = HashAlgorithm::Sha256;
    std::optional<HashAlgorithm> mgfAlg;
    long saltLength = 20;
};

HttpReply badRequest(const QString &description)
{
    return errorReply(400, QStringLiteral("invalid_request"), description);
}

QByteArray digestInfoPrefix(HashAlgorithm alg)
{
    switch (alg) {
    case HashAlgorithm::Sha384:
        return QByteArray::fromHex("3041300d060960864801650304020205000430");
    case HashAlgorithm::Sha512:
        return QByteArray::fromHex("3051300d060960864801650304020305000440");
    default:
        return QByteArray::fromHex("3031300d060960864801650304020105000420");
    }
}

CK_MECHANISM_TYPE ckHash(HashAlgorithm alg)
{
    return alg == HashAlgorithm::Sha384 ? CKM_SHA384 : alg == HashAlgorithm::Sha512 ? CKM_SHA512 : CKM_SHA256;
}

CK_RSA_PKCS_MGF_TYPE ckMgf(HashAlgorithm alg)
{
    return alg == HashAlgorithm::Sha384   ? CKG_MGF1_SHA384
           : alg == HashAlgorithm::Sha512 ? CKG_MGF1_SHA512
                                          : CKG_MGF1_SHA256;
}

std::optional<HashAlgorithm> algorOid(const X509_ALGOR *a)
{
    if (!a)
        return HashAlgorithm::Sha1; // the RSASSA-PSS-params default
    const ASN1_OBJECT *obj = nullptr;
    X509_ALGOR_get0(&obj, nullptr, nullptr, a);
    char buf[80];
    OBJ_obj2txt(buf, sizeof buf, obj, 1);
    return sic::hashFromOid(QString::fromLatin1(buf));
}

// The hash inside MGF1's parameters (OpenSSL decodes it only for its own PSS use).
std::optional<HashAlgorithm> mgf1Hash(const X509_ALGOR *mgf)
{
    const ASN1_OBJECT *oid = nullptr;
    int ptype = 0;
    const void *pval = nullptr;
    X509_ALGOR_get0(&oid, &ptype, &pval, mgf);
    if (OBJ_obj2nid(oid) != NID_mgf1 || ptype != V_ASN1_SEQUENCE || !pval)
        return std::nullopt;
    const auto *seq = static_cast<const ASN1_STRING *>(pval);
    const unsigned char *p = ASN1_STRING_get0_data(seq);
    X509Algor hash(d2i_X509_ALGOR(nullptr, &p, ASN1_STRING_length(seq)));
    return hash ? algorOid(hash.get()) : std::nullopt;
}

// Works out how to sign from signAlgo (+ the explicit hash algorithm and PSS parameters).
std::variant<SignPlan, QString> planFor(const Credential &c, const QString &signAlgo,
                                        std::optional<HashAlgorithm> explicitAlg, const QString &paramsB64)
{
    SignPlan p;
    const bool rsa = isRsa(c.key);
    static const QHash<QString, HashAlgorithm> withHash = {
        {QStringLiteral("1.2.840.113549.1.1.11"), HashAlgorithm::Sha256},
        {QStringLiteral("1.2.840.113549.1.1.12"), HashAlgorithm::Sha384},
        {QStringLiteral("1.2.840.113549.1.1.13"), HashAlgorithm::Sha512},
        {QStringLiteral("1.2.840.10045.4.3.2"), HashAlgorithm::Sha256},
        {QStringLiteral("1.2.840.10045.4.3.3"), HashAlgorithm::Sha384},
        {QStringLiteral("1.2.840.10045.4.3.4"), HashAlgorithm::Sha512},
    };
    if (withHash.contains(signAlgo)) {
        const bool ecAlgo = signAlgo.startsWith(u"1.2.840.10045");
        if (ecAlgo == rsa)
            return QStringLiteral("signAlgo does not match the credential's key");
        p.scheme = rsa ? Scheme::Pkcs1 : Scheme::Ecdsa;
        p.alg = withHash.value(signAlgo);
        if (explicitAlg && *explicitAlg != p.alg)
            return QStringLiteral("The hash algorithm does not match signAlgo");
        return p;
    }
    if (signAlgo == u"1.2.840.113549.1.1.1" || signAlgo == u"1.2.840.10045.2.1") {
        if ((signAlgo == u"1.2.840.113549.1.1.1") != rsa)
            return QStringLiteral("signAlgo does not match the credential's key");
        if (!explicitAlg)
            return QStringLiteral("signAlgo needs a hash algorithm (hashAlgo / hashAlgorithmOID)");
        p.scheme = rsa ? Scheme::Pkcs1 : Scheme::Ecdsa;
        p.alg = *explicitAlg;
        return p;
    }
    if (signAlgo == u"1.2.840.113549.1.1.10") {
        if (!rsa)
            return QStringLiteral("signAlgo does not match the credential's key");
        const auto der = decodeBase64Any(paramsB64);
        if (!der || der->isEmpty())
            return QStringLiteral("RSASSA-PSS needs signAlgoParams");
        const auto *ptr = reinterpret_cast<const unsigned char *>(der->constData());
        PssParams params(d2i_RSA_PSS_PARAMS(nullptr, &ptr, long(der->size())));
        if (!params)
            return QStringLiteral("Invalid parameter signAlgoParams");
        const auto hash = algorOid(params->hashAlgorithm);
        const auto mgf = params->maskGenAlgorithm ? mgf1Hash(params->maskGenAlgorithm) : hash;
        if (!hash || !mgf || !sic::hashInfo(*hash).allowedForSigning ||
            !sic::hashInfo(*mgf).allowedForSigning)
            return QStringLiteral("Unsupported hash in signAlgoParams");
        if (explicitAlg && *explicitAlg != *hash)
            return QStringLiteral("The hash algorithm does not match signAlgoParams");
        p.scheme = Scheme::Pss;
        p.alg = *hash;
        p.mgfAlg = *mgf;
        p.saltLength = params->saltLength ? ASN1_INTEGER_get(params->saltLength) : 20;
        if (params->trailerField && ASN1_INTEGER_get(params->trailerField) != 1)
            return QStringLiteral("Unsupported trailerField in signAlgoParams");
        return p;
    }
    return QStringLiteral("Invalid parameter signAlgo");
}

// What a misbehaving server sends instead of a bare signature value: a CMS SignedData.
QByteArray cmsWrapper(const QByteArray &certDer)
{
    sic::ossl::Pkcs7 p7(PKCS7_new());
    PKCS7_set_type(p7.get(), NID_pkcs7_signed);
    PKCS7_content_new(p7.get(), NID_pkcs7_data);
    auto x = sic::ossl::x509FromDer(certDer);
    PKCS7_add_certificate(p7.get(), x.get());
    return sic::ossl::toDer(p7.get(), i2d_PKCS7);
}

} // namespace

HttpReply Service::signHash(int version, const QString &user, const QString &bearerToken,
                            const QJsonObject &body)
{
    const auto c = ownCredential(user, body.value(QStringLiteral("credentialID")));
    if (!c)
        return badRequest(QStringLiteral("Invalid parameter credentialID"));
    QString sadToken = body.value(QStringLiteral("SAD")).toString();
    if (sadToken.isEmpty() && m_sads.count(bearerToken))
        sadToken = bearerToken;
    auto it = m_sads.find(sadToken);
    if (sadToken.isEmpty() || it == m_sads.end() || it->second.credentialId != c->id ||
        it->second.user != user) {
        audit(QStringLiteral("sad_rejected"), user, QStringLiteral("invalid"),
              {{QStringLiteral("credentialID"), c->id}});
        return badRequest(QStringLiteral("SAD is invalid or consumed"));
    }
    Sad &sad = it->second;
    if (sad.expires <= m_clock.now()) {
        m_sads.erase(it);
        audit(QStringLiteral("sad_rejected"), user, QStringLiteral("expired"),
              {{QStringLiteral("credentialID"), c->id}});
        return badRequest(QStringLiteral("SAD expired"));
    }
    auto hashes = hashList(body.value(version == 1 ? QStringLiteral("hash") : QStringLiteral("hashes")));
    if (!hashes || hashes->isEmpty())
        return badRequest(version == 1 ? QStringLiteral("Invalid parameter hash")
                                       : QStringLiteral("Invalid parameter hashes"));
    // one-hash-per-call: only the first hash of a call is signed and one value comes back; the
    // others stay signable under the SAD (sad-single-call: the SAD is spent by this call).
    if (quirk("one-hash-per-call"))
        hashes->resize(1);
    // rsa-key-oid-only: the credential lists only rsaEncryption but the signer accepts only the
    // hash-specific OIDs.
    if (quirk("rsa-key-oid-only") &&
        body.value(QStringLiteral("signAlgo")).toString() == u"1.2.840.113549.1.1.1")
        return badRequest(QStringLiteral("Invalid parameter signAlgo"));
    const QString algKey = version == 1 ? QStringLiteral("hashAlgo") : QStringLiteral("hashAlgorithmOID");
    std::optional<HashAlgorithm> explicitAlg;
    if (body.contains(algKey)) {
        explicitAlg = sic::hashFromOid(body.value(algKey).toString());
        if (!explicitAlg || !sic::hashInfo(*explicitAlg).allowedForSigning)
            return badRequest(QStringLiteral("Invalid parameter %1").arg(algKey));
    }
    const auto planned = planFor(*c, body.value(QStringLiteral("signAlgo")).toString(), explicitAlg,
                                 body.value(QStringLiteral("signAlgoParams")).toString());
    if (const QString *why = std::get_if<QString>(&planned))
        return badRequest(*why);
    const SignPlan plan = std::get<SignPlan>(planned);
    if (sad.alg && *sad.alg != plan.alg)
        return badRequest(QStringLiteral("The hash algorithm does not match the authorization"));
    QList<QByteArray> remaining = sad.hashes;
    for (const QByteArray &h : *hashes) {
        if (h.size() != sic::hashInfo(plan.alg).size)
            return badRequest(QStringLiteral("A hash has the wrong length for its algorithm"));
        if (!remaining.removeOne(h)) {
            audit(QStringLiteral("sad_rejected"), user, QStringLiteral("hash_not_authorized"),
                  {{QStringLiteral("credentialID"), c->id}});
            return badRequest(QStringLiteral("Hash is not authorized by the SAD."));
        }
    }
    if (hashes->size() > sad.remaining)
        return badRequest(QStringLiteral("More signatures than the SAD authorizes"));

    auto session = m_state.hsm();
    if (!session)
        return errorReply(500, QStringLiteral("server_error"), session.error().message);
    QList<QByteArray> sigs;
    for (const QByteArray &h : *hashes) {
        CK_RSA_PKCS_PSS_PARAMS pss{ckHash(plan.alg), ckMgf(plan.mgfAlg.value_or(plan.alg)),
                                   CK_ULONG(plan.saltLength)};
        CK_MECHANISM mech{CKM_RSA_PKCS, nullptr, 0};
        QByteArray input = h;
        if (plan.scheme == Scheme::Pkcs1) {
            input = digestInfoPrefix(plan.alg) + h;
        } else if (plan.scheme == Scheme::Pss) {
            mech = CK_MECHANISM{CKM_RSA_PKCS_PSS, &pss, sizeof pss};
        } else {
            mech = CK_MECHANISM{CKM_ECDSA, nullptr, 0};
        }
        auto sig = (*session)->sign(c->id.toUtf8(), &mech, input);
        if (!sig)
            return errorReply(500, QStringLiteral("server_error"), sig.error().detail);
        if (plan.scheme == Scheme::Ecdsa && m_fault != u"raw-ecdsa")
            *sig = sic::ecdsaRawToDer(*sig).value_or(QByteArray()); // PKCS#11 gives r||s
        sigs.append(*sig);
    }
    sad.hashes = remaining;
    sad.remaining -= int(hashes->size());
    if (sad.remaining <= 0 || quirk("sad-single-call"))
        m_sads.erase(it);

    if (m_fault == u"corrupt-signature")
        sigs[0][sigs[0].size() - 1] = char(sigs[0].at(sigs[0].size() - 1) ^ 0x01);
    else if (m_fault == u"swap-signatures" && sigs.size() >= 2)
        sigs.swapItemsAt(0, 1);
    else if (m_fault == u"cms-instead-of-raw")
        for (QByteArray &s : sigs)
            s = cmsWrapper(c->certDer);

    audit(QStringLiteral("sign"), user, QStringLiteral("ok"),
          {{QStringLiteral("credentialID"), c->id},
           {QStringLiteral("subject"), c->subject},
           {QStringLiteral("serial"), c->serialHex},
           {QStringLiteral("count"), int(sigs.size())},
           {QStringLiteral("signAlgo"), body.value(QStringLiteral("signAlgo")).toString()}});
    QJsonArray out;
    for (const QByteArray &s : sigs)
        out.append(QString::fromLatin1(s.toBase64()));
    return jsonReply({{QStringLiteral("signatures"), out}});
}

HttpReply Service::timestamp(const QString &user, const QJsonObject &body)
{
    const auto hash = decodeBase64Any(body.value(QStringLiteral("hash")).toString());
    const auto alg = sic::hashFromOid(body.value(QStringLiteral("hashAlgo")).toString());
    if (!alg || !sic::hashInfo(*alg).allowedForSigning)
        return badRequest(QStringLiteral("Invalid parameter hashAlgo"));
    if (!hash || hash->size() != sic::hashInfo(*alg).size)
        return badRequest(QStringLiteral("Invalid parameter hash"));
    QByteArray nonce;
    if (body.contains(QStringLiteral("nonce"))) {
        const QString hex = body.value(QStringLiteral("nonce")).toString();
        nonce = QByteArray::fromHex(hex.toLatin1());
        if (nonce.isEmpty() || hex.size() % 2 != 0)
            return badRequest(QStringLiteral("Invalid parameter nonce"));
    }
    auto token = m_tsa.token(*hash, *alg, nonce, m_clock.now());
    if (!token)
        return errorReply(500, QStringLiteral("server_error"), token.error().message);
    audit(QStringLiteral("timestamp"), user, QStringLiteral("ok"),
          {{QStringLiteral("hashAlgo"), QString::fromLatin1(sic::hashInfo(*alg).oid)}});
    return jsonReply({{QStringLiteral("timestamp"), QString::fromLatin1(token->toBase64())}});
}

} // namespace rssp
