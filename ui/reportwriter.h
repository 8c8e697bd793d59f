#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QString>

namespace sic::ui {

// Writes bytes to path all at once or not at all (QSaveFile): a report is never left half written.
Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes);

// Lays out an HTML report on A4 pages and writes it as PDF with Qt's own PDF writer, atomically.
// Runs on the GUI thread (QTextDocument lays out with the application's fonts).
Result<void> writePdfReport(const QString &path, const QString &html, const QString &title);

} // namespace sic::ui
