#include "base/regularfile.h"

#include <QDir>
#include <QFileInfo>

namespace sic {

Result<void> requireRegularFile(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return fail(QStringLiteral("io.not_found"), Tr::tr("The file does not exist."), path);
    if (fi.isDir())
        return fail(QStringLiteral("io.not_regular"), Tr::tr("This is a folder, not a file."), path);
    if (!fi.isFile())
        return fail(
            QStringLiteral("io.not_regular"),
            Tr::tr("This is not a regular file (it is a device, a pipe or a socket), so it is not read."),
            path);
    return {};
}

bool isInsideFolder(const QString &path, const QString &folder)
{
    const QString file = QFileInfo(path).canonicalFilePath();
    const QString dir = QFileInfo(folder).canonicalFilePath();
    if (file.isEmpty() || dir.isEmpty())
        return false;
    return file.startsWith(dir.endsWith(u'/') ? dir : dir + u'/');
}

} // namespace sic
