#include "journal/hashchainlog.h"

#include "crypto/hashalgorithm.h"

#include <QFile>
#include <QJsonDocument>
#include <QLockFile>

#include <unistd.h>

namespace sic {

namespace {

const QString kSeq = QStringLiteral("seq");
const QString kPrev = QStringLiteral("prev");
const QString kHash = QStringLiteral("hash");

// The last non-empty line, read backwards in small blocks so that a long log costs no memory.
QByteArray lastLine(QFile &file)
{
    const qint64 size = file.size();
    QByteArray tail;
    qint64 pos = size;
    while (pos > 0) {
        const qint64 n = std::min<qint64>(4096, pos);
        pos -= n;
        file.seek(pos);
        tail.prepend(file.read(n));
        const QByteArray trimmed = tail.trimmed();
        const qsizetype nl = trimmed.lastIndexOf('\n');
        if (nl >= 0)
            return trimmed.mid(nl + 1);
    }
    return tail.trimmed();
}

} // namespace

QString HashChainLog::hashOf(QJsonObject record)
{
    record.remove(kHash);
    const QByteArray canonical = QJsonDocument(record).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(digestBytes(HashAlgorithm::Sha256, canonical).toHex());
}

Result<QJsonObject> HashChainLog::append(QJsonObject record) const
{
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(10000))
        return fail(QStringLiteral("journal.locked"), Tr::tr("The history is in use by another program."),
                    m_path + QStringLiteral(".lock"));

    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append))
        return fail(QStringLiteral("journal.write_failed"), Tr::tr("The history could not be written."),
                    m_path + QStringLiteral(": ") + file.errorString());

    qint64 seq = 1;
    QString prev;
    if (file.size() > 0) {
        const QJsonObject last = QJsonDocument::fromJson(lastLine(file)).object();
        if (last.isEmpty() || !last.contains(kHash))
            return fail(QStringLiteral("journal.corrupt"),
                        Tr::tr("The history file is damaged; nothing was added to it."), m_path);
        seq = last.value(kSeq).toInteger() + 1;
        prev = last.value(kHash).toString();
    }
    record.insert(kSeq, seq);
    record.insert(kPrev, prev);
    record.insert(kHash, hashOf(record));

    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    file.seek(file.size());
    if (file.write(line) != line.size() || !file.flush() || ::fsync(file.handle()) != 0)
        return fail(QStringLiteral("journal.write_failed"), Tr::tr("The history could not be written."),
                    m_path + QStringLiteral(": ") + file.errorString());
    return record;
}

HashChainLog::Check HashChainLog::verify() const
{
    Check check;
    QFile file(m_path);
    if (!file.exists()) {
        check.intact = true;
        return check;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        check.reason = QStringLiteral("cannot open: ") + file.errorString();
        check.firstBrokenLine = 1;
        return check;
    }
    QString prev;
    qint64 expectedSeq = 1;
    int lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++lineNo;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError err;
        const QJsonObject record = QJsonDocument::fromJson(line, &err).object();
        auto broken = [&](QString why) {
            check.firstBrokenLine = lineNo;
            check.reason = std::move(why);
            return check;
        };
        if (err.error != QJsonParseError::NoError || record.isEmpty())
            return broken(QStringLiteral("not a JSON object"));
        if (record.value(kSeq).toInteger() != expectedSeq)
            return broken(QStringLiteral("sequence number %1, expected %2")
                              .arg(record.value(kSeq).toInteger())
                              .arg(expectedSeq));
        if (record.value(kPrev).toString() != prev)
            return broken(QStringLiteral("does not chain to the previous record"));
        if (record.value(kHash).toString() != hashOf(record))
            return broken(QStringLiteral("content does not match its hash (edited)"));
        prev = record.value(kHash).toString();
        ++expectedSeq;
        ++check.records;
    }
    check.intact = true;
    return check;
}

Result<QList<QJsonObject>> HashChainLog::readAll() const
{
    QList<QJsonObject> records;
    QFile file(m_path);
    if (!file.exists())
        return records;
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("journal.read_failed"), Tr::tr("The history could not be read."),
                    m_path + QStringLiteral(": ") + file.errorString());
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            records << QJsonDocument::fromJson(line).object();
    }
    return records;
}

} // namespace sic
