#include "reportwriter.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace sic::ui {

namespace {

Result<void> cannotWrite(const QString &path, const QString &detail)
{
    return fail(QStringLiteral("io.write_failed"),
                Tr::tr("The report could not be saved to %1. Choose another folder and try again.").arg(path),
                detail);
}

} // namespace

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

Result<void> writePdfReport(const QString &path, const QString &html, const QString &title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("sic"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    } // the writer finishes the PDF when it goes away
    if (file.error() != QFileDevice::NoError || !file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

} // namespace sic::ui
