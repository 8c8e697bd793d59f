#pragma once

#include "base/error.h"

#include <QString>

namespace sic {

// Only regular files are read as documents: a device (/dev/zero) is read without end, a FIFO
// blocks the reader forever, a folder is not a document. The check follows symbolic links, as the
// open that comes after it does.
Result<void> requireRegularFile(const QString &path);

// path (after resolving symbolic links and "..") lies inside folder: what a signature file may
// name as its detached content.
bool isInsideFolder(const QString &path, const QString &folder);

} // namespace sic
