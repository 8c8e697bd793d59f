// credentials/authorize, getChallenge / sendOTP, extendTransaction: the SCAL2 explicit flow.

#include "service.h"

#include "totp.h"
#include "util.h"

#include <QFile>
#include <QJsonArray>

namespace rssp {

namespace {

HttpReply badRequest(const QString &description)
{
    return errorReply(400, QStringLiteral("invalid_request"), description);
}

QString lockedText(int version)
{
    return version == 1 ? QStringLiteral("PIN locked") : QStringLiteral("Credential locked");
}

void wipe(QString &s)
{
    s.fill(u'\0');
    s.clear();
}

} // namespace

QString Service::newSad(Sad sad)
{
    const QString token = randomToken();
    m_sads[token] = std::move(sad);
    return token;
}

// An expired code is told apart from a wrong one, as a real service's "OTP expired" error: the
// code was right for a time step (or a challenge) that is over. It spends no attempt.
Service::OtpCheck Service::checkOtp(const Credential &c, const User &u, const QString &otp)
{
    if (otp.isEmpty())
        return OtpCheck::Wrong;
    const QDateTime now = m_clock.now();
    if (c.otp == u"oob") {
        auto it = m_challenges.find(c.id);
        if (it == m_challenges.end() || it->second.code != otp)
            return OtpCheck::Wrong;
        if (it->second.expires <= now) {
            m_challenges.erase(it);
            return OtpCheck::Expired;
        }
        m_challenges.erase(it); // single use
        return OtpCheck::Ok;
    }
    const auto key = base32Decode(u.totpSecret);
    if (!key)
        return OtpCheck::Wrong;
    const quint64 step = totpStep(now.toSecsSinceEpoch());
    auto last = m_lastTotpStep.find(u.name);
    for (quint64 s : {step - 1, step, step + 1}) {
        if (hotp(*key, s) != otp)
            continue;
        if (last != m_lastTotpStep.end() && s <= last->second)
            return OtpCheck::Wrong; // replay: this code (or a later one) was already used
        m_lastTotpStep[u.name] = s;
        return OtpCheck::Ok;
    }
    // The codes of the last ten minutes before the accepted window, never used: expired.
    for (quint64 s = step - 2; s + kExpiredTotpSteps >= step && s > 0; --s) {
        if (hotp(*key, s) != otp)
            continue;
        if (last != m_lastTotpStep.end() && s <= last->second)
            return OtpCheck::Wrong;
        return OtpCheck::Expired;
    }
    return OtpCheck::Wrong;
}

Service::AuthCheck Service::checkPinOtp(Credential &c, const QString &pin, const QString &otp,
                                        int *attemptsLeft)
{
    if (c.locked)
        return AuthCheck::Locked;
    const auto u = m_state.store().user(c.user);
    if (!u)
        return AuthCheck::WrongPin;
    QByteArray pinBytes = pin.toUtf8();
    const bool pinOk = verifySecret(pinBytes, u->pinHash);
    pinBytes.fill(0);
    const OtpCheck otpCheck = pinOk ? checkOtp(c, *u, otp) : OtpCheck::Wrong;
    if (pinOk && otpCheck == OtpCheck::Expired) {
        *attemptsLeft = kMaxFailures - c.failures;
        return AuthCheck::ExpiredOtp;
    }
    const bool otpOk = otpCheck == OtpCheck::Ok;
    if (pinOk && otpOk) {
        if (c.failures != 0)
            m_state.store().setFailures(c.id, 0, false);
        return AuthCheck::Ok;
    }
    c.failures += 1;
    c.locked = c.failures >= kMaxFailures;
    m_state.store().setFailures(c.id, c.failures, c.locked);
    *attemptsLeft = kMaxFailures - c.failures;
    if (c.locked) {
        audit(QStringLiteral("lockout"), c.user, QStringLiteral("locked"),
              {{QStringLiteral("credentialID"), c.id}});
        return AuthCheck::Locked;
    }
    return pinOk ? AuthCheck::WrongOtp : AuthCheck::WrongPin;
}

HttpReply Service::authorize(int version, const QString &user, const QJsonObject &body)
{
    auto c = ownCredential(user, body.value(QStringLiteral("credentialID")));
    if (!c)
        return badRequest(QStringLiteral("Invalid parameter credentialID"));
    if (c->mode == u"oauth2code")
        return badRequest(QStringLiteral("This credential is authorized through OAuth2 (scope=credential)."));
    if (c->locked)
        return badRequest(lockedText(version));
    // numbers-as-strings: the request schema types numSignatures as a string, as the answers do.
    if (quirk("numbers-as-strings") && !body.value(QStringLiteral("numSignatures")).isString())
        return badRequest(QStringLiteral("Invalid parameter numSignatures: expected a string"));
    const int n = intValue(body.value(QStringLiteral("numSignatures")));
    if (n < 1)
        return badRequest(QStringLiteral("Invalid parameter numSignatures"));
    const auto hashes =
        hashList(body.value(version == 1 ? QStringLiteral("hash") : QStringLiteral("hashes")));
    if (!hashes || hashes->isEmpty())
        return badRequest(version == 1 ? QStringLiteral("Invalid parameter hash")
                                       : QStringLiteral("Invalid parameter hashes"));
    if (hashes->size() != n)
        return badRequest(QStringLiteral("numSignatures does not match the number of hashes"));
    if (n > c->multisign)
        return badRequest(
            QStringLiteral("numSignatures exceeds the credential's multisign (%1)").arg(c->multisign));
    std::optional<sic::HashAlgorithm> alg;
    const QString algKey = version == 1 ? QStringLiteral("hashAlgo") : QStringLiteral("hashAlgorithmOID");
    if (body.contains(algKey) || version == 2) {
        alg = sic::hashFromOid(body.value(algKey).toString());
        if (!alg || !sic::hashInfo(*alg).allowedForSigning)
            return badRequest(QStringLiteral("Invalid parameter %1").arg(algKey));
    }
    for (const QByteArray &h : *hashes) {
        const bool sizeOk =
            alg ? h.size() == sic::hashInfo(*alg).size : (h.size() == 32 || h.size() == 48 || h.size() == 64);
        if (!sizeOk)
            return badRequest(QStringLiteral("A hash has the wrong length for its algorithm"));
    }

    QString pin, otp;
    if (version == 1) {
        pin = body.value(QStringLiteral("PIN")).toString();
        otp = body.value(QStringLiteral("OTP")).toString();
    } else {
        for (const QJsonValue &v : body.value(QStringLiteral("authData")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("id")).toString() == u"PIN")
                pin = o.value(QStringLiteral("value")).toString();
            else if (o.value(QStringLiteral("id")).toString() == u"OTP")
                otp = o.value(QStringLiteral("value")).toString();
        }
    }
    if (pin.isEmpty() || otp.isEmpty())
        return badRequest(pin.isEmpty() ? QStringLiteral("Missing PIN") : QStringLiteral("Missing OTP"));

    int left = 0;
    const AuthCheck check = checkPinOtp(*c, pin, otp, &left);
    wipe(pin);
    wipe(otp);
    if (check == AuthCheck::Locked)
        return badRequest(lockedText(version));
    if (check == AuthCheck::ExpiredOtp) {
        audit(QStringLiteral("authorize_failed"), user, QStringLiteral("rejected"),
              {{QStringLiteral("credentialID"), c->id},
               {QStringLiteral("reason"), QStringLiteral("expired OTP")},
               {QStringLiteral("attemptsLeft"), left}});
        const QString text = QStringLiteral("OTP expired, %1 attempts left").arg(left);
        if (quirk("access-denied"))
            return errorReply(403, QStringLiteral("access_denied"), text);
        return errorReply(
            400, version == 1 ? QStringLiteral("invalid_otp") : QStringLiteral("invalid_authentication_data"),
            text);
    }
    if (check != AuthCheck::Ok) {
        const bool wrongPin = check == AuthCheck::WrongPin;
        audit(
            QStringLiteral("authorize_failed"), user, QStringLiteral("rejected"),
            {{QStringLiteral("credentialID"), c->id},
             {QStringLiteral("reason"), wrongPin ? QStringLiteral("wrong PIN") : QStringLiteral("wrong OTP")},
             {QStringLiteral("attemptsLeft"), left}});
        const QString text = QStringLiteral("%1, %2 attempts left")
                                 .arg(wrongPin ? QStringLiteral("Wrong PIN") : QStringLiteral("Wrong OTP"))
                                 .arg(left);
        // access-denied: every refused authorization is a 403 access_denied, the description
        // alone saying what was wrong.
        if (quirk("access-denied"))
            return errorReply(403, QStringLiteral("access_denied"), text);
        if (version == 1)
            return errorReply(400, wrongPin ? QStringLiteral("invalid_pin") : QStringLiteral("invalid_otp"),
                              text);
        return errorReply(400, QStringLiteral("invalid_authentication_data"), text);
    }
    if (quirk("access-denied") && c->key == KeyType::P384)
        return errorReply(403, QStringLiteral("access_denied"),
                          QStringLiteral("This credential may not be used for remote signing."));
    const QString sad =
        newSad(Sad{user, c->id, *hashes, alg, n, m_clock.now().addSecs(m_config.sadLifetime), false});
    audit(QStringLiteral("authorize"), user, QStringLiteral("ok"),
          {{QStringLiteral("credentialID"), c->id},
           {QStringLiteral("numSignatures"), n},
           {QStringLiteral("hashAlgorithmOID"),
            alg ? QString::fromLatin1(sic::hashInfo(*alg).oid) : QString()}});
    return jsonReply({{QStringLiteral("SAD"), sad},
                      {QStringLiteral("expiresIn"), quirk("numbers-as-strings")
                                                        ? QJsonValue(QString::number(m_config.sadLifetime))
                                                        : QJsonValue(m_config.sadLifetime)}});
}

HttpReply Service::getChallenge(int version, const QString &user, const QJsonObject &body)
{
    const auto c = ownCredential(user, body.value(QStringLiteral("credentialID")));
    if (!c)
        return badRequest(QStringLiteral("Invalid parameter credentialID"));
    if (version == 2 && body.value(QStringLiteral("authObjectID")).toString(QStringLiteral("OTP")) != u"OTP")
        return badRequest(QStringLiteral("Invalid parameter authObjectID"));
    if (c->otp != u"oob")
        return badRequest(
            QStringLiteral("This credential uses an authenticator app, not an out-of-band OTP."));
    if (c->locked)
        return badRequest(lockedText(version));
    const QDateTime now = m_clock.now();
    const QString code = randomDigits(6);
    m_challenges[c->id] = Challenge{code, now.addSecs(300)};
    // The outbox stands in for an SMS gateway: delivering the code there is its whole purpose.
    QFile outbox(m_state.path("outbox.jsonl"));
    if (!outbox.open(QIODevice::WriteOnly | QIODevice::Append))
        return errorReply(500, QStringLiteral("server_error"), QStringLiteral("Cannot deliver the OTP."));
    outbox.write(compactJson({{QStringLiteral("time"), isoTime(now)},
                              {QStringLiteral("user"), user},
                              {QStringLiteral("credentialID"), c->id},
                              {QStringLiteral("otp"), code}}) +
                 '\n');
    return HttpReply{204, "application/json", {}, {}};
}

HttpReply Service::extendTransaction(int version, const QString &user, const QJsonObject &body)
{
    const auto c = ownCredential(user, body.value(QStringLiteral("credentialID")));
    if (!c)
        return badRequest(QStringLiteral("Invalid parameter credentialID"));
    auto it = m_sads.find(body.value(QStringLiteral("SAD")).toString());
    if (it == m_sads.end() || it->second.credentialId != c->id || it->second.user != user)
        return badRequest(QStringLiteral("SAD is invalid or consumed"));
    if (it->second.expires <= m_clock.now()) {
        m_sads.erase(it);
        audit(QStringLiteral("sad_rejected"), user, QStringLiteral("expired"),
              {{QStringLiteral("credentialID"), c->id}});
        return badRequest(QStringLiteral("SAD expired"));
    }
    const QString hashKey = version == 1 ? QStringLiteral("hash") : QStringLiteral("hashes");
    if (body.contains(hashKey)) {
        const auto hashes = hashList(body.value(hashKey));
        if (!hashes)
            return badRequest(QStringLiteral("Invalid parameter %1").arg(hashKey));
        for (const QByteArray &h : *hashes)
            if (!it->second.hashes.contains(h))
                return badRequest(QStringLiteral("Hash is not authorized by the SAD."));
    }
    Sad sad = it->second;
    m_sads.erase(it);
    sad.expires = m_clock.now().addSecs(m_config.sadLifetime);
    const QString token = newSad(std::move(sad));
    audit(QStringLiteral("authorize"), user, QStringLiteral("ok"),
          {{QStringLiteral("credentialID"), c->id}, {QStringLiteral("extend"), true}});
    return jsonReply({{QStringLiteral("SAD"), token}, {QStringLiteral("expiresIn"), m_config.sadLifetime}});
}

} // namespace rssp
