#pragma once

#include "cms/signeddata.h"
#include "pades/padesoptions.h"
#include "pades/signatureupdate.h"
#include "sign/formatregistry.h"
#include "sign/outputfile.h"
#include "sign/signingsession.h"

#include <optional>

namespace sic {

// PAdES baseline B-B / B-T signing of one PDF through the two-phase seam. prepare() writes the
// incremental update into a temporary file next to the output and returns the digest of the
// CMS signed attributes; finish() embeds the CMS (with a signature time-stamp for B-T) into
// the reserved /Contents and renames the file into place.
class PadesSession final : public SigningSession
{
public:
    explicit PadesSession(PadesOptions options);
    ~PadesSession() override;

    Result<QList<QByteArray>> prepare(const SignerIdentity &signer) override;
    void finish(const QList<QByteArray> &signatureValues, FinishCallback done) override;
    void abort() override;

    QStringList inputs() const override { return {m_options.input}; }
    QString outputPath() const override { return m_options.output; }
    // Bytes reserved for the CMS in /Contents (after prepare).

private:
    Result<QString> embed();

    PadesOptions m_options;
    std::unique_ptr<sign::PreparedFile> m_file;
    pades::PreparedLayout m_layout;
    std::optional<cms::SignedData> m_cms;
    qint64 m_capacity = 0;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

// The PAdES entry of the format registry: PDF files, B-B and B-T, "doc-signed.pdf".
SignatureFormat padesFormat();

} // namespace sic
