#pragma once

#include <QString>

namespace sic {

// Text that came from a document, a certificate or a file name (paths, names, reasons), made safe
// for one line of terminal or log output: control characters (C0, DEL, C1), line and paragraph
// separators and the bidirectional controls are written as \n, \r, \t, \xNN or \u{NNNN}, so that
// a name cannot begin a line of its own ("Valid (TOTAL_PASSED)"), move the cursor or reorder what
// follows it. A backslash is doubled, so the escaping cannot be forged either.
QString printableLine(const QString &text);

// A CSV cell's value that a spreadsheet will not run as a formula (OWASP "CSV injection"): a
// value beginning with =, +, -, @, tab or carriage return gets a leading apostrophe.
QString csvSafe(const QString &value);

} // namespace sic
