#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QString>

namespace sic::csc {

// Every failure the CSC client reports has one of these kinds; the kind is carried in
// sic::Error::code as "csc.<name>" so that programs and tests can branch on it.
enum class CscErrorKind
{
    WrongPin,
    WrongOtp,
    CredentialLocked,
    SadExpired,
    SadInvalid, // consumed or replayed
    HashNotAuthorized,
    LoginFailed,    // wrong user/password, refused OAuth grant
    SessionExpired, // access token missing, expired or revoked (401)
    TlsFailure,
    PinMismatch,
    NetworkFailure,
    Timeout,
    Cancelled,
    ServiceError,
    MalformedResponse,
    CmsInsteadOfRaw,
    SignatureRejected, // a returned value did not verify against the certificate and its digest
    TooManyHashes,     // numSignatures above multisign
    Unsupported,       // algorithm, auth type or credential state the client cannot use
    // Added for provider tolerance (#14); appended so that the numbering above stays stable.
    OtpExpired,     // the one-time password was right but too old (out-of-band codes expire)
    ServiceRefused, // after login: the service refused one call (403, access_denied); names the call
    NotOffered,     // the service does not offer a method (not in info.methods, or HTTP 501)
    MissingFactor,  // a PIN or OTP the credential needs is empty: refused before any request
};
constexpr CscErrorKind kLastCscErrorKind = CscErrorKind::MissingFactor;

QString errorCode(CscErrorKind kind);
// The kind of an error made by this module, or nullopt for someone else's error.
std::optional<CscErrorKind> errorKind(const Error &error);
bool isKind(const Error &error, CscErrorKind kind);

// A typed error with its standard user sentence; detail is support text (never secrets).
// `subject` is what the sentence names where it names something (ServiceRefused, NotOffered:
// the CSC method; MissingFactor: "PIN" or "OTP").
Error makeError(CscErrorKind kind, const QString &detail = {}, int attemptsLeft = -1,
                const QString &subject = {});
inline std::unexpected<Error> failWith(CscErrorKind kind, const QString &detail = {}, int attemptsLeft = -1,
                                       const QString &subject = {})
{
    return std::unexpected<Error>(makeError(kind, detail, attemptsLeft, subject));
}

// Turns a non-2xx HTTP answer of a CSC method into a typed error. Works on the status alone when
// the body is not JSON (some services answer a plain "Unauthorized"). The meaning depends on the
// method: 401/403/access_denied on auth/* and oauth2/* is a refused login, on any other call after
// login it is the service refusing that call (ServiceRefused names it).
Error mapHttpError(const QString &method, int httpStatus, const QByteArray &body);

// "N attempts left" as some services put it in error_description; -1 if absent.
int attemptsLeftFrom(const QString &description);

} // namespace sic::csc
