#pragma once

// RFC 4226 HOTP / RFC 6238 TOTP with HMAC-SHA1, as authenticator apps implement it. The
// development RSSP checks codes with it; the GUI demo shows the demo user's current code.

#include <QByteArray>
#include <QString>

#include <optional>

namespace sic::otp {

QString base32Encode(const QByteArray &bytes);               // RFC 4648, upper case, no padding
std::optional<QByteArray> base32Decode(const QString &text); // ignores case, spaces and padding

QString hotp(const QByteArray &key, quint64 counter, int digits = 6);
inline quint64 totpStep(qint64 unixSeconds, int period = 30)
{
    return quint64(unixSeconds) / quint64(period);
}
inline QString totp(const QByteArray &key, qint64 unixSeconds, int digits = 6)
{
    return hotp(key, totpStep(unixSeconds), digits);
}

} // namespace sic::otp
