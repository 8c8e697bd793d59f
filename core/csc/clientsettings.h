#pragma once

#include "csc/credential.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace sic::csc {

// What a CscClient does where RSSPs read the CSC specification differently and the difference
// cannot be detected safely from their answers. Plain values, so that whoever builds the client
// (the connection helper, a test) can fill them from a provider profile (providerprofile.h) or
// leave the defaults, which detect everything that can be detected. docs/csc-client.md lists each
// one with its reason.
struct ClientSettings
{
    // Which API version to speak. Auto probes v2 then v1 (`info` answers 401/403/404/405 or non-JSON
    // mean "not here"); a fixed version probes only that one.
    enum class ApiVersion
    {
        Auto,
        V1,
        V2
    };
    ApiVersion apiVersion = ApiVersion::Auto;

    // CSC method name -> path segment the service uses instead ("signatures/signHash" ->
    // "signatures/signhash"). Without an entry a spelling that `info.methods` lists (compared
    // without case) is used, else the specification's.
    QHash<QString, QString> methodPaths;

    // numSignatures and maxResults as JSON strings. Auto: strings once the service has sent its own
    // numbers as strings (multisign, len): such servers often validate requests with the same
    // string schema, and servers that send numbers accept numbers.
    enum class Numbers
    {
        Auto,
        Json,
        Strings
    };
    Numbers numbers = Numbers::Auto;

    // Preferred signAlgo OIDs per key type, first match wins: a hash-specific OID
    // (sha256WithRSAEncryption ...) matches its hash only, a key OID (rsaEncryption,
    // id-ecPublicKey) any hash. Empty: the hash-specific OID when the credential lists it, else the
    // key OID (with hashAlgo), which the specification allows.
    QStringList rsaSignAlgorithms;
    QStringList ecSignAlgorithms;

    // Most hashes in one signatures/signHash call; 0 = as many as the authorization covers. A
    // service that answers fewer values than hashes is detected and then served one call per
    // remaining hash with the same SAD.
    int maxHashesPerCall = 0;

    // The OTP type when credentials/info does not say (v1 OTP without `type`): TOTP (the code
    // comes from an authenticator app) unless set to OtpOutOfBand (the service sends it).
    std::optional<AuthFactor> otpTypeWhenUnstated;

    // How credentials are authorized, where a service says one thing and does another (one sandbox
    // declared oauth2code only and still asked for an OTP in credentials/authorize). Unset / empty:
    // as credentials/info says.
    std::optional<Credential::AuthMode> authModeOverride;
    QList<AuthFactor> factorsOverride;

    // Whether B-T time-stamps may come from the RSSP's signatures/timestamp. Auto: when `info`
    // lists the method. None: never (the front end needs a TSA URL).
    enum class Timestamps
    {
        Auto,
        Rssp,
        None
    };
    Timestamps timestamps = Timestamps::Auto;

    // Send auth/revoke for the access token when the session ends (some services keep one token
    // per user and refuse a second login until it is revoked or expires).
    bool revokeAtEnd = true;
};

} // namespace sic::csc
