#include "audit.h"

#include "journal/hashchainlog.h"
#include "util.h"

#include <QFile>

namespace rssp {

// The chain itself is core's HashChainLog (the same one the app's signing history uses); this
// class only fixes the audit record's fields and keeps the file private to the service.
bool Audit::append(const QDateTime &time, const QString &type, const QString &actor, const QString &outcome,
                   const QJsonObject &detail)
{
    const QJsonObject record{{QStringLiteral("time"), isoTime(time)},
                             {QStringLiteral("type"), type},
                             {QStringLiteral("actor"), actor},
                             {QStringLiteral("outcome"), outcome},
                             {QStringLiteral("detail"), detail}};
    const bool ok = bool(sic::HashChainLog(m_path).append(record));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return ok;
}

Audit::Check Audit::verify(const QString &path)
{
    Check c;
    if (!QFile::exists(path)) {
        c.reason = QStringLiteral("cannot open %1").arg(path);
        return c;
    }
    const sic::HashChainLog::Check chain = sic::HashChainLog(path).verify();
    c.ok = chain.intact;
    c.records = chain.records;
    c.brokenLine = chain.firstBrokenLine;
    if (!chain.intact)
        c.reason = QStringLiteral("record %1 (line %2): %3")
                       .arg(chain.records + 1)
                       .arg(chain.firstBrokenLine)
                       .arg(chain.reason);
    return c;
}

} // namespace rssp
