#include "rsspfixture.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <openssl/rsa.h>

bool RsspFixture::start(QString *error)
{
    if (!tmp.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    const DevRssp::Started s = rssp.start(tmp.filePath(QStringLiteral("state")));
    if (!s.ok()) {
        *error = s.error;
        return false;
    }
    secretsUsed << rssp.password() << rssp.pin() << rssp.totpSecret();
    token = login();
    if (token.isEmpty()) {
        *error = QStringLiteral("auth/login failed");
        return false;
    }
    return true;
}

DevRssp::Reply RsspFixture::call(int version, const QString &method, const QJsonObject &body,
                                 const QString &bearer)
{
    return rssp.post(csc(version) + u'/' + method, body, bearer.isEmpty() ? token : bearer);
}

QString RsspFixture::login()
{
    const auto r = rssp.post(rssp.cscV2() + QStringLiteral("/auth/login"), {}, {},
                             (rssp.user() + u':' + rssp.password()).toUtf8());
    const QString t = r.json().value(QStringLiteral("access_token")).toString();
    secretsUsed << t << r.json().value(QStringLiteral("refresh_token")).toString();
    return t;
}

QString RsspFixture::otpFor(const QString &credential, int version)
{
    if (credential != u"cred-p256-oob") {
        const QString code = rssp.nextTotp();
        secretsUsed << code;
        return code;
    }
    const auto r = version == 1
                       ? call(1, QStringLiteral("credentials/sendOTP"), {{"credentialID", credential}})
                       : call(2, QStringLiteral("credentials/getChallenge"),
                              {{"credentialID", credential}, {"authObjectID", "OTP"}});
    if (r.status != 204)
        return {};
    const QString code = rssp.lastOobOtp(credential);
    secretsUsed << code;
    return code;
}

DevRssp::Reply RsspFixture::authorize(const QString &credential, const QList<QByteArray> &hashes,
                                      sic::HashAlgorithm alg, const QString &pin, const QString &otp,
                                      int version, int numSignatures)
{
    QJsonObject body{{"credentialID", credential},
                     {"numSignatures", numSignatures < 0 ? int(hashes.size()) : numSignatures}};
    if (version == 1) {
        body.insert("hash", b64Array(hashes));
        body.insert("PIN", pin);
        body.insert("OTP", otp);
    } else {
        body.insert("hashes", b64Array(hashes));
        body.insert("hashAlgorithmOID", QString::fromLatin1(sic::hashInfo(alg).oid));
        body.insert("authData", QJsonArray{QJsonObject{{"id", "PIN"}, {"value", pin}},
                                           QJsonObject{{"id", "OTP"}, {"value", otp}}});
    }
    const auto r = call(version, QStringLiteral("credentials/authorize"), body);
    secretsUsed << r.json().value(QStringLiteral("SAD")).toString();
    return r;
}

QString RsspFixture::authorizeOk(const QString &credential, const QList<QByteArray> &hashes,
                                 sic::HashAlgorithm alg, int version)
{
    const QString otp = otpFor(credential, version);
    const auto r = authorize(credential, hashes, alg, rssp.pin(), otp, version);
    if (r.status != 200)
        qWarning() << "authorize failed" << r.status << r.body;
    return r.json().value(QStringLiteral("SAD")).toString();
}

DevRssp::Reply RsspFixture::signHash(const SignRequest &req, const QString &sad,
                                     const QList<QByteArray> &hashes, const QString &bearer)
{
    QJsonObject body{{"credentialID", req.credential}, {"signAlgo", req.signAlgo}};
    if (!sad.isEmpty())
        body.insert("SAD", sad);
    const QString oid = QString::fromLatin1(sic::hashInfo(req.hash).oid);
    if (req.version == 1) {
        body.insert("hash", b64Array(hashes));
        body.insert("hashAlgo", oid);
    } else {
        body.insert("hashes", b64Array(hashes));
        body.insert("hashAlgorithmOID", oid);
    }
    if (!req.pssParams.isEmpty())
        body.insert("signAlgoParams", QString::fromLatin1(req.pssParams.toBase64()));
    return call(req.version, QStringLiteral("signatures/signHash"), body, bearer);
}

QByteArray RsspFixture::certificateDer(const QString &credential)
{
    const auto r = call(2, QStringLiteral("credentials/info"), {{"credentialID", credential}});
    const auto certs = fromB64Array(r.json().value("cert").toObject().value("certificates"));
    return certs.isEmpty() ? QByteArray() : certs.first();
}

int RsspFixture::secretsInAuditLog()
{
    QFile f(rssp.auditLog());
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QString log = QString::fromUtf8(f.readAll());
    int found = 0;
    for (const QString &s : std::as_const(secretsUsed)) {
        if (s.isEmpty())
            continue;
        const QRegularExpression re(
            QStringLiteral("(?<![0-9A-Za-z_-])%1(?![0-9A-Za-z_-])").arg(QRegularExpression::escape(s)));
        if (re.match(log).hasMatch())
            ++found;
    }
    return found;
}

QList<QByteArray> someHashes(sic::HashAlgorithm alg, int n, const QByteArray &salt)
{
    QList<QByteArray> out;
    for (int i = 0; i < n; ++i)
        out << sic::digestBytes(alg, salt + QByteArray::number(i) +
                                         QByteArray::number(QRandomGenerator::global()->generate()));
    return out;
}

QJsonArray b64Array(const QList<QByteArray> &items)
{
    QJsonArray a;
    for (const QByteArray &b : items)
        a.append(QString::fromLatin1(b.toBase64()));
    return a;
}

QList<QByteArray> fromB64Array(const QJsonValue &v)
{
    QList<QByteArray> out;
    for (const QJsonValue &x : v.toArray())
        out << QByteArray::fromBase64(x.toString().toLatin1());
    return out;
}

bool verifySignature(const QByteArray &certDer, const SignRequest &r, const QByteArray &hash,
                     const QByteArray &sig, QString *why)
{
    auto cert = sic::ossl::x509FromDer(certDer);
    if (!cert) {
        *why = QStringLiteral("no certificate");
        return false;
    }
    EVP_PKEY *pub = X509_get0_pubkey(cert.get());
    sic::ossl::PKeyCtx ctx(EVP_PKEY_CTX_new(pub, nullptr));
    if (EVP_PKEY_verify_init(ctx.get()) <= 0 ||
        EVP_PKEY_CTX_set_signature_md(ctx.get(), sic::evpMd(r.hash)) <= 0) {
        *why = sic::ossl::lastError();
        return false;
    }
    if (EVP_PKEY_get_base_id(pub) == EVP_PKEY_RSA) {
        const bool pss = !r.pssParams.isEmpty();
        EVP_PKEY_CTX_set_rsa_padding(ctx.get(), pss ? RSA_PKCS1_PSS_PADDING : RSA_PKCS1_PADDING);
        if (pss) {
            EVP_PKEY_CTX_set_rsa_mgf1_md(ctx.get(), sic::evpMd(r.hash));
            EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx.get(), RSA_PSS_SALTLEN_AUTO);
        }
    }
    const int rc = EVP_PKEY_verify(
        ctx.get(), reinterpret_cast<const unsigned char *>(sig.constData()), size_t(sig.size()),
        reinterpret_cast<const unsigned char *>(hash.constData()), size_t(hash.size()));
    if (rc != 1)
        *why = QStringLiteral("EVP_PKEY_verify: %1 %2").arg(rc).arg(sic::ossl::lastError());
    return rc == 1;
}

QByteArray pssParamsDer(sic::HashAlgorithm alg, int saltLength)
{
    // RSASSA-PSS-params { sha-2 hash, MGF1 with the same hash, saltLength }, written out by hand so the
    // test does not share the server's parser.
    const char last = alg == sic::HashAlgorithm::Sha384   ? '\x02'
                      : alg == sic::HashAlgorithm::Sha512 ? '\x03'
                                                          : '\x01';
    const QByteArray hashAlgo =
        QByteArray::fromHex("300d06096086480165030402") + last + QByteArray::fromHex("0500");
    const QByteArray a0 = QByteArray::fromHex("a00f") + hashAlgo;
    const QByteArray mgf = QByteArray::fromHex("301a06092a864886f70d010108") + hashAlgo;
    const QByteArray a1 = QByteArray::fromHex("a11c") + mgf;
    const QByteArray a2 = QByteArray::fromHex("a2030201") + char(saltLength);
    const QByteArray inner = a0 + a1 + a2;
    return QByteArray::fromHex("30") + char(inner.size()) + inner;
}

int runProgram(const QString &program, const QStringList &args, QByteArray *out)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return -1;
    if (out)
        *out = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
