#include "csc/cscerror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace sic::csc {

namespace {
constexpr std::array<std::pair<CscErrorKind, const char *>, 23> kCodes{{
    {CscErrorKind::WrongPin, "csc.wrong_pin"},
    {CscErrorKind::WrongOtp, "csc.wrong_otp"},
    {CscErrorKind::CredentialLocked, "csc.credential_locked"},
    {CscErrorKind::SadExpired, "csc.sad_expired"},
    {CscErrorKind::SadInvalid, "csc.sad_invalid"},
    {CscErrorKind::HashNotAuthorized, "csc.hash_not_authorized"},
    {CscErrorKind::LoginFailed, "csc.login_failed"},
    {CscErrorKind::SessionExpired, "csc.session_expired"},
    {CscErrorKind::TlsFailure, "csc.tls_failure"},
    {CscErrorKind::PinMismatch, "csc.pin_mismatch"},
    {CscErrorKind::NetworkFailure, "csc.network_failure"},
    {CscErrorKind::Timeout, "csc.timeout"},
    {CscErrorKind::Cancelled, "csc.cancelled"},
    {CscErrorKind::ServiceError, "csc.service_error"},
    {CscErrorKind::MalformedResponse, "csc.malformed_response"},
    {CscErrorKind::CmsInsteadOfRaw, "csc.cms_instead_of_raw"},
    {CscErrorKind::SignatureRejected, "csc.signature_rejected"},
    {CscErrorKind::TooManyHashes, "csc.too_many_hashes"},
    {CscErrorKind::Unsupported, "csc.unsupported"},
    {CscErrorKind::OtpExpired, "csc.otp_expired"},
    {CscErrorKind::ServiceRefused, "csc.service_refused"},
    {CscErrorKind::NotOffered, "csc.not_offered"},
    {CscErrorKind::MissingFactor, "csc.missing_factor"},
}};

QString userText(CscErrorKind kind, int attemptsLeft, const QString &subject)
{
    switch (kind) {
    case CscErrorKind::WrongPin:
        return attemptsLeft >= 0
                   ? Tr::tr("The PIN is wrong. %n attempt(s) left before the signing key is locked.", nullptr,
                            attemptsLeft)
                   : Tr::tr("The PIN is wrong. Check it and try again.");
    case CscErrorKind::WrongOtp:
        return attemptsLeft >= 0
                   ? Tr::tr(
                         "The one-time password is wrong or was already used. %n attempt(s) left before the "
                         "signing key is locked.",
                         nullptr, attemptsLeft)
                   : Tr::tr("The one-time password is wrong or was already used. Wait for a new code and try "
                            "again.");
    case CscErrorKind::CredentialLocked:
        return Tr::tr("The signing key is locked after too many wrong attempts. Ask your signature service "
                      "provider to unlock it.");
    case CscErrorKind::SadExpired:
        return Tr::tr("The signing authorization expired before the signature was made. Sign again.");
    case CscErrorKind::SadInvalid:
        return Tr::tr("The signing authorization was already used or is not valid. Sign again.");
    case CscErrorKind::HashNotAuthorized:
        return Tr::tr("The signature service refused a document hash that the authorization does not cover. "
                      "Sign again.");
    case CscErrorKind::LoginFailed:
        return Tr::tr("The signature service did not accept the login. Check the user name and password.");
    case CscErrorKind::SessionExpired:
        return Tr::tr("The session with the signature service has ended. Log in again.");
    case CscErrorKind::TlsFailure:
        return Tr::tr("The secure connection to the signature service could not be verified, so nothing was "
                      "sent. Check the service address and its certificate.");
    case CscErrorKind::PinMismatch:
        return Tr::tr("The signature service presented a different key than the one configured for it, so "
                      "nothing was sent. Check the pinned key with your provider.");
    case CscErrorKind::NetworkFailure:
        return Tr::tr("The signature service could not be reached. Check the network connection and the "
                      "service address.");
    case CscErrorKind::Timeout:
        return Tr::tr("The signature service did not answer in time. Try again later.");
    case CscErrorKind::Cancelled:
        return Tr::tr("The operation was cancelled.");
    case CscErrorKind::ServiceError:
        // With a subject: a 4xx refusal of a request, which waiting does not change.
        return subject.isEmpty()
                   ? Tr::tr(
                         "The signature service reported an error. Try again later or contact the provider.")
                   : Tr::tr("The signature service did not accept %1; the detail says why. Contact the "
                            "provider if it persists.")
                         .arg(subject);
    case CscErrorKind::MalformedResponse:
        return Tr::tr("The signature service sent an answer the app cannot read. Contact the provider.");
    case CscErrorKind::CmsInsteadOfRaw:
        return Tr::tr("The signature service returned a complete signature container instead of a bare "
                      "signature value. This service is not compatible with the app.");
    case CscErrorKind::SignatureRejected:
        return Tr::tr("A signature value returned by the signature service does not match the certificate "
                      "and the document hash, so it was not used.");
    case CscErrorKind::TooManyHashes:
        return Tr::tr("More signatures were requested in one authorization than the signing key allows.");
    case CscErrorKind::Unsupported:
        return Tr::tr("The signature service or signing key uses a feature the app does not support.");
    case CscErrorKind::OtpExpired:
        // Another service may have spent an attempt on the expired code: its count is shown when
        // it says one.
        return attemptsLeft >= 0
                   ? Tr::tr("The one-time password has expired. Wait until your authenticator shows the next "
                            "code (or ask for a new one), then enter that one. %n attempt(s) left before the "
                            "signing key is locked.",
                            nullptr, attemptsLeft)
                   : Tr::tr("The one-time password has expired. Wait until your authenticator shows the next "
                            "code (or ask for a new one), then enter that one.");
    case CscErrorKind::ServiceRefused:
        return subject.isEmpty()
                   ? Tr::tr("The signature service refused the request. Contact the provider.")
                   : Tr::tr("The signature service refused %1. The login worked, but this account or "
                            "signing key may not be allowed to do this; contact the provider.")
                         .arg(subject);
    case CscErrorKind::NotOffered:
        return subject.isEmpty() ? Tr::tr("The signature service does not offer this function.")
                                 : Tr::tr("The signature service does not offer %1.").arg(subject);
    case CscErrorKind::MissingFactor:
        return subject.isEmpty() ? Tr::tr("A PIN or one-time password is needed and was not given.")
                                 : Tr::tr("The %1 is needed for this signing key and was not given, so "
                                          "nothing was sent.")
                                       .arg(subject);
    }
    return {};
}
} // namespace

QString errorCode(CscErrorKind kind)
{
    for (const auto &[k, code] : kCodes) {
        if (k == kind)
            return QString::fromLatin1(code);
    }
    return QStringLiteral("csc.unknown");
}

std::optional<CscErrorKind> errorKind(const Error &error)
{
    for (const auto &[k, code] : kCodes) {
        if (error.code == QLatin1String(code))
            return k;
    }
    return std::nullopt;
}

bool isKind(const Error &error, CscErrorKind kind)
{
    return errorKind(error) == kind;
}

Error makeError(CscErrorKind kind, const QString &detail, int attemptsLeft, const QString &subject)
{
    return Error{errorCode(kind), userText(kind, attemptsLeft, subject), detail};
}

int attemptsLeftFrom(const QString &description)
{
    static const QRegularExpression re(QStringLiteral("(\\d+)\\s+(?:attempt|tr(?:y|ies)|remaining)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(description);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

Error mapHttpError(const QString &method, int httpStatus, const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const bool json = doc.isObject();
    const QString code = json ? doc.object().value(QLatin1String("error")).toString() : QString();
    const QString description =
        json ? doc.object().value(QLatin1String("error_description")).toString() : QString();
    // Support detail: status, method, CSC code and description, or the start of a non-JSON body.
    QString detail = QStringLiteral("HTTP %1 from %2").arg(httpStatus).arg(method);
    if (!code.isEmpty())
        detail += QStringLiteral(", error %1").arg(code);
    if (!description.isEmpty())
        detail += QStringLiteral(": %1").arg(description.left(300));
    if (!json && !body.trimmed().isEmpty())
        detail += QStringLiteral(", body: %1").arg(QString::fromUtf8(body.trimmed().left(120)).simplified());

    const QString d = description.toLower();
    const int attempts = attemptsLeftFrom(description);
    const bool isLogin =
        method.startsWith(QLatin1String("auth/")) || method.startsWith(QLatin1String("oauth2/"));
    const bool mentionsOtp = d.contains(QLatin1String("otp")) || d.contains(QLatin1String("one-time")) ||
                             d.contains(QLatin1String("one time"));
    const bool mentionsPin = d.contains(QLatin1String("pin")) || d.contains(QLatin1String("password"));
    const bool expired = d.contains(QLatin1String("expired")) || d.contains(QLatin1String("no longer valid"));

    if (d.contains(QLatin1String("locked")))
        return makeError(CscErrorKind::CredentialLocked, detail);
    // Checked before the PIN/OTP codes: an expired code is not a wrong one, and the signer needs a
    // new code rather than to retype this one.
    if (mentionsOtp && expired && !d.contains(QLatin1String("sad")))
        return makeError(CscErrorKind::OtpExpired, detail, attempts);
    if (code == QLatin1String("invalid_pin"))
        return makeError(CscErrorKind::WrongPin, detail, attempts);
    if (code == QLatin1String("invalid_otp"))
        return makeError(CscErrorKind::WrongOtp, detail, attempts);
    if (code == QLatin1String("invalid_authentication_data") ||
        code == QLatin1String("authentication_error") ||
        (!isLogin && code == QLatin1String("access_denied") && (mentionsOtp || mentionsPin))) {
        if (isLogin)
            return makeError(CscErrorKind::LoginFailed, detail);
        // v2 folds PIN and OTP into one code (and some services say access_denied); the description
        // says which.
        if (mentionsOtp)
            return makeError(CscErrorKind::WrongOtp, detail, attempts);
        return makeError(CscErrorKind::WrongPin, detail, attempts);
    }
    if (d.contains(QLatin1String("not authorized")) && d.contains(QLatin1String("hash")))
        return makeError(CscErrorKind::HashNotAuthorized, detail);
    if (d.contains(QLatin1String("multisign")) || d.contains(QLatin1String("numsignatures")))
        return makeError(CscErrorKind::TooManyHashes, detail);
    if (d.contains(QLatin1String("sad")) && expired)
        return makeError(CscErrorKind::SadExpired, detail);
    if (d.contains(QLatin1String("sad")) &&
        (d.contains(QLatin1String("consumed")) || d.contains(QLatin1String("invalid"))))
        return makeError(CscErrorKind::SadInvalid, detail);
    // 501 is "this server does not implement the method": permanent, never "try again later".
    if (httpStatus == 501)
        return makeError(CscErrorKind::NotOffered, detail, -1, method);
    if (isLogin && (code == QLatin1String("invalid_grant") || code == QLatin1String("invalid_client") ||
                    code == QLatin1String("access_denied") || httpStatus == 401 || httpStatus == 403))
        return makeError(CscErrorKind::LoginFailed, detail);
    if (httpStatus == 401 || code == QLatin1String("invalid_token") || code == QLatin1String("expired_token"))
        return makeError(CscErrorKind::SessionExpired, detail);
    // After login, access_denied or 403 is the service refusing this one call: the password was
    // fine, so "check the user name and password" would send the signer the wrong way.
    if (code == QLatin1String("access_denied") || code == QLatin1String("invalid_grant") ||
        code == QLatin1String("invalid_client") || httpStatus == 403)
        return makeError(CscErrorKind::ServiceRefused, detail, -1, method);
    if (json && code.isEmpty() && httpStatus >= 200 && httpStatus < 300)
        return makeError(CscErrorKind::MalformedResponse, detail);
    if (httpStatus >= 400 && httpStatus < 500 && httpStatus != 408 && httpStatus != 429)
        return makeError(CscErrorKind::ServiceError, detail, -1, method);
    return makeError(CscErrorKind::ServiceError, detail);
}

} // namespace sic::csc
