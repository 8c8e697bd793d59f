#include "sign/outputfile.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <filesystem>

#ifdef Q_OS_WIN
#include <io.h>
#else
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

} // namespace

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
    std::unique_ptr<PreparedFile> pf(new PreparedFile);
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString name = QStringLiteral(".%1.%2.sic-prepared")
                                 .arg(fi.fileName())
                                 .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
        pf->m_file.setFileName(fi.absoluteDir().filePath(name));
        if (pf->m_file.open(QIODevice::ReadWrite | QIODevice::NewOnly))
            return pf;
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
    std::error_code ec;
    std::filesystem::rename(m_file.fileName().toStdU16String(), output.toStdU16String(), ec);
    if (ec)
        return writeFailed(output + QStringLiteral(": ") + QString::fromStdString(ec.message()));
    m_done = true;
    return {};
}

} // namespace sic::sign
