// credentials/list and credentials/info.

#include "service.h"

#include "util.h"

#include <QFile>
#include <QJsonArray>

namespace rssp {

namespace {

QString cscTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMddHHmmss'Z'"));
}

QByteArray intermediateDer(const QString &pkiDir)
{
    QFile f(pkiDir + QStringLiteral("/intermediate/ca.pem"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    auto x = sic::ossl::x509FromPem(f.readAll());
    return x ? sic::ossl::x509ToDer(x.get()) : QByteArray();
}

} // namespace

std::optional<Credential> Service::ownCredential(const QString &user, const QJsonValue &id)
{
    if (!id.isString())
        return std::nullopt;
    auto c = m_state.store().credential(id.toString());
    if (!c || c->user != user)
        return std::nullopt;
    return c;
}

QJsonObject Service::credentialInfo(int version, const Credential &c, const QString &certificates,
                                    bool certInfo, bool authInfo)
{
    const QDateTime now = m_clock.now();
    const bool strings = quirk("numbers-as-strings");
    auto number = [strings](int n) {
        return strings ? QJsonValue(QString::number(n)) : QJsonValue(n);
    };
    QJsonObject key{
        {QStringLiteral("status"), c.locked ? QStringLiteral("disabled") : QStringLiteral("enabled")},
        {QStringLiteral("algo"),
         [&] {
             QJsonArray a{isRsa(c.key) ? QStringLiteral("1.2.840.113549.1.1.1")
                                       : QStringLiteral("1.2.840.10045.2.1")};
             // rsa-key-oid-only: the key OID alone, as some services describe an RSA key.
             if (isRsa(c.key) && quirk("rsa-key-oid-only"))
                 return a;
             for (const QJsonValue &v : signAlgorithmsFor(c.key))
                 if (v.toString() != u"1.2.840.113549.1.1.1")
                     a.append(v);
             return a;
         }()},
        {QStringLiteral("len"), number(keyBits(c.key))}};
    if (!isRsa(c.key))
        key.insert(QStringLiteral("curve"), c.key == KeyType::P256 ? QStringLiteral("1.2.840.10045.3.1.7")
                                                                   : QStringLiteral("1.3.132.0.34"));

    QString status = QStringLiteral("valid");
    if (c.revokedAt.isValid())
        status = QStringLiteral("revoked");
    else if (now > c.notAfter)
        status = QStringLiteral("expired");
    QJsonObject cert{{QStringLiteral("status"), status}};
    if (certificates != u"none") {
        QJsonArray certs{QString::fromLatin1(c.certDer.toBase64())};
        if (certificates == u"chain")
            certs.append(QString::fromLatin1(intermediateDer(m_state.pkiDir()).toBase64()));
        cert.insert(QStringLiteral("certificates"), certs);
    }
    // certInfo defaults to false in the spec, but the fields cost nothing and help naive clients.
    Q_UNUSED(certInfo);
    {
        auto x = sic::ossl::x509FromDer(c.certDer);
        cert.insert(QStringLiteral("issuerDN"), x509NameToString(X509_get_issuer_name(x.get())));
        cert.insert(QStringLiteral("subjectDN"), c.subject);
        cert.insert(QStringLiteral("serialNumber"), c.serialHex);
        cert.insert(QStringLiteral("validFrom"), cscTime(c.notBefore));
        cert.insert(QStringLiteral("validTo"), cscTime(c.notAfter));
    }

    QJsonObject o{
        {QStringLiteral("description"), QStringLiteral("%1 key of %2").arg(keyTypeLabel(c.key), c.user)},
        {QStringLiteral("key"), key},
        {QStringLiteral("cert"), cert},
        {QStringLiteral("SCAL"), QStringLiteral("2")},
        {QStringLiteral("multisign"), number(c.multisign)},
        {QStringLiteral("lang"), QStringLiteral("en-US")}};
    const bool oauth = c.mode == u"oauth2code";
    if (version == 1) {
        o.insert(QStringLiteral("authMode"), c.mode);
        // presence-bool: presence as JSON booleans and the OTP without `type`, as services
        // whose JSON schema types these fields loosely answer.
        const bool bools = quirk("presence-bool");
        const QJsonValue present = bools ? QJsonValue(true) : QJsonValue(QStringLiteral("true"));
        if (!oauth) {
            o.insert(QStringLiteral("PIN"),
                     QJsonObject{{QStringLiteral("presence"), present},
                                 {QStringLiteral("format"), QStringLiteral("N")},
                                 {QStringLiteral("label"), QStringLiteral("PIN")},
                                 {QStringLiteral("description"), QStringLiteral("Signing PIN")}});
            QJsonObject otp{{QStringLiteral("presence"), present},
                            {QStringLiteral("type"),
                             c.otp == u"oob" ? QStringLiteral("online") : QStringLiteral("offline")},
                            {QStringLiteral("format"), QStringLiteral("N")},
                            {QStringLiteral("label"), QStringLiteral("OTP")},
                            {QStringLiteral("ID"), c.otp == u"oob" ? QStringLiteral("sic-dev-oob")
                                                                   : QStringLiteral("sic-dev-totp")},
                            {QStringLiteral("provider"), QStringLiteral("SIC Dev RSSP")},
                            {QStringLiteral("description"), c.otp == u"oob"
                                                                ? QStringLiteral("Code sent out of band")
                                                                : QStringLiteral("Authenticator app code")}};
            if (bools)
                otp.remove(QStringLiteral("type"));
            o.insert(QStringLiteral("OTP"), otp);
        }
    } else {
        // Like certInfo, authInfo is honoured as if always true.
        Q_UNUSED(authInfo);
        QJsonObject auth{{QStringLiteral("mode"), c.mode}};
        if (!oauth) {
            auth.insert(QStringLiteral("expression"), QStringLiteral("PIN AND OTP"));
            auth.insert(
                QStringLiteral("objects"),
                QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Password")},
                                       {QStringLiteral("id"), QStringLiteral("PIN")},
                                       {QStringLiteral("format"), QStringLiteral("N")},
                                       {QStringLiteral("label"), QStringLiteral("PIN")},
                                       {QStringLiteral("description"), QStringLiteral("Signing PIN")}},
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("Password")},
                                       {QStringLiteral("id"), QStringLiteral("OTP")},
                                       {QStringLiteral("format"), QStringLiteral("N")},
                                       {QStringLiteral("label"), QStringLiteral("OTP")},
                                       {QStringLiteral("generator"), c.otp}}});
        }
        o.insert(QStringLiteral("auth"), auth);
    }
    return o;
}

HttpReply Service::credentialsList(int version, const QString &user, const QJsonObject &body)
{
    const QList<Credential> all = m_state.store().credentials(user);
    const int start = body.value(QStringLiteral("pageToken")).toString().toInt();
    if (quirk("numbers-as-strings") && body.value(QStringLiteral("maxResults")).isDouble())
        return errorReply(400, QStringLiteral("invalid_request"),
                          QStringLiteral("Invalid parameter maxResults: expected a string"));
    int max = intValue(body.value(QStringLiteral("maxResults")));
    if (max <= 0)
        max = int(all.size());
    QJsonArray ids, infos;
    const bool withInfo = version == 2 && body.value(QStringLiteral("credentialInfo")).toBool();
    const QString certs = body.value(QStringLiteral("certificates")).toString(QStringLiteral("single"));
    for (int i = start; i < all.size() && i < start + max; ++i) {
        const Credential &c = all[i];
        if (body.value(QStringLiteral("onlyValid")).toBool() &&
            (c.revokedAt.isValid() || m_clock.now() > c.notAfter))
            continue;
        ids.append(c.id);
        if (withInfo) {
            QJsonObject info =
                credentialInfo(version, c, certs, body.value(QStringLiteral("certInfo")).toBool(),
                               body.value(QStringLiteral("authInfo")).toBool());
            info.insert(QStringLiteral("credentialID"), c.id);
            infos.append(info);
        }
    }
    QJsonObject o{{QStringLiteral("credentialIDs"), ids}};
    if (withInfo)
        o.insert(QStringLiteral("credentialInfos"), infos);
    if (start + max < all.size())
        o.insert(QStringLiteral("nextPageToken"), QString::number(start + max));
    return jsonReply(o);
}

HttpReply Service::credentialsInfo(int version, const QString &user, const QJsonObject &body)
{
    const auto c = ownCredential(user, body.value(QStringLiteral("credentialID")));
    if (!c)
        return errorReply(400, QStringLiteral("invalid_request"),
                          QStringLiteral("Invalid parameter credentialID"));
    const QString certs = body.value(QStringLiteral("certificates")).toString(QStringLiteral("single"));
    if (certs != u"none" && certs != u"single" && certs != u"chain")
        return errorReply(400, QStringLiteral("invalid_request"),
                          QStringLiteral("Invalid parameter certificates"));
    return jsonReply(credentialInfo(version, *c, certs, body.value(QStringLiteral("certInfo")).toBool(),
                                    body.value(QStringLiteral("authInfo")).toBool()));
}

} // namespace rssp
