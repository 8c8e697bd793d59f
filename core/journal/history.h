#pragma once

#include "base/clock.h"
#include "base/error.h"
#include "journal/hashchainlog.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sic {

// One line of the local signing history: what was signed, when, by whom, with which credential,
// and how it ended (JIPDEC 2.2.3 (2)). It holds no secret: no PIN, OTP, password, token or SAD.
struct HistoryEntry
{
    QDateTime time;         // UTC
    QString action;         // "sign" or "verify"
    QString document;       // file name of the signing target
    QString documentSha256; // hex
    QString output;         // file name of the signed document (sign)
    QString rssp;           // service URL
    QString user;           // signer ID at the RSSP
    QString credential;     // credential ID
    QString signer;         // certificate subject
    QString level;          // e.g. "PAdES B-T"
    QString result;         // "ok" or "failed" (sign); the verdict (verify)
    QString reason;         // why it failed, when it did

    QJsonObject toJson() const;
    static HistoryEntry fromJson(const QJsonObject &o);
    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

class History
{
public:
    History(QString path, const Clock &clock) : m_log(std::move(path)), m_clock(clock) {}

    // Stamps the entry with the clock's time when it has none.
    Result<void> record(HistoryEntry entry) const;
    Result<QList<HistoryEntry>> entries() const;
    HashChainLog::Check verify() const { return m_log.verify(); }

    // Exports written atomically: a failure leaves no partial file.
    Result<void> exportCsv(const QString &path) const;
    Result<void> exportJson(const QString &path) const;

private:
    HashChainLog m_log;
    const Clock &m_clock;
};

} // namespace sic
