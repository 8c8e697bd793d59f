#pragma once

#include "csc/authorization.h"
#include "csc/cscclient.h"
#include "sign/hashsigner.h"

#include <QObject>

namespace sic::csc {

// HashSigner on a CSC credential. One authorize + one signHash per batch of up to multisign
// digests; more digests take several authorizations, announced to the prompter before the first.
// Every value is verified against the certificate and its digest before it is returned.
class CscHashSigner final : public QObject, public HashSigner
{
    Q_OBJECT
public:
    struct Options
    {
        HashAlgorithm hash = HashAlgorithm::Sha256;
        // RSA only. The credential must list RSASSA-PSS: a signer who asked for PSS is refused
        // (csc.unsupported, before any authorization) rather than given PKCS#1 v1.5 silently.
        bool preferPss = false;
    };

    // opener is needed only for oauth2code credentials; the objects must outlive the signer.
    CscHashSigner(CscClient &client, Credential credential, AuthorizationPrompter &prompter,
                  UrlOpener *opener, Options options, QObject *parent = nullptr);
    ~CscHashSigner() override;

    QList<QByteArray> certificateChain() const override { return m_credential.chain; }
    SignatureScheme scheme() const override { return m_scheme; }
    int maxDigestsPerAuthorization() const override { return m_credential.multisign; }
    void planAuthorizations(int count, int totalDigests) override;
    void signDigests(const QList<QByteArray> &digests, Callback done) override;
    void cancel() override;

    const Credential &credential() const { return m_credential; }
    QString signAlgo() const { return m_signAlgo; }
    // How many authorizations n digests take with this credential.
    int authorizationsFor(int digests) const;

private:
    void nextBatch();
    void ask(FactorRequest request);
    void onAnswer(FactorRequest request, FactorAnswer answer);
    void onSad(FactorRequest request, Result<Sad> sad);
    void signChunk(FactorRequest request);
    void onValues(FactorRequest request, const QList<QByteArray> &chunk, Result<QList<QByteArray>> values);
    QString chooseSignAlgo() const;
    void finish(Result<QList<QByteArray>> result);

    CscClient &m_client;
    Credential m_credential;
    AuthorizationPrompter &m_prompter;
    UrlOpener *m_opener;
    Options m_options;
    SignatureScheme m_scheme;
    QString m_signAlgo;
    QByteArray m_signAlgoParams;
    std::optional<Error> m_setupError;

    QList<QList<QByteArray>> m_batches;
    int m_batchIndex = 0;
    // The caller's plan over several signDigests calls (planAuthorizations): their number and
    // how many of them are done, so the prompts count across calls.
    int m_plannedCount = 0;
    int m_callsDone = 0;
    qsizetype m_chunkStart = 0; // first digest of the current batch not yet signed
    int m_perCall = 0;          // hashes per signHash call; 0 = the whole batch
    Sad m_sad;                  // the current batch's authorization, wiped when it is done
    int m_prompts = 0;
    QList<QByteArray> m_results;
    Callback m_done;
    bool m_cancelled = false;
};

} // namespace sic::csc
