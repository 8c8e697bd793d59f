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
    OtpExpired, // the code was right but its time is over: wait for the next one (no attempt spent)
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
};

QString errorCode(CscErrorKind kind);
// The kind of an error made by this module, or nullopt for someone else's error.
std::optional<CscErrorKind> errorKind(const Error &error);
bool isKind(const Error &error, CscErrorKind kind);

// A typed error with its standard user sentence; detail is support text (never secrets).
Error makeError(CscErrorKind kind, const QString &detail = {}, int attemptsLeft = -1);
inline std::unexpected<Error> failWith(CscErrorKind kind, const QString &detail = {}, int attemptsLeft = -1)
{
    return std::unexpected<Error>(makeError(kind, detail, attemptsLeft));
}

// Turns a non-2xx HTTP answer of a CSC method into a typed error. Works on the status alone when
// the body is not JSON (some services answer a plain "Unauthorized").
Error mapHttpError(const QString &method, int httpStatus, const QByteArray &body);

// "N attempts left" as some services put it in error_description; -1 if absent.
int attemptsLeftFrom(const QString &description);

} // namespace sic::csc
