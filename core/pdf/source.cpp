#include "pdf/source.h"

#include "base/budget.h"
#include "base/regularfile.h"

namespace sic::pdf {

Source::Source(QByteArray memory) : m_memory(true), m_size(memory.size()), m_win(std::move(memory)) {}

Result<void> Source::open(const QString &path, qint64 limit)
{
    if (auto regular = requireRegularFile(path); !regular)
        return regular;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("io.open_failed"),
                    Tr::tr("The file could not be opened. Check that it exists and that you may read it."),
                    path + QStringLiteral(": ") + m_file.errorString());
    m_size = limit >= 0 ? std::min(limit, m_file.size()) : m_file.size();
    m_winStart = 0;
    m_win.clear();
    return {};
}

void Source::fill(qint64 pos)
{
    if (m_memory || pos < 0 || pos >= m_size)
        return;
    // Start a little before pos: the lexer sometimes steps back over a token.
    const qint64 start = std::max<qint64>(0, pos - 512);
    if (!m_file.seek(start)) {
        m_win.clear();
        return;
    }
    m_win = m_file.read(std::min(kWindow, m_size - start));
    m_winStart = start;
}

Result<QByteArray> Source::read(qint64 pos, qint64 len)
{
    if (!rangeWithin(pos, len, m_size))
        return fail(QStringLiteral("pdf.malformed"),
                    Tr::tr("The PDF file is damaged or truncated and cannot be signed."),
                    QStringLiteral("read of %1 bytes at %2 is outside the file (%3 bytes)")
                        .arg(len)
                        .arg(pos)
                        .arg(m_size));
    if (m_memory)
        return m_win.mid(pos, len);
    if (!m_file.seek(pos))
        return fail(QStringLiteral("io.read_failed"), Tr::tr("The file could not be read."),
                    m_file.errorString());
    QByteArray data = m_file.read(len);
    if (data.size() != len)
        return fail(QStringLiteral("io.read_failed"), Tr::tr("The file could not be read."),
                    m_file.errorString());
    return data;
}

} // namespace sic::pdf
