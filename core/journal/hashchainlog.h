#pragma once

#include "base/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sic {

// An append-only log of JSON records, one per line, each chained to the previous one by a hash:
//   {"seq": n, "prev": <hash of record n-1 or "">, "hash": <SHA-256 hex>, ...the caller's fields}
// The hash covers the compact JSON of the record without "hash"; QJsonObject keeps keys sorted, so
// that text is canonical. Editing, removing or reordering a line breaks the chain at that line.
// Used for the signing history (JIPDEC 2.2.3 (2)) and the development RSSP's audit log.
class HashChainLog
{
public:
    explicit HashChainLog(QString path) : m_path(std::move(path)) {}
    const QString &path() const { return m_path; }

    // Appends one record (its "seq", "prev" and "hash" are set here). Safe across processes: a
    // lock file serialises writers. The line is flushed and synced before this returns.
    Result<QJsonObject> append(QJsonObject record) const;

    struct Check
    {
        bool intact = false;
        int records = 0;
        int firstBrokenLine = 0; // 1-based; 0 when intact
        QString reason;          // for support: what is wrong with that line
    };
    Check verify() const;

    // Every record, oldest first. Fails on an unreadable file; an absent file is an empty log.
    Result<QList<QJsonObject>> readAll() const;

    static QString hashOf(QJsonObject record);

private:
    QString m_path;
};

} // namespace sic
