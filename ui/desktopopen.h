#pragma once

#include "base/error.h"

#include <QUrl>

#include <optional>

namespace sic::ui {

// Opens a local file or folder with the desktop's default application (a document viewer, the file
// manager, the browser for an HTML report). When that cannot happen, the error says why in the UI
// language, so that a button never does nothing: the file is gone, or no application took it.
std::optional<Error> openWithDesktop(const QUrl &url);

} // namespace sic::ui
