#include "cms/der.h"

#include <algorithm>

namespace sic::der {

QByteArray tlv(unsigned char tag, const QByteArray &content)
{
    QByteArray out(1, char(tag));
    const qsizetype len = content.size();
    if (len < 0x80) {
        out += char(len);
    } else {
        QByteArray bytes;
        for (qsizetype l = len; l > 0; l >>= 8)
            bytes.prepend(char(l & 0xFF));
        out += char(0x80 | bytes.size());
        out += bytes;
    }
    return out + content;
}

QByteArray sequence(const QList<QByteArray> &items)
{
    QByteArray content;
    for (const auto &i : items)
        content += i;
    return tlv(0x30, content);
}

QByteArray setOf(QList<QByteArray> items)
{
    std::sort(items.begin(), items.end(), [](const QByteArray &a, const QByteArray &b) {
        const qsizetype n = std::min(a.size(), b.size());
        for (qsizetype i = 0; i < n; ++i) {
            if (a[i] != b[i])
                return uchar(a[i]) < uchar(b[i]);
        }
        return a.size() < b.size();
    });
    QByteArray content;
    for (const auto &i : items)
        content += i;
    return tlv(0x31, content);
}

QByteArray oid(const char *dotted)
{
    const QList<QByteArray> parts = QByteArray(dotted).split('.');
    QByteArray content;
    QList<quint64> arcs;
    for (const auto &p : parts)
        arcs << p.toULongLong();
    if (arcs.size() < 2)
        return {};
    arcs[1] += arcs[0] * 40;
    for (qsizetype i = 1; i < arcs.size(); ++i) {
        QByteArray enc;
        quint64 v = arcs[i];
        enc.prepend(char(v & 0x7F));
        for (v >>= 7; v > 0; v >>= 7)
            enc.prepend(char(0x80 | (v & 0x7F)));
        content += enc;
    }
    return tlv(0x06, content);
}

QByteArray integer(qint64 v)
{
    QByteArray content;
    do {
        content.prepend(char(v & 0xFF));
        v >>= 8;
    } while (v != 0 && v != -1);
    if (v == 0 && (uchar(content[0]) & 0x80))
        content.prepend('\0');
    return tlv(0x02, content);
}

QByteArray octetString(const QByteArray &bytes)
{
    return tlv(0x04, bytes);
}

QByteArray null()
{
    return QByteArray("\x05\x00", 2);
}

QByteArray algorithm(const char *dotted, const QByteArray &params)
{
    return sequence({oid(dotted), params});
}

QByteArray context(int n, const QByteArray &content)
{
    return tlv(static_cast<unsigned char>(0xA0 | n), content);
}

} // namespace sic::der
