#include "ca.h"

#include "util.h"

#include <QFile>

#include <openssl/pem.h>

using sic::fail;
using sic::Result;

namespace rssp {

namespace {

using X509Extension = sic::ossl::Ptr<X509_EXTENSION, X509_EXTENSION_free>;

std::unexpected<sic::Error> caFail(const QString &what)
{
    return fail(QStringLiteral("rssp.ca"), QStringLiteral("Cannot issue the credential's certificate."),
                what + QStringLiteral(": ") + sic::ossl::lastError());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

QString serialToHex(const ASN1_INTEGER *serial)
{
    sic::ossl::BigNum bn(ASN1_INTEGER_to_BN(serial, nullptr));
    char *hex = BN_bn2hex(bn.get());
    QString out = QString::fromLatin1(hex).toUpper();
    OPENSSL_free(hex);
    return out;
}

Result<Ca> Ca::load(const QString &pkiDir)
{
    Ca ca;
    ca.m_cert = sic::ossl::x509FromPem(readFile(pkiDir + QStringLiteral("/intermediate/ca.pem")));
    const QByteArray keyPem = readFile(pkiDir + QStringLiteral("/intermediate/ca.key"));
    sic::ossl::Bio bio = sic::ossl::memBio(keyPem);
    ca.m_key.reset(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!ca.m_cert || !ca.m_key)
        return fail(QStringLiteral("rssp.pki"),
                    QStringLiteral("The test PKI's issuing CA is missing or unreadable."),
                    pkiDir + QStringLiteral("/intermediate"));
    return ca;
}

Result<IssuedCert> Ca::issue(EVP_PKEY *publicKey, const QString &commonName, const QDateTime &now,
                             const QString &urlBase) const
{
    sic::ossl::X509Ptr x(X509_new());
    X509_set_version(x.get(), X509_VERSION_3);

    QByteArray serialBytes = randomBytes(16);
    serialBytes[0] = char(serialBytes[0] & 0x7f) | 0x10; // positive, 16 significant bytes
    sic::ossl::BigNum bn(BN_bin2bn(reinterpret_cast<const unsigned char *>(serialBytes.constData()),
                                   int(serialBytes.size()), nullptr));
    sic::ossl::Asn1Integer serial(BN_to_ASN1_INTEGER(bn.get(), nullptr));
    X509_set_serialNumber(x.get(), serial.get());

    X509_set_issuer_name(x.get(), X509_get_subject_name(m_cert.get()));
    sic::ossl::X509Name subject(X509_NAME_new());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(subject.get(), "C", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("JP"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(subject.get(), "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("SIC Dev RSSP"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(subject.get(), "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_subject_name(x.get(), subject.get());

    const QDateTime notBefore = now.addSecs(-3600);
    const QDateTime notAfter = now.addDays(730);
    ASN1_TIME_set(X509_getm_notBefore(x.get()), time_t(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(x.get()), time_t(notAfter.toSecsSinceEpoch()));
    if (X509_set_pubkey(x.get(), publicKey) != 1)
        return caFail(QStringLiteral("X509_set_pubkey"));

    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, m_cert.get(), x.get(), nullptr, nullptr, 0);
    QList<QPair<int, QByteArray>> exts = {
        {NID_basic_constraints, "critical,CA:FALSE"},
        {NID_key_usage, "critical,digitalSignature,nonRepudiation"},
        // Like the test PKI's signers: NSS (and so pdfsig) does not trust a document signer
        // certificate without an extended key usage it knows.
        {NID_ext_key_usage, "emailProtection"},
        {NID_subject_key_identifier, "hash"},
        {NID_authority_key_identifier, "keyid:always"},
    };
    if (!urlBase.isEmpty()) {
        exts.append({NID_crl_distribution_points, "URI:" + urlBase.toUtf8() + "/crl"});
        exts.append({NID_info_access, "OCSP;URI:" + urlBase.toUtf8() + "/ocsp"});
    }
    for (const auto &[nid, value] : exts) {
        X509Extension ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
        if (!ext || X509_add_ext(x.get(), ext.get(), -1) != 1)
            return caFail(QStringLiteral("extension %1").arg(nid));
    }
    if (X509_sign(x.get(), m_key.get(), EVP_sha256()) <= 0)
        return caFail(QStringLiteral("X509_sign"));

    IssuedCert out;
    out.der = sic::ossl::x509ToDer(x.get());
    out.serialHex = sic::x509SerialHex(x.get());
    out.subject = x509NameToString(X509_get_subject_name(x.get()));
    out.notBefore = asn1TimeToDateTime(X509_get0_notBefore(x.get()));
    out.notAfter = asn1TimeToDateTime(X509_get0_notAfter(x.get()));
    return out;
}

} // namespace rssp
