#pragma once

#include "sign/formatregistry.h"
#include "sign/signingsession.h"
#include "xades/signaturetemplate.h"
#include "xades/xadesoptions.h"
#include "xml/xmlptr.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace sic::xades {

// XAdES baseline B-B / B-T for one document (enveloped, enveloping or detached) on the two-phase
// seam: prepare() builds ds:Signature with every signed byte fixed and returns the digest of the
// canonical SignedInfo; finish() puts in the signature value, adds the signature time-stamp for
// B-T, and writes the output atomically.
class XadesSession final : public QObject, public SigningSession
{
    Q_OBJECT
public:
    XadesSession(QString input, XadesOptions options, QObject *parent = nullptr);
    ~XadesSession() override;

    Result<QList<QByteArray>> prepare(const SignerIdentity &signer) override;
    void finish(const QList<QByteArray> &signatureValues, FinishCallback done) override;
    void abort() override;
    QStringList inputs() const override { return {m_input}; }
    QString outputPath() const override { return m_options.output; }

    // The default output name for a packaging: doc.xml -> doc-signed.xml (enveloped),
    // file -> file.xades.xml (enveloping), file -> file.xades-detached.xml (detached).
    static QString defaultOutput(const QString &input, Packaging packaging);

private:
    Result<void> buildTree(const SignerIdentity &signer);
    Result<void> fillDigests();
    void requestTimestamp(const QByteArray &canonicalSignatureValue, std::shared_ptr<xmlDoc> doc,
                          FinishCallback done);
    void writeOutput(std::shared_ptr<xmlDoc> doc, FinishCallback done);
    void fail(FinishCallback &done, Error error);

    QString m_input;
    XadesOptions m_options;
    SignerIdentity m_signer;
    xml::Doc m_doc;
    xmlNode *m_signature = nullptr;
    xmlNode *m_signatureValueNode = nullptr;
    xmlNode *m_signedPropertiesNode = nullptr;
    SignatureIds m_ids;
    QByteArray m_signedInfoDigest;
    bool m_prepared = false;
    bool m_done = false;
    QPointer<QObject> m_guard;
};

// The XAdES entry of the format registry: any file (enveloped only for XML), B-B and B-T.
SignatureFormat xadesFormat();

} // namespace sic::xades
