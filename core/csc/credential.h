#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sic::csc {

// A factor that the key authorization of a credential asks for.
enum class AuthFactor
{
    Pin,
    OtpTotp,       // offline generator (authenticator app)
    OtpOutOfBand,  // the service sends the code (getChallenge v2 / sendOTP v1)
    OAuth2Browser, // the credential-scope OAuth2 flow in the system browser
};
QString factorName(AuthFactor factor); // "PIN", "OTP-TOTP", "OTP-OOB", "oauth2code"

// A signing credential as the rest of the app sees it, whatever CSC version described it.
struct Credential
{
    enum class KeyAlgorithm
    {
        Unknown,
        Rsa,
        Ec
    };
    enum class CertStatus
    {
        Unknown,
        Valid,
        Expired,
        Revoked,
        Suspended
    };
    enum class AuthMode
    {
        Implicit,
        Explicit,
        OAuth2Code
    };

    QString id;
    QString subjectDn;
    QString subjectCn;
    QString issuerDn;
    QString serialHex;
    QDateTime validFrom;
    QDateTime validTo;
    KeyAlgorithm keyAlgorithm = KeyAlgorithm::Unknown;
    int keyBits = 0;
    QString curve; // "P-256" etc. for EC keys
    bool keyEnabled = false;
    CertStatus certStatus = CertStatus::Unknown;
    int scal = 1;
    int multisign = 1;
    QStringList signAlgos; // OIDs
    AuthMode authMode = AuthMode::Explicit;
    QList<AuthFactor> factors;         // required
    QList<AuthFactor> optionalFactors; // v1 presence "optional": asked for, sent only when given
    QString pinLabel;
    QString otpLabel;
    QList<QByteArray> chain; // DER, end-entity first

    // JT2A key-authorization level (guideline table 3-5): 2 when the authorization is its own
    // step (explicit or a credential-scope OAuth2 login), separate from the service login, and
    // asks for at least two factors; 1 otherwise. Level 3 needs facts about the HSM a client
    // cannot see.
    int keyAuthorizationLevel() const;
    QString keyDescription() const;    // "RSA-2048", "EC P-256"
    QString statusDescription() const; // "enabled, valid"
    bool usable() const { return keyEnabled && certStatus == CertStatus::Valid && !chain.isEmpty(); }
    bool supportsSignAlgo(const char *oid) const;
};

// Builds a Credential from a credentials/info answer (or one entry of v2 credentialInfos).
// The certificate, when present, is authoritative for key type, size and names. otpWhenUnstated:
// the OTP type when a v1 OTP object has no `type` (default TOTP).
Result<Credential> parseCredentialInfo(const QString &id, const QJsonObject &info, int apiVersion,
                                       std::optional<AuthFactor> otpWhenUnstated = std::nullopt);

// Tolerant JSON readers: some services send numbers as strings, booleans as strings, strings as
// numbers.
int jsonInt(const QJsonValue &v, int fallback);
QString jsonString(const QJsonValue &v); // a number or boolean as its text, "" for null/missing
// CSC v1 presence: "true"/true -> Required, "false"/false/absent -> Absent, "optional" -> Optional.
enum class Presence
{
    Absent,
    Required,
    Optional
};
Presence jsonPresence(const QJsonValue &v);

} // namespace sic::csc
