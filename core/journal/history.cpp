#include "journal/history.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace sic {

namespace {

struct Field
{
    const char *key;
    QString HistoryEntry::*member;
};

constexpr Field kFields[] = {
    {"action", &HistoryEntry::action},
    {"document", &HistoryEntry::document},
    {"documentSha256", &HistoryEntry::documentSha256},
    {"output", &HistoryEntry::output},
    {"rssp", &HistoryEntry::rssp},
    {"user", &HistoryEntry::user},
    {"credential", &HistoryEntry::credential},
    {"signer", &HistoryEntry::signer},
    {"level", &HistoryEntry::level},
    {"result", &HistoryEntry::result},
    {"reason", &HistoryEntry::reason},
};

QString csvField(const QString &s)
{
    // Quote always; double inner quotes; a leading =,+,-,@ is neutralised so that a spreadsheet
    // never runs a file name as a formula.
    QString v = s;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(u'\'');
    v.replace(u'"', QStringLiteral("\"\""));
    return u'"' + v + u'"';
}

Result<void> writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(QStringLiteral("io.write_failed"), Tr::tr("The file could not be written."),
                    path + QStringLiteral(": ") + file.errorString());
    return {};
}

} // namespace

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("time"), time.toUTC().toString(Qt::ISODate));
    for (const Field &f : kFields)
        o.insert(QLatin1String(f.key), this->*f.member);
    return o;
}

HistoryEntry HistoryEntry::fromJson(const QJsonObject &o)
{
    HistoryEntry e;
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODate);
    for (const Field &f : kFields)
        e.*f.member = o.value(QLatin1String(f.key)).toString();
    return e;
}

Result<void> History::record(HistoryEntry entry) const
{
    if (!entry.time.isValid())
        entry.time = m_clock.now();
    auto appended = m_log.append(entry.toJson());
    if (!appended)
        return std::unexpected(appended.error());
    return {};
}

Result<QList<HistoryEntry>> History::entries() const
{
    auto records = m_log.readAll();
    if (!records)
        return std::unexpected(records.error());
    QList<HistoryEntry> out;
    out.reserve(records->size());
    for (const QJsonObject &r : *records)
        out << HistoryEntry::fromJson(r);
    return out;
}

Result<void> History::exportCsv(const QString &path) const
{
    auto all = entries();
    if (!all)
        return std::unexpected(all.error());
    QStringList header{QStringLiteral("time")};
    for (const Field &f : kFields)
        header << QLatin1String(f.key);
    QString csv = header.join(u',') + QStringLiteral("\r\n");
    for (const HistoryEntry &e : *all) {
        QStringList row{csvField(e.time.toUTC().toString(Qt::ISODate))};
        for (const Field &f : kFields)
            row << csvField(e.*f.member);
        csv += row.join(u',') + QStringLiteral("\r\n");
    }
    // A BOM so that spreadsheet programs read the Japanese file names as UTF-8.
    return writeAtomically(path, QByteArray("\xEF\xBB\xBF") + csv.toUtf8());
}

Result<void> History::exportJson(const QString &path) const
{
    auto records = m_log.readAll();
    if (!records)
        return std::unexpected(records.error());
    QJsonArray array;
    for (const QJsonObject &r : *records)
        array.append(r);
    QJsonObject doc{{QStringLiteral("format"), QStringLiteral("sic-history/1")},
                    {QStringLiteral("chainIntact"), m_log.verify().intact},
                    {QStringLiteral("entries"), array}};
    return writeAtomically(path, QJsonDocument(doc).toJson(QJsonDocument::Indented));
}

} // namespace sic
