// CscClient: the signing half (key authorization, OTP, signHash). Split from cscclient.cpp to keep
// each file to one concern: that one sets up the session, this one spends it.
#include "csc/cscclient.h"

#include "csc/cscerror.h"
#include "csc/encoding.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sic::csc {

namespace {
QJsonArray base64List(const QList<QByteArray> &hashes)
{
    QJsonArray a;
    for (const QByteArray &h : hashes)
        a.append(QString::fromLatin1(h.toBase64()));
    return a;
}

Result<Sad> parseSad(const QJsonObject &o)
{
    Sad sad;
    sad.value = o.value(QLatin1String("SAD")).toString().toUtf8();
    // The spec's default is 3600 s when absent. A lifetime that is there but unreadable or not
    // positive is refused: the client plans the signing around it.
    const QJsonValue lifetime = o.value(QLatin1String("expiresIn"));
    sad.expiresIn = jsonInt(lifetime, lifetime.isUndefined() || lifetime.isNull() ? 3600 : -1);
    if (sad.expiresIn <= 0) {
        sad.wipe();
        return failWith(CscErrorKind::MalformedResponse,
                        QStringLiteral("credentials/authorize returned an unusable expiresIn (%1)")
                            .arg(jsonString(lifetime).left(40)));
    }
    if (sad.value.isEmpty()) {
        if (o.contains(QLatin1String("handle")))
            return failWith(
                CscErrorKind::Unsupported,
                QStringLiteral("credentials/authorize answered asynchronously (handle); not supported"));
        return failWith(CscErrorKind::MalformedResponse,
                        QStringLiteral("credentials/authorize returned no SAD"));
    }
    return sad;
}
} // namespace

void CscClient::authorize(const Credential &credential, const QList<QByteArray> &hashes, HashAlgorithm hash,
                          FactorAnswer &factors, Callback<Sad> done)
{
    if (hashes.size() > credential.multisign) {
        factors.wipe();
        done(failWith(CscErrorKind::TooManyHashes, QStringLiteral("%1 hashes, multisign of %2 is %3")
                                                       .arg(hashes.size())
                                                       .arg(credential.id)
                                                       .arg(credential.multisign)));
        return;
    }
    const bool pin = credential.factors.contains(AuthFactor::Pin);
    const bool otp = credential.factors.contains(AuthFactor::OtpTotp) ||
                     credential.factors.contains(AuthFactor::OtpOutOfBand);
    // The specification forbids an empty value for a factor, and a strict RSSP counts such a
    // request as a failed attempt: a missing factor is refused here, before anything is sent.
    if ((pin && factors.pin.isEmpty()) || (otp && factors.otp.isEmpty())) {
        const QString which = pin && factors.pin.isEmpty() ? QStringLiteral("PIN") : QStringLiteral("OTP");
        factors.wipe();
        done(failWith(CscErrorKind::MissingFactor,
                      QStringLiteral("credential %1 needs a %2 and none was given").arg(credential.id, which),
                      -1, which == QLatin1String("PIN") ? Tr::tr("PIN") : Tr::tr("one-time password")));
        return;
    }
    // Optional factors (v1 presence "optional") go out only when the signer gave them.
    const bool sendPin =
        pin || (credential.optionalFactors.contains(AuthFactor::Pin) && !factors.pin.isEmpty());
    const bool sendOtp = otp || ((credential.optionalFactors.contains(AuthFactor::OtpTotp) ||
                                  credential.optionalFactors.contains(AuthFactor::OtpOutOfBand)) &&
                                 !factors.otp.isEmpty());
    QJsonObject body{{QStringLiteral("credentialID"), credential.id},
                     {QStringLiteral("numSignatures"), numbersAsStrings()
                                                           ? QJsonValue(QString::number(hashes.size()))
                                                           : QJsonValue(int(hashes.size()))}};
    if (m_info.apiVersion >= 2) {
        body.insert(QStringLiteral("hashes"), base64List(hashes));
        body.insert(QStringLiteral("hashAlgorithmOID"), QString::fromLatin1(hashInfo(hash).oid));
        QJsonArray authData;
        if (sendPin)
            authData.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("PIN")},
                                        {QStringLiteral("value"), QString::fromUtf8(factors.pin)}});
        if (sendOtp)
            authData.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("OTP")},
                                        {QStringLiteral("value"), QString::fromUtf8(factors.otp)}});
        if (!authData.isEmpty())
            body.insert(QStringLiteral("authData"), authData);
    } else {
        body.insert(QStringLiteral("hash"), base64List(hashes));
        if (sendPin)
            body.insert(QStringLiteral("PIN"), QString::fromUtf8(factors.pin));
        if (sendOtp)
            body.insert(QStringLiteral("OTP"), QString::fromUtf8(factors.otp));
    }
    factors.wipe();
    call(QStringLiteral("credentials/authorize"), body, false,
         [done = std::move(done)](Result<QJsonObject> r) {
             if (!r)
                 return done(std::unexpected(r.error()));
             done(parseSad(*r));
         });
}

void CscClient::sendOtp(const Credential &credential, Callback<void> done)
{
    const QString getChallenge = QStringLiteral("credentials/getChallenge");
    const QString sendOtp = QStringLiteral("credentials/sendOTP");
    // v2 names it getChallenge, v1 sendOTP; a service that lists only the other one gets that.
    bool v2 = m_info.apiVersion >= 2;
    if (v2 && !offers(getChallenge) && offers(sendOtp))
        v2 = false;
    else if (!v2 && !offers(sendOtp) && offers(getChallenge))
        v2 = true;
    QJsonObject body{{QStringLiteral("credentialID"), credential.id}};
    if (v2)
        body.insert(QStringLiteral("authObjectID"), QStringLiteral("OTP"));
    call(v2 ? getChallenge : sendOtp, body, false, [done = std::move(done)](Result<QJsonObject> r) {
        if (!r)
            return done(std::unexpected(r.error()));
        done({});
    });
}

void CscClient::authorizeInBrowser(const Credential &credential, const QList<QByteArray> &hashes,
                                   HashAlgorithm hash, UrlOpener &opener, Callback<Sad> done)
{
    if (hashes.size() > credential.multisign) {
        done(failWith(
            CscErrorKind::TooManyHashes,
            QStringLiteral("%1 hashes, multisign is %2").arg(hashes.size()).arg(credential.multisign)));
        return;
    }
    if (!m_info.oauth2.isValid() || m_info.oauth2.isEmpty()) {
        done(failWith(CscErrorKind::Unsupported, QStringLiteral("the service announces no OAuth2 server")));
        return;
    }
    QStringList encoded;
    for (const QByteArray &h : hashes)
        encoded << QString::fromLatin1(base64Url(h));
    QList<std::pair<QString, QString>> extra{
        {QStringLiteral("scope"), QStringLiteral("credential")},
        {QStringLiteral("credentialID"), credential.id},
        {QStringLiteral("numSignatures"), QString::number(hashes.size())},
    };
    if (m_info.apiVersion >= 2) {
        extra.append({QStringLiteral("hashes"), encoded.join(u',')});
        extra.append({QStringLiteral("hashAlgorithmOID"), QString::fromLatin1(hashInfo(hash).oid)});
    } else {
        extra.append({QStringLiteral("hash"), encoded.join(u',')});
    }
    delete m_flow;
    m_flow = new OAuthCodeFlow(m_transport, m_info.authorizeUrl(), m_info.tokenUrl(), m_clientId, this);
    QPointer<CscClient> self(this);
    m_flow->start(extra, opener, [self, done = std::move(done)](Result<TokenResponse> tokens) {
        if (!self || self->m_destroying)
            return;
        self->m_flow->deleteLater();
        if (!tokens)
            return done(std::unexpected(tokens.error()));
        Sad sad;
        sad.value = std::move(tokens->accessToken);
        sad.expiresIn = tokens->expiresIn;
        tokens->wipe();
        done(std::move(sad));
    });
}

void CscClient::signHash(const Credential &credential, const Sad &sad, const QList<QByteArray> &hashes,
                         HashAlgorithm hash, const QString &signAlgo, const QByteArray &signAlgoParams,
                         Callback<QList<QByteArray>> done)
{
    QJsonObject body{{QStringLiteral("credentialID"), credential.id},
                     {QStringLiteral("SAD"), QString::fromUtf8(sad.value)},
                     {QStringLiteral("signAlgo"), signAlgo}};
    if (m_info.apiVersion >= 2) {
        body.insert(QStringLiteral("hashes"), base64List(hashes));
        body.insert(QStringLiteral("hashAlgorithmOID"), QString::fromLatin1(hashInfo(hash).oid));
    } else {
        body.insert(QStringLiteral("hash"), base64List(hashes));
        body.insert(QStringLiteral("hashAlgo"), QString::fromLatin1(hashInfo(hash).oid));
    }
    if (!signAlgoParams.isEmpty())
        body.insert(QStringLiteral("signAlgoParams"), QString::fromLatin1(signAlgoParams.toBase64()));
    const qsizetype expected = hashes.size();
    call(QStringLiteral("signatures/signHash"), body, false,
         [expected, done = std::move(done)](Result<QJsonObject> r) {
             if (!r)
                 return done(std::unexpected(r.error()));
             const QJsonArray values = r->value(QLatin1String("signatures")).toArray();
             // Fewer values than hashes: the service signs only the first ones per call (the
             // caller sends the rest again). More, or none, cannot be matched to the hashes.
             if (values.isEmpty() || values.size() > expected)
                 return done(failWith(CscErrorKind::MalformedResponse,
                                      QStringLiteral("signHash returned %1 values for %2 hashes")
                                          .arg(values.size())
                                          .arg(expected)));
             QList<QByteArray> out;
             for (const QJsonValue &v : values) {
                 const auto bytes = decodeBase64Any(v.toString().toLatin1());
                 if (!bytes || bytes->isEmpty())
                     return done(failWith(CscErrorKind::MalformedResponse,
                                          QStringLiteral("signHash returned a value that is not Base64")));
                 out << *bytes;
             }
             done(out);
         });
}

void CscClient::cancel()
{
    const auto calls = m_calls;
    m_calls.clear();
    for (quint64 id : calls)
        m_transport.cancel(id);
    if (m_flow)
        m_flow->cancel();
}

void CscClient::timestamp(const QByteArray &digest, HashAlgorithm hash, const QByteArray &nonce,
                          Callback<QByteArray> done)
{
    QJsonObject body{{QStringLiteral("hash"), QString::fromLatin1(digest.toBase64())},
                     {QStringLiteral("hashAlgo"), QString::fromLatin1(hashInfo(hash).oid)}};
    if (!nonce.isEmpty())
        body.insert(QStringLiteral("nonce"), QString::fromLatin1(nonce.toHex()));
    // Not retried: a second token for the same request is harmless, but the spec lists the call
    // among the non-idempotent ones and we keep to it.
    call(QStringLiteral("signatures/timestamp"), body, false,
         [done = std::move(done)](Result<QJsonObject> r) {
             if (!r)
                 return done(std::unexpected(r.error()));
             const auto token = decodeBase64Any(r->value(QStringLiteral("timestamp")).toString().toLatin1());
             if (!token || token->isEmpty())
                 return done(failWith(CscErrorKind::MalformedResponse,
                                      QStringLiteral("signatures/timestamp: no timestamp")));
             done(*token);
         });
}

} // namespace sic::csc
