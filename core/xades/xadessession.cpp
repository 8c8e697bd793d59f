#include "xades/xadessession.h"

#include "base/regularfile.h"
#include "crypto/digest.h"
#include "crypto/ecdsa.h"
#include "crypto/ossl.h"
#include "sign/outputfile.h"
#include "xml/xmlcanon.h"
#include "xml/xmlparser.h"
#include "xml/xmlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QUrl>

#include <memory>

namespace sic::xades {

namespace {

constexpr qint64 kMaxXmlBytes = 256ll * 1024 * 1024;

xml::C14nMethod excC14n()
{
    return {xml::C14n::Exclusive10, false};
}

QString randomId()
{
    const quint64 r = QRandomGenerator::system()->generate64();
    return QStringLiteral("id-%1").arg(r, 16, 16, QLatin1Char('0'));
}

xmlNode *byId(xmlDoc *doc, const QString &id)
{
    const auto found = xml::elementsById(doc, id);
    return found.size() == 1 ? found.first() : nullptr;
}

void setText(xmlNode *node, const QByteArray &text)
{
    xmlNodeSetContent(node, reinterpret_cast<const xmlChar *>(text.constData()));
}

xmlNode *digestValueOf(xmlNode *reference)
{
    return xml::firstChild(reference, xml::kDsigNs, "DigestValue");
}

// The reference whose URI is "#id".
xmlNode *referenceTo(xmlNode *signedInfo, const QString &uri)
{
    for (xmlNode *ref : xml::children(signedInfo, xml::kDsigNs, "Reference")) {
        if (xml::attribute(ref, "URI") == uri)
            return ref;
    }
    return nullptr;
}

Result<QByteArray> readXml(const QString &path)
{
    QFile file(path);
    if (auto regular = requireRegularFile(path); !regular)
        return std::unexpected(regular.error());
    if (file.size() > kMaxXmlBytes)
        return sic::fail(
            QStringLiteral("xades.too_large"),
            Tr::tr("The XML document is too large to be signed enveloped; sign it detached instead."),
            QStringLiteral("%1: %2 bytes").arg(path).arg(file.size()));
    if (!file.open(QIODevice::ReadOnly))
        return sic::fail(QStringLiteral("io.open_failed"), Tr::tr("The file could not be opened."),
                         path + QStringLiteral(": ") + file.errorString());
    return file.readAll();
}

} // namespace

XadesSession::XadesSession(QString input, XadesOptions options, QObject *parent)
    : QObject(parent), m_input(std::move(input)), m_options(std::move(options)), m_guard(this)
{
    if (m_options.output.isEmpty())
        m_options.output = defaultOutput(m_input, m_options.packaging);
}

XadesSession::~XadesSession() = default;

QString XadesSession::defaultOutput(const QString &input, Packaging packaging)
{
    const QFileInfo info(input);
    switch (packaging) {
    case Packaging::Enveloped:
        return info.dir().filePath(info.completeBaseName() + QStringLiteral("-signed.") +
                                   (info.suffix().isEmpty() ? QStringLiteral("xml") : info.suffix()));
    case Packaging::Enveloping:
        return info.filePath() + QStringLiteral(".xades.xml");
    case Packaging::Detached:
        return info.filePath() + QStringLiteral(".xades-detached.xml");
    }
    return {};
}

Result<QList<QByteArray>> XadesSession::prepare(const SignerIdentity &signer)
{
    if (m_prepared)
        return sign::sessionUsed();
    const QFileInfo in(m_input);
    if (!in.exists() || in.isDir())
        return sic::fail(QStringLiteral("io.not_found"), Tr::tr("The file does not exist."), m_input);
    if (auto ok = sign::checkLevel(xadesFormat(), m_options.level, m_options.timestampSource); !ok)
        return std::unexpected(ok.error());
    if (auto ok = sign::checkOutputPath(m_input, m_options.output, m_options.overwrite); !ok)
        return std::unexpected(ok.error());
    if (!hashInfo(signer.scheme.hash).allowedForSigning)
        return sic::fail(QStringLiteral("sign.weak_hash"),
                         Tr::tr("The signature's digest algorithm is too weak."));

    m_signer = signer;
    if (auto built = buildTree(signer); !built)
        return std::unexpected(built.error());
    if (auto filled = fillDigests(); !filled)
        return std::unexpected(filled.error());
    // Looked up once here, on the preparing thread: each lookup walks the whole document.
    m_signatureValueNode = byId(m_doc.get(), m_ids.signatureValue);
    m_signedPropertiesNode = byId(m_doc.get(), m_ids.signedProperties);
    m_prepared = true;
    return QList<QByteArray>{m_signedInfoDigest};
}

Result<void> XadesSession::buildTree(const SignerIdentity &signer)
{
    SignatureParts parts;
    parts.packaging = m_options.packaging;
    parts.scheme = signer.scheme;
    parts.chain = signer.chain;
    parts.signingTime = (m_options.clock ? m_options.clock->now() : SystemClock::instance().now());
    parts.place = m_options.place;
    parts.claimedRoles = m_options.claimedRoles;
    parts.mimeType =
        m_options.mimeType.isEmpty() ? QMimeDatabase().mimeTypeForFile(m_input).name() : m_options.mimeType;

    if (m_options.packaging == Packaging::Enveloped) {
        auto bytes = readXml(m_input);
        if (!bytes)
            return std::unexpected(bytes.error());
        auto doc = xml::parseUntrusted(*bytes, {kMaxXmlBytes, 200, true});
        if (!doc)
            return sic::fail(QStringLiteral("xades.not_xml"),
                             Tr::tr("The document is not well-formed XML, so it cannot be signed enveloped."),
                             doc.error().message + QStringLiteral(" ") + doc.error().detail);
        m_doc = std::move(*doc);
        if (!xmlDocGetRootElement(m_doc.get()))
            return sic::fail(QStringLiteral("xades.not_xml"),
                             Tr::tr("The XML document has no root element."));
    } else {
        auto digest = digestFile(m_input, signer.scheme.hash);
        if (!digest)
            return std::unexpected(digest.error());
        parts.documentDigest = *digest;
        const QString rel = QDir(QFileInfo(m_options.output).absolutePath())
                                .relativeFilePath(QFileInfo(m_input).absoluteFilePath());
        parts.detachedUri = QString::fromLatin1(QUrl::toPercentEncoding(rel, "/"));
    }

    // Ids must be unique in the whole document (a duplicate would make references ambiguous).
    do {
        parts.id = randomId();
        m_ids = idsFor(parts.id);
    } while (m_doc && !xml::elementsById(m_doc.get(), m_ids.signature).isEmpty());

    auto xmlText = signatureTemplate(parts);
    if (!xmlText)
        return std::unexpected(xmlText.error());
    xml::Doc tmpl(
        xmlReadMemory(xmlText->constData(), int(xmlText->size()), nullptr, "UTF-8", XML_PARSE_NONET));
    if (!tmpl)
        return sic::fail(QStringLiteral("xades.internal"), Tr::tr("The signature could not be built."),
                         QStringLiteral("template does not parse"));

    if (m_doc) {
        xmlNode *copy = xmlDocCopyNode(xmlDocGetRootElement(tmpl.get()), m_doc.get(), 1);
        m_signature = xmlAddChild(xmlDocGetRootElement(m_doc.get()), copy);
    } else {
        m_doc = std::move(tmpl);
        m_signature = xmlDocGetRootElement(m_doc.get());
    }
    // libxml2 only knows "Id" as an ID once told; the lookups below go by attribute value.
    for (const QString &id : {m_ids.signedInfo, m_ids.signatureValue, m_ids.signedProperties}) {
        if (!byId(m_doc.get(), id))
            return sic::fail(QStringLiteral("xades.duplicate_id"),
                             Tr::tr("The document already uses an Id that the signature needs."), id);
    }

    if (m_options.packaging == Packaging::Enveloping) {
        QFile file(m_input);
        if (!file.open(QIODevice::ReadOnly))
            return sic::fail(QStringLiteral("io.open_failed"), Tr::tr("The file could not be opened."),
                             m_input + QStringLiteral(": ") + file.errorString());
        // Lines of 76 characters, as MIME Base64; the Base64 transform ignores the whitespace.
        QByteArray b64 = "\n";
        while (!file.atEnd()) {
            const QByteArray chunk = file.read(57 * 1024);
            const QByteArray enc = chunk.toBase64();
            for (qsizetype i = 0; i < enc.size(); i += 76)
                b64 += enc.mid(i, 76) + '\n';
        }
        setText(byId(m_doc.get(), m_ids.object), b64);
    }
    return {};
}

Result<void> XadesSession::fillDigests()
{
    xmlNode *signedInfo = byId(m_doc.get(), m_ids.signedInfo);
    const HashAlgorithm h = m_signer.scheme.hash;

    if (m_options.packaging == Packaging::Enveloped) {
        // URI="" without comments, minus every ds:Signature (enveloped-signature + the XPath transform).
        const QList<xmlNode *> signatures =
            xml::descendants(xmlDocGetRootElement(m_doc.get()), xml::kDsigNs, "Signature");
        auto nodes = [&signatures](xmlNode *node, bool) {
            if (node->type == XML_COMMENT_NODE)
                return false;
            return std::none_of(signatures.begin(), signatures.end(),
                                [node](xmlNode *sig) { return xml::isInside(node, sig); });
        };
        auto canonical = xml::canonicalize(m_doc.get(), nodes, excC14n());
        if (!canonical)
            return std::unexpected(canonical.error());
        setText(digestValueOf(referenceTo(signedInfo, QString())), digestBytes(h, *canonical).toBase64());
    }

    auto props = xml::canonicalizeSubtree(byId(m_doc.get(), m_ids.signedProperties), excC14n());
    if (!props)
        return std::unexpected(props.error());
    setText(digestValueOf(referenceTo(signedInfo, u'#' + m_ids.signedProperties)),
            digestBytes(h, *props).toBase64());

    auto si = xml::canonicalizeSubtree(signedInfo, excC14n());
    if (!si)
        return std::unexpected(si.error());
    m_signedInfoDigest = digestBytes(h, *si);
    return {};
}

namespace {

// Serializing and writing an enveloped document costs as much as the document is large (tens of
// MiB for big XML files): runs on a worker, never on the caller's (GUI) thread. The same output
// discipline as every format: a prepared file next to the output, fsync, atomic rename, and an
// existing file replaced only when asked (checked again at the rename).
Result<QString> serializeTo(xmlDoc *doc, const QString &output, bool overwrite)
{
    xmlChar *mem = nullptr;
    int size = 0;
    const char *encoding = doc->encoding ? reinterpret_cast<const char *>(doc->encoding) : "UTF-8";
    xmlDocDumpMemoryEnc(doc, &mem, &size, encoding);
    xml::XmlString owned(mem);
    if (!mem || size <= 0)
        return sic::fail(QStringLiteral("xades.internal"), Tr::tr("The signature could not be built."),
                         QStringLiteral("serialization failed"));
    auto file = sign::PreparedFile::create(output);
    if (!file)
        return std::unexpected(file.error());
    if ((*file)->file().write(reinterpret_cast<const char *>(mem), size) != size)
        return sign::writeFailed(output + QStringLiteral(": ") + (*file)->file().errorString());
    if (auto ok = (*file)->commit(output, overwrite); !ok)
        return std::unexpected(ok.error());
    return output;
}

// Runs work() on a pool thread and then(result) back on the application's thread, unless the
// session is gone by then. Canonicalization walks the whole document and serialization writes it:
// for a large enveloped document either holds a thread for a noticeable time.
template <typename Work, typename Then>
void offThread(QPointer<QObject> guard, Work work, Then then)
{
    QThreadPool::globalInstance()->start([guard, work = std::move(work), then = std::move(then)]() mutable {
        auto result = work();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, then = std::move(then), result = std::move(result)]() mutable {
                if (guard)
                    then(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace

void XadesSession::finish(const QList<QByteArray> &values, FinishCallback done)
{
    if (!m_prepared || m_done)
        return fail(done,
                    {QStringLiteral("sign.not_prepared"), Tr::tr("The signature was not prepared."), {}});
    if (values.size() != 1 || values.first().isEmpty())
        return fail(done, {QStringLiteral("sign.bad_value_count"),
                           Tr::tr("The signature service returned no usable signature value."),
                           {}});
    QByteArray value = values.first();
    if (m_signer.scheme.kind == SignatureScheme::Kind::Ecdsa) {
        // XML Signature wants r||s; the seam hands over DER.
        ossl::X509Ptr cert = ossl::x509FromDer(m_signer.chain.first());
        const int fieldBytes = ecdsaFieldBytes(cert ? X509_get0_pubkey(cert.get()) : nullptr);
        auto raw = ecdsaDerToRaw(value, fieldBytes);
        if (!raw)
            return fail(done, {QStringLiteral("sign.bad_value"),
                               Tr::tr("The signature service returned a malformed signature value."),
                               {}});
        value = *raw;
    }

    // From here the tree belongs to the steps below, one thread at a time; the session never
    // touches it again, so an abort() meanwhile cannot free it under a worker.
    m_done = true;
    std::shared_ptr<xmlDoc> doc(m_doc.release(), xmlFreeDoc);
    xmlNode *sigValue = m_signatureValueNode;
    const bool timestamp = needsTimestamp(m_options.level);
    offThread(
        m_guard,
        [doc, sigValue, value, timestamp]() -> Result<QByteArray> {
            setText(sigValue, value.toBase64());
            if (!timestamp)
                return QByteArray();
            return xml::canonicalizeSubtree(sigValue, excC14n());
        },
        [this, doc, done = std::move(done)](Result<QByteArray> canonical) mutable {
            if (!canonical)
                return done(std::unexpected(canonical.error()));
            if (!needsTimestamp(m_options.level))
                return writeOutput(std::move(doc), std::move(done));
            requestTimestamp(*canonical, std::move(doc), std::move(done));
        });
}

void XadesSession::requestTimestamp(const QByteArray &canonicalSignatureValue, std::shared_ptr<xmlDoc> doc,
                                    FinishCallback done)
{
    QByteArray nonce(8, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), 2);
    nonce[0] = char(nonce[0] & 0x7f);
    QPointer<QObject> guard = m_guard;
    m_options.timestampSource->timestamp(
        digestBytes(HashAlgorithm::Sha256, canonicalSignatureValue), HashAlgorithm::Sha256, nonce,
        [this, guard, doc = std::move(doc), done = std::move(done)](Result<QByteArray> token) mutable {
            if (!guard)
                return;
            if (!token)
                return done(std::unexpected(token.error()));
            // UnsignedProperties follows SignedProperties, built with the document's own namespace
            // objects so that no declaration is repeated.
            xmlNode *props = m_signedPropertiesNode;
            xmlNode *qualifying = props->parent;
            xmlNs *xades = props->ns;
            xmlNode *unsignedProps = xmlNewChild(qualifying, xades, BAD_CAST "UnsignedProperties", nullptr);
            xmlNode *usp = xmlNewChild(unsignedProps, xades, BAD_CAST "UnsignedSignatureProperties", nullptr);
            xmlNode *tst = xmlNewChild(usp, xades, BAD_CAST "SignatureTimeStamp", nullptr);
            xmlNewProp(tst, BAD_CAST "Id",
                       BAD_CAST(m_ids.signature + QStringLiteral("-sigtst")).toUtf8().constData());
            xmlNode *c14n = xmlNewChild(tst, m_signature->ns, BAD_CAST "CanonicalizationMethod", nullptr);
            xmlNewProp(c14n, BAD_CAST "Algorithm", BAD_CAST kExcC14n);
            xmlNewChild(tst, xades, BAD_CAST "EncapsulatedTimeStamp", BAD_CAST token->toBase64().constData());
            writeOutput(std::move(doc), std::move(done));
        });
}

void XadesSession::writeOutput(std::shared_ptr<xmlDoc> doc, FinishCallback done)
{
    offThread(
        m_guard,
        [doc = std::move(doc), output = m_options.output, overwrite = m_options.overwrite]() mutable {
            Result<QString> result = serializeTo(doc.get(), output, overwrite);
            doc.reset(); // freeing a large tree takes time too
            return result;
        },
        std::move(done));
}

void XadesSession::fail(FinishCallback &done, Error error)
{
    m_done = true;
    m_doc.reset();
    done(std::unexpected(std::move(error)));
}

void XadesSession::abort()
{
    m_done = true;
    m_doc.reset();
}

} // namespace sic::xades
