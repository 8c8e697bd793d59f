#include "preview/xmlpreview.h"

#include "xml/xmlparser.h"
#include "xml/xmlptr.h"

#include <QFile>
#include <QLocale>

#include <libxml/xmlsave.h>

namespace sic::preview {
namespace {

int closeSaveContext(xmlSaveCtxtPtr ctxt)
{
    return xmlSaveClose(ctxt);
}
using XmlBuffer = xml::Ptr<xmlBuffer, xmlBufferFree>;
using SaveContext = xml::Ptr<xmlSaveCtxt, closeSaveContext>;

bool isBlank(const xmlNode *node)
{
    return node->type == XML_TEXT_NODE && xmlIsBlankNode(const_cast<xmlNode *>(node));
}

// libxml2 only indents elements whose children are all elements, so the original indentation
// (whitespace-only text between elements) is dropped first. Mixed content and xml:space="preserve"
// keep every character. The parser caps depth, so recursion is bounded.
void dropIndentation(xmlNode *parent)
{
    bool hasElement = false;
    bool hasText = false;
    for (xmlNode *c = parent->children; c; c = c->next) {
        hasElement = hasElement || c->type == XML_ELEMENT_NODE;
        hasText = hasText || ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && !isBlank(c));
    }
    const bool preserve = xmlNodeGetSpacePreserve(parent) == 1;
    for (xmlNode *c = parent->children; c;) {
        xmlNode *next = c->next;
        if (hasElement && !hasText && !preserve && isBlank(c)) {
            xmlUnlinkNode(c);
            xmlFreeNode(c);
        } else if (c->type == XML_ELEMENT_NODE) {
            dropIndentation(c);
        }
        c = next;
    }
}

// libxml2 reports version "1.0" even for a document without a declaration, so the source
// bytes say whether there was one (in UTF-8 or an ASCII-compatible encoding, or UTF-16).
bool hasDeclaration(const QByteArray &bytes)
{
    QByteArrayView head(bytes);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    return head.startsWith("<?xml") || head.startsWith(QByteArrayView("<\0?\0x\0m\0l\0", 10)) ||
           head.startsWith(QByteArrayView("\0<\0?\0x\0m\0l", 10)) ||
           head.startsWith(QByteArrayView("\xFF\xFE<\0?\0x\0m\0l\0", 12)) ||
           head.startsWith(QByteArrayView("\xFE\xFF\0<\0?\0x\0m\0l", 12));
}

QString declarationOf(const xmlDoc *doc)
{
    if (!doc->version)
        return {};
    QString decl = QStringLiteral("<?xml version=\"%1\"")
                       .arg(QString::fromUtf8(reinterpret_cast<const char *>(doc->version)));
    if (doc->encoding)
        decl += QStringLiteral(" encoding=\"%1\"")
                    .arg(QString::fromUtf8(reinterpret_cast<const char *>(doc->encoding)));
    if (doc->standalone == 1)
        decl += QStringLiteral(" standalone=\"yes\"");
    return decl + QStringLiteral("?>\n");
}

Error refused(const Error &parserError)
{
    const QString &code = parserError.code;
    const QString detail = parserError.code + QStringLiteral(": ") +
                           (parserError.detail.isEmpty() ? parserError.message : parserError.detail);
    if (code == QLatin1String("xml.dtd_entities") || code == QLatin1String("xml.external_dtd"))
        return {
            QStringLiteral("preview.xml_refused"),
            Tr::tr("This XML document declares entities or refers to an external DTD, so it is not shown: "
                   "such documents can hide content or load data from elsewhere."),
            detail};
    if (code == QLatin1String("xml.too_large") || code == QLatin1String("xml.too_deep"))
        return {QStringLiteral("preview.xml_too_large"),
                Tr::tr("This XML document is too large or too deeply nested to be shown."), detail};
    return {QStringLiteral("preview.xml_malformed"),
            Tr::tr("This file is not well-formed XML, so it cannot be shown as XML."), detail};
}

} // namespace

Result<XmlText> formatXml(const QByteArray &bytes, const XmlPreviewLimits &limits)
{
    if (bytes.size() > limits.maxInputBytes)
        return fail(QStringLiteral("preview.xml_too_large"),
                    Tr::tr("This XML document is too large to be shown (%1; up to %2 can be shown).")
                        .arg(QLocale().formattedDataSize(bytes.size()),
                             QLocale().formattedDataSize(limits.maxInputBytes)));
    xml::ParseLimits parse;
    parse.maxBytes = limits.maxInputBytes;
    parse.keepCData = true; // shown as written
    auto doc = xml::parseUntrusted(bytes, parse);
    if (!doc)
        return std::unexpected(refused(doc.error()));

    dropIndentation(xmlDocGetRootElement(doc->get()));
    XmlBuffer buffer(xmlBufferCreate());
    SaveContext save(xmlSaveToBuffer(buffer.get(), "UTF-8", XML_SAVE_FORMAT | XML_SAVE_NO_DECL));
    if (!buffer || !save || xmlSaveDoc(save.get(), doc->get()) < 0)
        return fail(QStringLiteral("preview.xml_malformed"),
                    Tr::tr("This file is not well-formed XML, so it cannot be shown as XML."),
                    QStringLiteral("serialization failed"));
    save.reset(); // flushes into buffer

    XmlText out;
    if ((*doc)->encoding)
        out.encoding = QString::fromUtf8(reinterpret_cast<const char *>((*doc)->encoding));
    out.text = (hasDeclaration(bytes) ? declarationOf(doc->get()) : QString()) +
               QString::fromUtf8(reinterpret_cast<const char *>(xmlBufferContent(buffer.get())),
                                 xmlBufferLength(buffer.get()));
    out.totalChars = out.text.size();
    if (out.text.size() > limits.maxChars) {
        qsizetype cut = out.text.lastIndexOf(QLatin1Char('\n'), limits.maxChars - 1);
        out.text.truncate(cut > 0 ? cut + 1 : limits.maxChars);
        out.truncated = true;
    }
    return out;
}

Result<XmlText> formatXmlFile(const QString &path, const XmlPreviewLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("preview.xml_unreadable"),
                    Tr::tr("The file could not be opened. It may have been moved or deleted."),
                    path + QStringLiteral(": ") + file.errorString());
    if (file.size() > limits.maxInputBytes)
        return fail(QStringLiteral("preview.xml_too_large"),
                    Tr::tr("This XML document is too large to be shown (%1; up to %2 can be shown).")
                        .arg(QLocale().formattedDataSize(file.size()),
                             QLocale().formattedDataSize(limits.maxInputBytes)));
    return formatXml(file.readAll(), limits);
}

} // namespace sic::preview
