#include "verify/verifier.h"

#include "verify/cadesverifier.h"
#include "verify/pdfverifier.h"
#include "verify/xmlverifier.h"

#include "base/regularfile.h"

#include <QFile>
#include <QFileInfo>

namespace sic::verify {
namespace {

constexpr qint64 kMaxInMemory = 256ll * 1024 * 1024;

enum class Kind
{
    Xml,
    Pdf,
    Cms,
    Unknown
};

Kind sniff(const QByteArray &head)
{
    QByteArray h = head;
    if (h.startsWith("\xEF\xBB\xBF"))
        h = h.mid(3);
    h = h.trimmed();
    if (h.startsWith("%PDF-") || head.left(1024).contains("%PDF-"))
        return Kind::Pdf;
    if (h.startsWith('<'))
        return Kind::Xml;
    if (!head.isEmpty() && quint8(head.at(0)) == 0x30)
        return Kind::Cms;
    if (h.startsWith("-----BEGIN"))
        return Kind::Cms;
    return Kind::Unknown;
}

} // namespace

FileReport verifyFile(const QString &path, const VerifyOptions &options)
{
    FileReport report;
    report.path = path;
    const QFileInfo fi(path);
    if (auto regular = requireRegularFile(path); !regular) {
        report.error = regular.error();
        return report;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        report.error =
            Error{QStringLiteral("io.unreadable"), Tr::tr("The file cannot be read."), f.errorString()};
        return report;
    }
    // Only the head decides the format; a PDF is then read by the streaming reader, so a large
    // PDF costs no more memory than a small one. XML and CMS are parsed in memory, within a cap.
    const QByteArray head = f.read(4096);
    if (head.isEmpty()) {
        report.error = Error{QStringLiteral("io.empty"), Tr::tr("The file is empty."), path};
        return report;
    }
    const Kind kind = sniff(head);
    if (kind == Kind::Pdf)
        return verifyPdf(path, options.context);
    if (f.size() > kMaxInMemory) {
        report.error = Error{QStringLiteral("io.too_large"), Tr::tr("The file is too large to be verified."),
                             QStringLiteral("%1 bytes").arg(f.size())};
        return report;
    }
    f.seek(0);
    const QByteArray bytes = f.readAll();
    DetachedData detached;
    detached.baseDir = fi.absolutePath();
    for (const QString &d : options.dataFiles)
        detached.files.insert(QFileInfo(d).fileName(), d);

    switch (kind) {
    case Kind::Xml:
        return verifyXml(path, bytes, options.context, detached);
    case Kind::Cms:
        return verifyCms(path, bytes, options.context, options.dataFiles);
    case Kind::Pdf:
    case Kind::Unknown:
        break;
    }
    report.error = Error{QStringLiteral("verify.unknown_format"),
                         Tr::tr("The file is not a PDF, an XML document or a CMS signature."), path};
    return report;
}

} // namespace sic::verify
