#pragma once

#include "pdfobjects.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// A small, valid PDF written at test time: one page per entry of `pages`, each with its lines of
// text in Helvetica (ASCII only), on a page of widthPt x heightPt points. The first line is large
// (a title at 36 pt, its baseline 50 pt below the top edge, starting 20 pt from the left), the rest
// 12 pt, so that tests know where ink must be.
namespace sic::test {

inline QByteArray samplePdf(const QList<QStringList> &pages, int widthPt = 300, int heightPt = 200)
{
    QList<QByteArray> objects; // objects[i] is object i+1
    const int n = int(pages.size());
    const int fontObj = 3 + 2 * n;
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    QByteArray kids;
    for (int i = 0; i < n; ++i)
        kids += QByteArray::number(3 + 2 * i) + " 0 R ";
    objects << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(n) + " >>";
    for (int i = 0; i < n; ++i) {
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(widthPt) + ' ' +
                       QByteArray::number(heightPt) + "] /Contents " + QByteArray::number(4 + 2 * i) +
                       " 0 R /Resources << /Font << /F1 " + QByteArray::number(fontObj) + " 0 R >> >> >>";
        QByteArray stream = "BT /F1 36 Tf 20 " + QByteArray::number(heightPt - 50) + " Td ";
        const QStringList &lines = pages[i];
        for (int l = 0; l < lines.size(); ++l) {
            QByteArray text = lines[l].toLatin1();
            text.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
            if (l == 1)
                stream += "/F1 12 Tf 0 -30 Td ";
            else if (l > 1)
                stream += "0 -16 Td ";
            stream += '(' + text + ") Tj ";
        }
        stream += "ET";
        objects << "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream +
                       "\nendstream";
    }
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

    return pdfFromObjects(objects);
}

} // namespace sic::test
