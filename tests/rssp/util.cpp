#include "util.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace rssp {

QByteArray randomBytes(int n)
{
    QByteArray b(n, '\0');
    RAND_bytes(reinterpret_cast<unsigned char *>(b.data()), n);
    return b;
}

QString randomToken(int bytes)
{
    return QString::fromLatin1(base64UrlEncode(randomBytes(bytes)));
}

QString randomDigits(int n)
{
    QString out;
    while (out.size() < n) {
        const auto b = static_cast<unsigned char>(randomBytes(1)[0]);
        if (b < 250) // avoid modulo bias
            out += QChar(u'0' + b % 10);
    }
    return out;
}

QString randomPassword()
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    const int n = int(sizeof alphabet) - 1;
    QString out;
    while (out.size() < 16) {
        const auto b = static_cast<unsigned char>(randomBytes(1)[0]);
        if (b < 256 - 256 % n)
            out += QLatin1Char(alphabet[b % n]);
    }
    return out;
}

QByteArray base64UrlEncode(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> decodeBase64Any(const QString &text)
{
    QByteArray s = text.trimmed().toLatin1();
    s.replace('-', '+').replace('_', '/');
    while (s.size() % 4)
        s.append('=');
    auto r = QByteArray::fromBase64Encoding(s, QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return std::nullopt;
    return r.decoded;
}

QByteArray sha256(const QByteArray &data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(data.constData(), size_t(data.size()), md, &len, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char *>(md), int(len));
}

namespace {
QByteArray pbkdf2(const QByteArray &secret, const QByteArray &salt)
{
    QByteArray out(32, '\0');
    PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), 20000,
                      EVP_sha256(), int(out.size()), reinterpret_cast<unsigned char *>(out.data()));
    return out;
}
} // namespace

QString hashSecret(const QByteArray &secret)
{
    const QByteArray salt = randomBytes(16);
    return QString::fromLatin1(salt.toHex() + '$' + pbkdf2(secret, salt).toHex());
}

bool verifySecret(const QByteArray &secret, const QString &stored)
{
    const auto parts = stored.split(u'$');
    if (parts.size() != 2)
        return false;
    const QByteArray want = QByteArray::fromHex(parts[1].toLatin1());
    const QByteArray got = pbkdf2(secret, QByteArray::fromHex(parts[0].toLatin1()));
    return want.size() == got.size() &&
           CRYPTO_memcmp(want.constData(), got.constData(), size_t(got.size())) == 0;
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonObject parseJsonObject(const QByteArray &bytes, bool *ok)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    *ok = err.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool writeFileAtomic(const QString &path, const QByteArray &bytes, bool privateFile)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    if (privateFile)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(bytes);
    return f.commit();
}

} // namespace rssp
