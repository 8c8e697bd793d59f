#pragma once

// Builds small classic PDFs revision by revision, so that tests can damage the cross-reference
// chain the way real broken files do ("/Prev 0", a wrong startxref, a /Prev into nothing).
#include <QByteArray>
#include <QMap>

namespace sic::test {

struct Revision
{
    QMap<int, QByteArray> objects; // number -> body (between "N 0 obj" and "endobj")
    int size = 0;                  // trailer /Size
    int root = 1;
    QByteArray prev; // "" = no /Prev; otherwise the literal value ("0", "5", or an offset)
};

// Appends the revision (objects, xref table, trailer, startxref, %%EOF) to file; returns the
// offset of its "xref" keyword.
inline qint64 appendRevision(QByteArray &file, const Revision &r)
{
    if (file.isEmpty())
        file = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
    QMap<int, qint64> offsets;
    for (auto it = r.objects.cbegin(); it != r.objects.cend(); ++it) {
        offsets[it.key()] = file.size();
        file += QByteArray::number(it.key()) + " 0 obj\n" + it.value() + "\nendobj\n";
    }
    const qint64 xref = file.size();
    file += "xref\n";
    if (r.prev.isEmpty())
        file += "0 1\n0000000000 65535 f \n";
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it)
        file += QByteArray::number(it.key()) + " 1\n" +
                QByteArray::number(it.value()).rightJustified(10, '0') + " 00000 n \n";
    file +=
        "trailer\n<< /Size " + QByteArray::number(r.size) + " /Root " + QByteArray::number(r.root) + " 0 R";
    if (!r.prev.isEmpty())
        file += " /Prev " + r.prev;
    file += " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return xref;
}

} // namespace sic::test
