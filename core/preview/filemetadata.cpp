#include "preview/filemetadata.h"

#include <QFileInfo>
#include <QMimeDatabase>

namespace sic::preview {

FileMetadata fileMetadata(const QString &path)
{
    const QFileInfo info(path);
    FileMetadata m;
    m.path = path;
    m.name = info.fileName();
    m.exists = info.isFile();
    if (!m.exists)
        return m;
    m.bytes = info.size();
    m.modified = info.lastModified();
    const QMimeType type = QMimeDatabase().mimeTypeForFile(info);
    m.mimeType = type.name();
    m.mimeComment = type.comment();
    return m;
}

QString previewKind(const QString &mimeType)
{
    if (mimeType == QLatin1String("application/pdf"))
        return QStringLiteral("pdf");
    if (mimeType.endsWith(QLatin1String("xml")))
        return QStringLiteral("xml");
    return QStringLiteral("other");
}

} // namespace sic::preview
