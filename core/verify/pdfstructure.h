#pragma once

#include "base/error.h"
#include "crypto/digest.h"
#include "pdf/reader.h"

#include <QList>
#include <QString>

namespace sic::verify {

// One signature dictionary of a PDF as found through the AcroForm fields of the newest revision.
struct PdfSignatureField
{
    QString fieldName;
    pdf::Object dict; // the signature dictionary (/V), resolved
    int objectNumber = 0;
    QByteArray subFilter;
    bool isDocTimestamp = false;
    QList<qint64> byteRange;  // as written
    QByteArray contents;      // decoded /Contents
    QString problem;          // a ByteRange/Contents defect (FORMAT_FAILURE), translated; empty if fine
    qint64 signedEnd = 0;     // end of the covered bytes
    int docMdpPermission = 0; // P of a certification signature's DocMDP transform, 0 when none
    bool timestampInSignatureDictionary = false; // ETSI.RFC3161 under /Type /Sig: not used
};

// The byte offsets just after each "%%EOF" marker (and its end-of-line): where revisions end.
Result<QList<qint64>> revisionEnds(const QString &path);

// Every signature field with a value, in the order of the bytes they cover.
Result<QList<PdfSignatureField>> findSignatureFields(pdf::Reader &reader);

// ByteRange checks: 4 non-negative numbers, starting at 0, the hole exactly the /Contents hex
// string, ending at a revision end, within the file, not overlapping the hole of an earlier signature.
void checkByteRanges(const QString &path, QList<PdfSignatureField> &fields, qint64 fileSize,
                     const QList<qint64> &revisionEnds);

QList<ByteRange> coveredRanges(const PdfSignatureField &field);

} // namespace sic::verify
