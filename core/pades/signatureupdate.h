#pragma once

#include "base/error.h"
#include "crypto/digest.h"
#include "pades/padesoptions.h"
#include "pdf/reader.h"

#include <QDateTime>
#include <QFile>

namespace sic::pades {

struct PreparedLayout
{
    qint64 contentsStart = 0; // offset of '<' of the /Contents hex string
    qint64 contentsEnd = 0;   // offset just past its '>'
    qint64 fileSize = 0;
    QList<ByteRange> ranges; // everything except [contentsStart, contentsEnd)
};

// PDF date string D:YYYYMMDDHHmmSS+hh'mm'.
QByteArray pdfDate(const QDateTime &t);

// Streams the input into out and appends one incremental update that adds an invisible
// signature field (widget on page 1, /F 132), registers it in the AcroForm (creating one if
// needed, /SigFlags 3) and carries the signature dictionary with a zero-filled /Contents of
// contentsBytes bytes. The /ByteRange is patched in place before returning.
Result<PreparedLayout> writeSignatureUpdate(pdf::Reader &reader, const PadesOptions &options,
                                            const QDateTime &now, qint64 contentsBytes, QFile &out);

} // namespace sic::pades
