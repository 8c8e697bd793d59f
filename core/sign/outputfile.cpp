#include "sign/outputfile.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <array>
#include <atomic>
#include <cstring>
#include <filesystem>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace sic::sign {

std::unexpected<Error> writeFailed(const QString &detail)
{
    return fail(QStringLiteral("io.write_failed"),
                Tr::tr("The signed file could not be written. Check free disk space and write permission."),
                detail);
}

namespace {

QString canonicalTarget(const QString &path)
{
    const QFileInfo fi(path);
    if (fi.exists())
        return fi.canonicalFilePath();
    const QString dir = QFileInfo(fi.absolutePath()).canonicalFilePath();
    return dir.isEmpty() ? QString() : dir + u'/' + fi.fileName();
}

#ifndef Q_OS_WIN
// Prepared files being written, for the SIGINT/SIGTERM handler: fixed buffers and atomics only,
// since a signal handler may do nothing else (unlink is async-signal-safe).
struct Slot
{
    std::atomic<bool> used{false};
    std::atomic<bool> ready{false};
    char path[4096];
};
std::array<Slot, 64> g_slots;

extern "C" void removePreparedAndDie(int sig)
{
    for (Slot &s : g_slots) {
        if (s.ready.load())
            ::unlink(s.path);
    }
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

// Checked at each new prepared file (one sigaction query): a handler is added wherever the
// signal still has its default action, and an application's own handling is left alone.
void installHandler()
{
    for (int sig : {SIGINT, SIGTERM}) {
        struct sigaction old
        {};
        if (sigaction(sig, nullptr, &old) != 0 || old.sa_handler != SIG_DFL)
            continue; // the application has its own handling: leave it alone
        struct sigaction sa
        {};
        sa.sa_handler = removePreparedAndDie;
        sigemptyset(&sa.sa_mask);
        sigaction(sig, &sa, nullptr);
    }
}

int registerPath(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    if (native.size() >= qsizetype(sizeof(Slot::path)))
        return -1;
    installHandler();
    for (size_t i = 0; i < g_slots.size(); ++i) {
        bool expected = false;
        if (g_slots[i].used.compare_exchange_strong(expected, true)) {
            std::memcpy(g_slots[i].path, native.constData(), size_t(native.size()) + 1);
            g_slots[i].ready.store(true);
            return int(i);
        }
    }
    return -1;
}

void unregisterPath(int slot)
{
    if (slot < 0)
        return;
    g_slots[size_t(slot)].ready.store(false);
    g_slots[size_t(slot)].used.store(false);
}
#else
int registerPath(const QString &)
{
    return -1;
}
void unregisterPath(int) {}
#endif

} // namespace

int PreparedFile::removeStale(const QString &folder, const QDateTime &now)
{
    static const QRegularExpression ours(QStringLiteral("^\\..+\\.[0-9a-f]{16}\\.sic-prepared$"));
    int removed = 0;
    const QFileInfoList entries = QDir(folder).entryInfoList({QStringLiteral(".*.sic-prepared")},
                                                             QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &fi : entries) {
        if (!ours.match(fi.fileName()).hasMatch() || fi.isSymLink())
            continue;
#ifndef Q_OS_WIN
        if (fi.ownerId() != ::getuid())
            continue;
#endif
        if (fi.lastModified().secsTo(now) < kStaleAfterSeconds)
            continue;
        if (QFile::remove(fi.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

Result<void> checkOutputPath(const QString &input, const QString &output, bool overwrite)
{
    if (output.isEmpty())
        return fail(QStringLiteral("io.no_output"), Tr::tr("Choose where to save the signed document."));
    const QString in = QFileInfo(input).canonicalFilePath();
    const QString out = canonicalTarget(output);
    if (out.isEmpty())
        return fail(QStringLiteral("io.no_output_folder"),
                    Tr::tr("The folder for the signed document does not exist. Choose another folder."),
                    output);
    if (!in.isEmpty() && in == out)
        return fail(QStringLiteral("io.output_is_input"),
                    Tr::tr("The signed document cannot replace the original. Choose another file name."),
                    output);
    if (QFileInfo::exists(output) && !overwrite)
        return fail(
            QStringLiteral("io.output_exists"),
            Tr::tr("A file with the name of the signed document already exists. Choose another name or "
                   "allow replacing it."),
            output);
    return {};
}

Result<std::unique_ptr<PreparedFile>> PreparedFile::create(const QString &output)
{
    const QFileInfo fi(output);
    removeStale(fi.absolutePath(), QDateTime::currentDateTimeUtc());
    std::unique_ptr<PreparedFile> pf(new PreparedFile);
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString name = QStringLiteral(".%1.%2.sic-prepared")
                                 .arg(fi.fileName())
                                 .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
        pf->m_file.setFileName(fi.absoluteDir().filePath(name));
        if (pf->m_file.open(QIODevice::ReadWrite | QIODevice::NewOnly)) {
            pf->m_slot = registerPath(pf->m_file.fileName());
            return pf;
        }
    }
    return writeFailed(pf->m_file.fileName() + QStringLiteral(": ") + pf->m_file.errorString());
}

PreparedFile::~PreparedFile()
{
    discard();
}

void PreparedFile::discard()
{
    if (m_done)
        return;
    m_done = true;
    m_file.close();
    QFile::remove(m_file.fileName());
    unregisterPath(m_slot);
    m_slot = -1;
}

Result<void> PreparedFile::sync()
{
    if (!m_file.flush())
        return writeFailed(m_file.errorString());
#ifdef Q_OS_WIN
    const bool synced = _commit(m_file.handle()) == 0;
#else
    const bool synced = ::fsync(m_file.handle()) == 0;
#endif
    if (!synced)
        return writeFailed(QStringLiteral("fsync failed"));
    return {};
}

Result<void> PreparedFile::commit(const QString &output, bool overwrite)
{
    if (auto ok = sync(); !ok)
        return ok;
    m_file.close();
    if (!overwrite && QFileInfo::exists(output))
        return fail(
            QStringLiteral("io.output_exists"),
            Tr::tr("A file with the name of the signed document already exists. Choose another name or "
                   "allow replacing it."),
            output);
#ifdef Q_OS_LINUX
    // No check-then-rename window: the kernel refuses to replace a file that appeared meanwhile.
    if (!overwrite) {
        if (::renameat2(AT_FDCWD, QFile::encodeName(m_file.fileName()).constData(), AT_FDCWD,
                        QFile::encodeName(output).constData(), RENAME_NOREPLACE) == 0) {
            m_done = true;
            unregisterPath(m_slot);
            m_slot = -1;
            return {};
        }
        if (errno == EEXIST)
            return fail(QStringLiteral("io.output_exists"),
                        Tr::tr("A file with the name of the signed document already exists. Choose another "
                               "name or allow replacing it."),
                        output);
        if (errno != EINVAL && errno != ENOSYS)
            return writeFailed(output + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno)));
        // A file system without RENAME_NOREPLACE: the checked rename below.
    }
#endif
    std::error_code ec;
    std::filesystem::rename(m_file.fileName().toStdU16String(), output.toStdU16String(), ec);
    if (ec)
        return writeFailed(output + QStringLiteral(": ") + QString::fromStdString(ec.message()));
    m_done = true;
    unregisterPath(m_slot);
    m_slot = -1;
    return {};
}

} // namespace sic::sign
