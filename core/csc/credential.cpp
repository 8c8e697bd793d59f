#include "csc/credential.h"

#include "crypto/ossl.h"
#include "crypto/signaturescheme.h"
#include "crypto/x509text.h"
#include "csc/cscerror.h"
#include "csc/encoding.h"

#include <QJsonArray>

#include <openssl/ec.h>
#include <openssl/objects.h>

namespace sic::csc {

QString factorName(AuthFactor factor)
{
    switch (factor) {
    case AuthFactor::Pin:
        return QStringLiteral("PIN");
    case AuthFactor::OtpTotp:
        return QStringLiteral("OTP-TOTP");
    case AuthFactor::OtpOutOfBand:
        return QStringLiteral("OTP-OOB");
    case AuthFactor::OAuth2Browser:
        return QStringLiteral("oauth2code");
    }
    return {};
}

int jsonInt(const QJsonValue &v, int fallback)
{
    if (v.isDouble())
        return v.toInt(fallback);
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().trimmed().toInt(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

namespace {
QString lowerString(const QJsonValue &v)
{
    return jsonString(v).trimmed().toLower();
}
} // namespace

QString jsonString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

Presence jsonPresence(const QJsonValue &v)
{
    // A JSON boolean's toString() is empty: reading it as a string made `false` look "needed".
    if (v.isBool())
        return v.toBool() ? Presence::Required : Presence::Absent;
    const QString p = jsonString(v).trimmed().toLower();
    if (p == QLatin1String("true") || p == QLatin1String("required") || p == QLatin1String("1"))
        return Presence::Required;
    if (p == QLatin1String("optional"))
        return Presence::Optional;
    return Presence::Absent;
}

int Credential::keyAuthorizationLevel() const
{
    if (authMode == AuthMode::Implicit)
        return 1;
    int count = 0;
    for (AuthFactor f : factors)
        count += f == AuthFactor::OAuth2Browser ? 0 : 1;
    // The credential-scope browser login asks for its own factors; CSC tells us which through the
    // v2 auth objects (PIN AND OTP), which are then listed next to OAuth2Browser.
    return count >= 2 ? 2 : 1;
}

QString Credential::keyDescription() const
{
    switch (keyAlgorithm) {
    case KeyAlgorithm::Rsa:
        return QStringLiteral("RSA-%1").arg(keyBits);
    case KeyAlgorithm::Ec:
        return curve.isEmpty() ? QStringLiteral("EC-%1").arg(keyBits) : QStringLiteral("EC %1").arg(curve);
    case KeyAlgorithm::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString Credential::statusDescription() const
{
    static const char *const certNames[] = {"unknown", "valid", "expired", "revoked", "suspended"};
    return QStringLiteral("key %1, certificate %2")
        .arg(keyEnabled ? QStringLiteral("enabled") : QStringLiteral("disabled"),
             QString::fromLatin1(certNames[int(certStatus)]));
}

bool Credential::supportsSignAlgo(const char *oid) const
{
    return signAlgos.isEmpty() || signAlgos.contains(QLatin1String(oid));
}

namespace {

QDateTime parseGeneralizedTime(const QString &s)
{
    // YYYYMMDDHHMMSSZ, as the spec shows; some services send ISO 8601 instead.
    QDateTime t = QDateTime::fromString(s, QStringLiteral("yyyyMMddHHmmss'Z'"));
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

void fillFromCertificate(Credential &c)
{
    ossl::X509Ptr cert = ossl::x509FromDer(c.chain.first());
    if (!cert)
        return;
    c.subjectDn = x509NameToString(X509_get_subject_name(cert.get()));
    c.subjectCn = x509CommonName(X509_get_subject_name(cert.get()));
    c.issuerDn = x509NameToString(X509_get_issuer_name(cert.get()));
    c.serialHex = x509SerialHex(cert.get()).toLower();
    c.validFrom = asn1TimeToDateTime(X509_get0_notBefore(cert.get()));
    c.validTo = asn1TimeToDateTime(X509_get0_notAfter(cert.get()));
    const EVP_PKEY *key = X509_get0_pubkey(cert.get());
    if (!key)
        return;
    c.keyBits = EVP_PKEY_get_bits(key);
    if (EVP_PKEY_is_a(key, "RSA") || EVP_PKEY_is_a(key, "RSA-PSS")) {
        c.keyAlgorithm = Credential::KeyAlgorithm::Rsa;
    } else if (EVP_PKEY_is_a(key, "EC")) {
        c.keyAlgorithm = Credential::KeyAlgorithm::Ec;
        char group[64] = {};
        size_t len = 0;
        if (EVP_PKEY_get_group_name(key, group, sizeof group, &len) == 1) {
            const int nid = OBJ_sn2nid(group);
            const char *nist = nid != NID_undef ? EC_curve_nid2nist(nid) : nullptr;
            c.curve = QString::fromLatin1(nist ? nist : group);
        }
    }
}

void parseV1Auth(Credential &c, const QJsonObject &info, std::optional<AuthFactor> otpWhenUnstated)
{
    const QString mode = lowerString(info.value(QLatin1String("authMode")));
    c.authMode = mode == QLatin1String("implicit")     ? Credential::AuthMode::Implicit
                 : mode == QLatin1String("oauth2code") ? Credential::AuthMode::OAuth2Code
                                                       : Credential::AuthMode::Explicit;
    if (c.authMode == Credential::AuthMode::OAuth2Code)
        c.factors << AuthFactor::OAuth2Browser;
    const QJsonObject pin = info.value(QLatin1String("PIN")).toObject();
    const QJsonObject otp = info.value(QLatin1String("OTP")).toObject();
    auto add = [&c](AuthFactor f, Presence p) {
        if (p == Presence::Required)
            c.factors << f;
        else if (p == Presence::Optional)
            c.optionalFactors << f;
    };
    // An object without `presence` is read as required: it is there to describe the factor.
    const Presence pinPresence = pin.isEmpty() ? Presence::Absent
                                 : pin.contains(QLatin1String("presence"))
                                     ? jsonPresence(pin.value(QLatin1String("presence")))
                                     : Presence::Required;
    const Presence otpPresence = otp.isEmpty() ? Presence::Absent
                                 : otp.contains(QLatin1String("presence"))
                                     ? jsonPresence(otp.value(QLatin1String("presence")))
                                     : Presence::Required;
    if (pinPresence != Presence::Absent) {
        add(AuthFactor::Pin, pinPresence);
        c.pinLabel = pin.value(QLatin1String("label")).toString();
    }
    if (otpPresence != Presence::Absent) {
        const QString type = lowerString(otp.value(QLatin1String("type")));
        const AuthFactor f = type == QLatin1String("online") ? AuthFactor::OtpOutOfBand
                             : type == QLatin1String("offline")
                                 ? AuthFactor::OtpTotp
                                 : otpWhenUnstated.value_or(AuthFactor::OtpTotp);
        add(f, otpPresence);
        c.otpLabel = otp.value(QLatin1String("label")).toString();
    }
}

void parseV2Auth(Credential &c, const QJsonObject &info, std::optional<AuthFactor> otpWhenUnstated)
{
    const QJsonObject auth = info.value(QLatin1String("auth")).toObject();
    const QString mode =
        auth.value(QLatin1String("mode")).toString(info.value(QLatin1String("authMode")).toString());
    c.authMode = mode.toLower() == QLatin1String("oauth2code") ? Credential::AuthMode::OAuth2Code
                                                               : Credential::AuthMode::Explicit;
    if (c.authMode == Credential::AuthMode::OAuth2Code)
        c.factors << AuthFactor::OAuth2Browser;
    for (const QJsonValue &v : auth.value(QLatin1String("objects")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString type = o.value(QLatin1String("type")).toString();
        const QString id = o.value(QLatin1String("id")).toString();
        const QString generator = o.value(QLatin1String("generator")).toString().toLower();
        const bool oob = type.contains(QLatin1String("OOB")) || type == QLatin1String("ChallengeResponse") ||
                         generator == QLatin1String("oob");
        if (id.compare(QLatin1String("PIN"), Qt::CaseInsensitive) == 0) {
            c.factors << AuthFactor::Pin;
            c.pinLabel = o.value(QLatin1String("label")).toString();
        } else if (id.compare(QLatin1String("OTP"), Qt::CaseInsensitive) == 0 || oob ||
                   !generator.isEmpty()) {
            c.factors << (oob ? AuthFactor::OtpOutOfBand : AuthFactor::OtpTotp);
            c.otpLabel = o.value(QLatin1String("label")).toString();
        }
    }
    if (auth.isEmpty())
        parseV1Auth(c, info, otpWhenUnstated); // some v2 services still answer in v1 shape
}

} // namespace

Result<Credential> parseCredentialInfo(const QString &id, const QJsonObject &info, int apiVersion,
                                       std::optional<AuthFactor> otpWhenUnstated)
{
    Credential c;
    c.id = id.isEmpty() ? info.value(QLatin1String("credentialID")).toString() : id;
    const QJsonObject key = info.value(QLatin1String("key")).toObject();
    const QJsonObject cert = info.value(QLatin1String("cert")).toObject();
    if (key.isEmpty() || cert.isEmpty())
        return failWith(CscErrorKind::MalformedResponse,
                        QStringLiteral("credentials/info for %1 has no key or cert object").arg(c.id));
    c.keyEnabled = lowerString(key.value(QLatin1String("status"))) == QLatin1String("enabled");
    const QJsonValue algos = key.value(QLatin1String("algo"));
    if (algos.isString())
        c.signAlgos << algos.toString();
    for (const QJsonValue &v : algos.toArray())
        c.signAlgos << v.toString();
    c.keyBits = jsonInt(key.value(QLatin1String("len")), 0);
    c.curve = key.value(QLatin1String("curve")).toString();
    const QString status = lowerString(cert.value(QLatin1String("status")));
    c.certStatus = status == QLatin1String("valid")       ? Credential::CertStatus::Valid
                   : status == QLatin1String("expired")   ? Credential::CertStatus::Expired
                   : status == QLatin1String("revoked")   ? Credential::CertStatus::Revoked
                   : status == QLatin1String("suspended") ? Credential::CertStatus::Suspended
                                                          : Credential::CertStatus::Unknown;
    for (const QJsonValue &v : cert.value(QLatin1String("certificates")).toArray()) {
        const auto der = decodeBase64Any(v.toString().toLatin1());
        if (!der || !ossl::x509FromDer(*der))
            return failWith(
                CscErrorKind::MalformedResponse,
                QStringLiteral("credentials/info for %1: a certificate is not Base64 DER").arg(c.id));
        c.chain << *der;
    }
    c.subjectDn = cert.value(QLatin1String("subjectDN")).toString();
    c.issuerDn = cert.value(QLatin1String("issuerDN")).toString();
    c.serialHex = lowerString(cert.value(QLatin1String("serialNumber")));
    c.validFrom = parseGeneralizedTime(cert.value(QLatin1String("validFrom")).toString());
    c.validTo = parseGeneralizedTime(cert.value(QLatin1String("validTo")).toString());
    for (const QString &oid : std::as_const(c.signAlgos)) {
        if (const auto kind = schemeKindFromOid(oid))
            c.keyAlgorithm = *kind == SignatureScheme::Kind::Ecdsa ? Credential::KeyAlgorithm::Ec
                                                                   : Credential::KeyAlgorithm::Rsa;
    }
    if (!c.chain.isEmpty())
        fillFromCertificate(c);
    c.scal = jsonInt(info.value(QLatin1String("SCAL")), 1);
    c.multisign = std::max(1, jsonInt(info.value(QLatin1String("multisign")), 1));
    if (apiVersion >= 2)
        parseV2Auth(c, info, otpWhenUnstated);
    else
        parseV1Auth(c, info, otpWhenUnstated);
    return c;
}

} // namespace sic::csc
