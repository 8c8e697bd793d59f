#include "localhashsigner.h"

#include "crypto/ossl.h"

#include <QFile>
#include <QTimer>

#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace sic::test {

struct LocalHashSigner::Key
{
    ossl::PKey pkey;
};

QString testPkiDir()
{
    return qEnvironmentVariable("SIC_BUILD_DIR") + QStringLiteral("/test-pki");
}

LocalHashSigner::~LocalHashSigner() = default;

std::unique_ptr<LocalHashSigner> LocalHashSigner::fromPki(const QString &pkiDir, const QString &name,
                                                          SignatureScheme scheme)
{
    std::unique_ptr<LocalHashSigner> s(new LocalHashSigner);
    s->m_scheme = scheme;
    QFile keyFile(pkiDir + QStringLiteral("/signers/") + name + QStringLiteral(".key"));
    QFile chainFile(pkiDir + QStringLiteral("/signers/") + name + QStringLiteral(".chain.pem"));
    if (!keyFile.open(QIODevice::ReadOnly) || !chainFile.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray keyPem = keyFile.readAll();
    ossl::Bio kb = ossl::memBio(keyPem);
    s->m_key = std::make_unique<Key>();
    s->m_key->pkey.reset(PEM_read_bio_PrivateKey(kb.get(), nullptr, nullptr, nullptr));
    if (!s->m_key->pkey)
        return nullptr;
    const QByteArray chainPem = chainFile.readAll();
    ossl::Bio cb = ossl::memBio(chainPem);
    while (X509 *c = PEM_read_bio_X509(cb.get(), nullptr, nullptr, nullptr)) {
        ossl::X509Ptr cert(c);
        s->m_chain << ossl::x509ToDer(cert.get());
    }
    ossl::lastError(); // the loop ends with a "no start line" error
    return s->m_chain.isEmpty() ? nullptr : std::move(s);
}

Result<QByteArray> LocalHashSigner::signOne(const QByteArray &digest) const
{
    ossl::PKeyCtx ctx(EVP_PKEY_CTX_new(m_key->pkey.get(), nullptr));
    bool ok = ctx && EVP_PKEY_sign_init(ctx.get()) == 1 &&
              EVP_PKEY_CTX_set_signature_md(ctx.get(), evpMd(m_scheme.hash)) == 1;
    if (ok && m_scheme.kind == SignatureScheme::Kind::RsaPss)
        ok = EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PSS_PADDING) == 1 &&
             EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx.get(), RSA_PSS_SALTLEN_DIGEST) == 1;
    else if (ok && m_scheme.kind == SignatureScheme::Kind::RsaPkcs1)
        ok = EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) == 1;
    size_t len = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(digest.constData());
    if (!ok || EVP_PKEY_sign(ctx.get(), nullptr, &len, in, size_t(digest.size())) != 1)
        return fail(QStringLiteral("test.sign"), QStringLiteral("sign init failed"), ossl::lastError());
    QByteArray sig(qsizetype(len), Qt::Uninitialized);
    if (EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len, in,
                      size_t(digest.size())) != 1)
        return fail(QStringLiteral("test.sign"), QStringLiteral("sign failed"), ossl::lastError());
    sig.resize(qsizetype(len));
    return sig;
}

void LocalHashSigner::signDigests(const QList<QByteArray> &digests, Callback done)
{
    ++m_calls;
    Result<QList<QByteArray>> result = QList<QByteArray>{};
    for (const auto &d : digests) {
        auto sig = signOne(d);
        if (!sig) {
            result = std::unexpected(sig.error());
            break;
        }
        if (m_corrupt)
            (*sig)[sig->size() / 2] = char((*sig)[sig->size() / 2] ^ 0x01);
        result->append(*sig);
    }
    QTimer::singleShot(0, [done = std::move(done), result]() { done(result); });
}

} // namespace sic::test
