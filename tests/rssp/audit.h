#pragma once

// Append-only, hash-chained audit log (DIR/audit.jsonl). Each line is a JSON object
// {"seq","time","type","actor","outcome","detail","prev","hash"}; hash is the SHA-256 (hex) of the
// compact JSON of the record without "hash" (Qt writes object keys sorted, which makes it canonical);
// prev is the previous record's hash ("" for the first). Never given a secret: callers pass only
// ids, names and outcomes.

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace rssp {

class Audit
{
public:
    explicit Audit(QString path) : m_path(std::move(path)) {}
    // Safe across processes (flock): serve and the admin commands append to the same file.
    bool append(const QDateTime &time, const QString &type, const QString &actor, const QString &outcome,
                const QJsonObject &detail = {});

    struct Check
    {
        bool ok = false;
        int records = 0;
        int brokenLine = 0; // 1-based; 0 if ok
        QString reason;
    };
    static Check verify(const QString &path);

private:
    QString m_path;
};

} // namespace rssp
