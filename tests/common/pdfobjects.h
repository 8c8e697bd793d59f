#pragma once

#include <QByteArray>
#include <QList>

namespace sic::test {

// A classic PDF from its objects (objects[i] is object i+1, object 1 the catalog), with a correct
// cross-reference table. Header-only so that any test target can write PDFs.
inline QByteArray pdfFromObjects(const QList<QByteArray> &objects)
{
    QByteArray pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
    QList<qint64> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qint64 xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f\r\n";
    for (qint64 off : offsets)
        pdf += QByteArray::number(off).rightJustified(10, '0') + " 00000 n\r\n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace sic::test
