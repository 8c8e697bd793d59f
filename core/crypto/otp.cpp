#include "otp.h"

#include <cstring>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace sic::otp {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
}

QString base32Encode(const QByteArray &bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

std::optional<QByteArray> base32Decode(const QString &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (QChar ch : text) {
        if (ch == u'=' || ch.isSpace())
            continue;
        const char c = char(ch.toUpper().toLatin1());
        const char *pos = std::strchr(kAlphabet, c);
        if (!pos || c == '\0')
            return std::nullopt;
        buffer = (buffer << 5) | quint32(pos - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

QString hotp(const QByteArray &key, quint64 counter, int digits)
{
    unsigned char msg[8];
    for (int i = 7; i >= 0; --i) {
        msg[i] = static_cast<unsigned char>(counter & 0xff);
        counter >>= 8;
    }
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha1(), key.constData(), int(key.size()), msg, sizeof msg, mac, &len);
    const int offset = mac[len - 1] & 0x0f;
    const quint32 binary = (quint32(mac[offset] & 0x7f) << 24) | (quint32(mac[offset + 1]) << 16) |
                           (quint32(mac[offset + 2]) << 8) | quint32(mac[offset + 3]);
    quint64 mod = 1;
    for (int i = 0; i < digits; ++i)
        mod *= 10;
    return QString::number(binary % mod).rightJustified(digits, u'0');
}

} // namespace sic::otp
