#include "pdf/flate.h"
#include "pdf/parser.h"

#include <zlib.h>

#include <cstdlib>

namespace sic::pdf {

Result<QByteArray> inflate(const QByteArray &data, qint64 maxOutput)
{
    z_stream zs{};
    if (inflateInit(&zs) != Z_OK)
        return malformed(QStringLiteral("zlib init failed"));
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    QByteArray out;
    char buf[16384];
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef *>(buf);
        zs.avail_out = sizeof buf;
        rc = ::inflate(&zs, Z_NO_FLUSH);
        out.append(buf, qsizetype(sizeof buf - zs.avail_out));
        if (out.size() > maxOutput) {
            inflateEnd(&zs);
            return malformed(QStringLiteral("compressed stream expands beyond %1 bytes").arg(maxOutput));
        }
        if (rc == Z_BUF_ERROR && zs.avail_in == 0)
            break; // truncated but usable data: many writers omit the final block check
    }
    inflateEnd(&zs);
    if (rc != Z_STREAM_END && rc != Z_BUF_ERROR)
        return malformed(QStringLiteral("zlib error %1").arg(rc));
    return out;
}

QByteArray deflate(const QByteArray &data)
{
    uLongf len = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(len), Qt::Uninitialized);
    compress2(reinterpret_cast<Bytef *>(out.data()), &len, reinterpret_cast<const Bytef *>(data.constData()),
              uLong(data.size()), Z_BEST_COMPRESSION);
    out.resize(qsizetype(len));
    return out;
}

namespace {

Result<QByteArray> unpredict(const QByteArray &in, const Object &parms)
{
    const qint64 predictor = parms.get("Predictor").isInt() ? parms.get("Predictor").integer : 1;
    if (predictor == 1)
        return in;
    if (predictor < 10)
        return malformed(QStringLiteral("unsupported predictor %1").arg(predictor));
    const qint64 colors = parms.get("Colors").isInt() ? parms.get("Colors").integer : 1;
    const qint64 bpc = parms.get("BitsPerComponent").isInt() ? parms.get("BitsPerComponent").integer : 8;
    const qint64 columns = parms.get("Columns").isInt() ? parms.get("Columns").integer : 1;
    if (colors < 1 || colors > 32 || bpc < 1 || bpc > 16 || columns < 1 || columns > 1 << 20)
        return malformed(QStringLiteral("bad predictor parameters"));
    const qsizetype bpp = qsizetype(std::max<qint64>(1, (colors * bpc + 7) / 8));
    const qsizetype rowLen = qsizetype((colors * bpc * columns + 7) / 8);
    QByteArray out;
    QByteArray prev(rowLen, 0);
    for (qsizetype pos = 0; pos + 1 + rowLen <= in.size(); pos += rowLen + 1) {
        const int type = uchar(in[pos]);
        QByteArray row = in.mid(pos + 1, rowLen);
        for (qsizetype i = 0; i < rowLen; ++i) {
            const int a = i >= bpp ? uchar(row[i - bpp]) : 0;
            const int b = uchar(prev[i]);
            const int c = i >= bpp ? uchar(prev[i - bpp]) : 0;
            int v = uchar(row[i]);
            switch (type) {
            case 0:
                break;
            case 1:
                v += a;
                break;
            case 2:
                v += b;
                break;
            case 3:
                v += (a + b) / 2;
                break;
            case 4: {
                const int p = a + b - c;
                const int pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
                v += (pa <= pb && pa <= pc) ? a : (pb <= pc ? b : c);
                break;
            }
            default:
                return malformed(QStringLiteral("bad PNG predictor row type %1").arg(type));
            }
            row[i] = char(v & 0xFF);
        }
        out += row;
        prev = row;
    }
    return out;
}

} // namespace

Result<QByteArray> decodeStream(const Object &dict, const QByteArray &raw, qint64 maxOutput)
{
    Object filter = dict.get("Filter");
    Object parms = dict.get("DecodeParms");
    if (filter.isArray()) {
        if (filter.array.size() > 1)
            return malformed(QStringLiteral("stream filter chains are not supported here"));
        filter = filter.array.empty() ? Object() : filter.array[0];
        parms = parms.isArray() && !parms.array.empty() ? parms.array[0] : Object();
    }
    if (filter.isNull())
        return raw;
    if (!filter.isName("FlateDecode"))
        return malformed(
            QStringLiteral("unsupported stream filter /%1").arg(QString::fromLatin1(filter.bytes)));
    auto data = inflate(raw, maxOutput);
    if (!data || !parms.isDict())
        return data;
    return unpredict(*data, parms);
}

} // namespace sic::pdf
