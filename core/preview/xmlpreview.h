#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QString>

namespace sic::preview {

struct XmlPreviewLimits
{
    // Larger files are not parsed for display (their metadata is still shown).
    qint64 maxInputBytes = 32ll * 1024 * 1024;
    // The text shown is cut after this many characters, at a line end.
    qsizetype maxChars = 512 * 1024;
};

struct XmlText
{
    QString text;     // indented, one element per line, with the document's own XML declaration
    QString encoding; // as declared by the document ("Shift_JIS"), empty when not declared
    bool truncated = false;
    qsizetype totalChars = 0; // of the whole formatted text, before any cut
};

// Formats untrusted XML for reading. Parsing goes through core/xml's hardened parser (no network,
// no DTD, no entities: XXE and entity bombs are refused); the source encoding is honoured and the
// result is Unicode. Whitespace between elements is re-indented unless xml:space="preserve" asks
// otherwise; text content is shown as it is. Error codes: "preview.xml_too_large",
// "preview.xml_refused" (entities or an external DTD), "preview.xml_malformed", "preview.xml_unreadable".
Result<XmlText> formatXml(const QByteArray &bytes, const XmlPreviewLimits &limits = {});
Result<XmlText> formatXmlFile(const QString &path, const XmlPreviewLimits &limits = {});

} // namespace sic::preview
