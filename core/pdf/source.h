#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QFile>

namespace sic::pdf {

// Random access to the bytes of a PDF through a small sliding window, so that a reader of a
// multi-gigabyte file only ever holds a few dozen kilobytes. Also wraps an in-memory buffer
// (decoded object streams) behind the same interface.
class Source
{
public:
    Source() = default;
    explicit Source(QByteArray memory);
    // With limit >= 0 the file is seen as if it ended there (an earlier revision of it).
    Result<void> open(const QString &path, qint64 limit = -1);

    qint64 size() const { return m_size; }
    // The byte at pos, or -1 past the end (or on a read error).
    int at(qint64 pos)
    {
        if (pos < m_winStart || pos >= m_winStart + m_win.size())
            fill(pos);
        if (pos < m_winStart || pos >= m_winStart + m_win.size())
            return -1;
        // constData(): operator[] would detach a window shared with a cached decoded stream and
        // copy all of it for every byte read.
        return static_cast<unsigned char>(m_win.constData()[pos - m_winStart]);
    }
    // Exactly len bytes from pos, or an error (bounded by the caller).
    Result<QByteArray> read(qint64 pos, qint64 len);

private:
    void fill(qint64 pos);

    QFile m_file;
    bool m_memory = false;
    qint64 m_size = 0;
    qint64 m_winStart = 0;
    QByteArray m_win;

    static constexpr qint64 kWindow = 64 * 1024;
};

} // namespace sic::pdf
