#include "audit.h"

#include "util.h"

#include <QFile>
#include <QJsonDocument>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace rssp {

QString Audit::recordHash(QJsonObject record)
{
    record.remove(QStringLiteral("hash"));
    return QString::fromLatin1(sha256(compactJson(record)).toHex());
}

namespace {
// Last non-empty line of the file (records are small; the tail window is generous).
QByteArray lastLine(int fd)
{
    const off_t size = lseek(fd, 0, SEEK_END);
    const off_t from = size > 65536 ? size - 65536 : 0;
    QByteArray buf(qsizetype(size - from), '\0');
    if (pread(fd, buf.data(), size_t(buf.size()), from) != ssize_t(buf.size()))
        return {};
    const QList<QByteArray> lines = buf.trimmed().split('\n');
    return lines.isEmpty() ? QByteArray() : lines.last();
}
} // namespace

bool Audit::append(const QDateTime &time, const QString &type, const QString &actor, const QString &outcome,
                   const QJsonObject &detail)
{
    const int fd =
        ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    flock(fd, LOCK_EX);
    qint64 seq = 1;
    QString prev;
    if (const QByteArray last = lastLine(fd); !last.isEmpty()) {
        bool ok = false;
        const QJsonObject o = parseJsonObject(last, &ok);
        seq = o.value(QStringLiteral("seq")).toInteger() + 1;
        prev = o.value(QStringLiteral("hash")).toString();
    }
    QJsonObject rec{{QStringLiteral("seq"), seq},         {QStringLiteral("time"), isoTime(time)},
                    {QStringLiteral("type"), type},       {QStringLiteral("actor"), actor},
                    {QStringLiteral("outcome"), outcome}, {QStringLiteral("detail"), detail},
                    {QStringLiteral("prev"), prev}};
    rec.insert(QStringLiteral("hash"), recordHash(rec));
    const QByteArray line = compactJson(rec) + '\n';
    const bool ok = ::write(fd, line.constData(), size_t(line.size())) == ssize_t(line.size());
    flock(fd, LOCK_UN);
    ::close(fd);
    return ok;
}

Audit::Check Audit::verify(const QString &path)
{
    Check c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        c.reason = QStringLiteral("cannot open %1").arg(path);
        return c;
    }
    QString prev;
    qint64 expectSeq = 1;
    int lineNo = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        bool ok = false;
        const QJsonObject o = parseJsonObject(line, &ok);
        QString why;
        if (!ok)
            why = QStringLiteral("not a JSON object");
        else if (o.value(QStringLiteral("seq")).toInteger() != expectSeq)
            why = QStringLiteral("sequence number %1, expected %2")
                      .arg(o.value(QStringLiteral("seq")).toInteger())
                      .arg(expectSeq);
        else if (o.value(QStringLiteral("prev")).toString() != prev)
            why = QStringLiteral("prev does not match the previous record's hash");
        else if (o.value(QStringLiteral("hash")).toString() != recordHash(o))
            why = QStringLiteral("hash does not match the record's content");
        if (!why.isEmpty()) {
            c.brokenLine = lineNo;
            c.reason = QStringLiteral("record %1 (line %2): %3").arg(expectSeq).arg(lineNo).arg(why);
            return c;
        }
        prev = o.value(QStringLiteral("hash")).toString();
        ++expectSeq;
        ++c.records;
    }
    c.ok = true;
    return c;
}

} // namespace rssp
