#pragma once

#include "crypto/hashalgorithm.h"
#include "xml/xmlcanon.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <libxml/tree.h>

namespace sic::verify {

// Where a reference may point outside the document (detached signatures).
struct DetachedData
{
    QString baseDir;              // the signature file's folder; URIs are resolved against it
    QMap<QString, QString> files; // explicit "URI or file name" -> path given by the user
    bool allowBaseDir = true;
};

// One ds:Reference after dereferencing and transforming.
struct ReferenceOutcome
{
    enum class Status
    {
        Ok,
        DigestMismatch,
        NotFound,
        Ambiguous,
        Unsupported,
        Malformed
    };
    Status status = Status::Malformed;
    QString uri;
    QString type;
    QString detail;
    xmlNode *target = nullptr; // the element a same-document reference resolved to
    QByteArray data;           // the octets that were digested
    std::optional<HashAlgorithm> digestAlgorithm;
};

// Dereferences, transforms (enveloped-signature, C14N 1.0/1.1/exclusive, base64, XPath,
// XPath Filter 2.0) and digests one ds:Reference. signature: the enclosing ds:Signature.
ReferenceOutcome processReference(xmlNode *reference, xmlNode *signature, const DetachedData &detached);

} // namespace sic::verify
