#pragma once

#include <QDateTime>
#include <QString>

namespace sic::preview {

// What can be said about any file without interpreting it: shown for files that are neither PDF
// nor XML, and next to every preview. The SHA-256 comes from the documents list, which already
// hashed the file off the GUI thread.
struct FileMetadata
{
    QString name;
    QString path;
    qint64 bytes = -1;   // -1 when the file is gone
    QString mimeType;    // e.g. "application/pdf"
    QString mimeComment; // a readable name for the type, in the UI language when Qt knows it
    QDateTime modified;
    bool exists = false;
};

FileMetadata fileMetadata(const QString &path);

// "pdf", "xml" or "other", from the MIME type.
QString previewKind(const QString &mimeType);

} // namespace sic::preview
