#include "desktopopen.h"

#include <QDesktopServices>
#include <QFileInfo>

namespace sic::ui {

std::optional<Error> openWithDesktop(const QUrl &url)
{
    if (url.isEmpty())
        return Error{QStringLiteral("ui.open_nothing"), Tr::tr("There is nothing to open."), QString()};
    const QString path = url.isLocalFile() ? url.toLocalFile() : QString();
    if (url.isLocalFile() && !QFileInfo::exists(path))
        return Error{
            QStringLiteral("ui.open_missing"),
            Tr::tr("%1 is no longer there: it was moved or deleted.").arg(QFileInfo(path).fileName()), path};
    if (!QDesktopServices::openUrl(url))
        return Error{QStringLiteral("ui.open_failed"),
                     Tr::tr("No application on this computer opened %1. Open it from its folder: %2")
                         .arg(QFileInfo(path).fileName(), QFileInfo(path).absolutePath()),
                     url.toString()};
    return std::nullopt;
}

} // namespace sic::ui
