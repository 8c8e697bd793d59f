#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace rssp {

QByteArray randomBytes(int n);
QString randomToken(int bytes = 32); // base64url, no padding
QString randomDigits(int n);
QString randomPassword(); // letters and digits, 16 chars

QByteArray base64UrlEncode(const QByteArray &bytes);
// Accepts base64url and standard Base64, with or without padding; nullopt if invalid.
std::optional<QByteArray> decodeBase64Any(const QString &text);

QByteArray sha256(const QByteArray &data);

// Salted PBKDF2-SHA256 as "salthex$hashhex"; verify is constant-time.
QString hashSecret(const QByteArray &secret);
bool verifySecret(const QByteArray &secret, const QString &stored);

QString isoTime(const QDateTime &t); // 2026-11-21T23:13:12Z
QJsonObject parseJsonObject(const QByteArray &bytes, bool *ok);
QByteArray compactJson(const QJsonObject &o);

// Writes bytes to path atomically with the given permissions (e.g. 0600 for HSM PINs).
bool writeFileAtomic(const QString &path, const QByteArray &bytes, bool privateFile = false);

} // namespace rssp
