#pragma once

#include "sign/hashsigner.h"
#include "sign/signingsession.h"

#include <QObject>

#include <memory>
#include <vector>

namespace sic {

struct BatchItemResult
{
    QStringList inputs;     // what the session signed (SigningSession::inputs)
    Result<QString> output; // the signed file, or why this document failed
};

// N documents -> N prepared sessions -> their digests -> HashSigner::signDigests in as few calls as
// maxDigestsPerAuthorization allows (each call is one authorization by the signer) -> finish each.
// A document that fails to prepare is reported and left out of the authorization; a failed
// authorization fails (and cleans up) every document of that chunk.
//
// Preparing reads and hashes the whole document (a 512 MiB PDF takes seconds), so it runs on a
// worker thread, one document at a time; its result comes back to the caller's thread through the
// event loop. Everything else (signer, finish, callbacks, signals) stays on the caller's thread.
class BatchSigner : public QObject
{
    Q_OBJECT
public:
    enum class Stage
    {
        Queued,
        Hashing,   // prepare() on the worker
        Signing,   // waiting for the signer (authorization, then the signature values)
        Embedding, // finish(): value (and time-stamp) into the document, file moved into place
        Done,
        Failed
    };
    Q_ENUM(Stage)

    BatchSigner(HashSigner &signer, std::vector<std::unique_ptr<SigningSession>> sessions,
                QObject *parent = nullptr);
    ~BatchSigner() override;

    // Called on the worker thread just before a document is prepared (index of the session).
    void setPrepareHook(std::function<void(int)> hook) { m_prepareHook = std::move(hook); }

    using Callback = std::function<void(QList<BatchItemResult>)>;
    // Calls back once, later, in the order of the sessions, when every document is finished or
    // failed. Never calls back from inside start().
    void start(Callback done);
    // Stops as soon as possible: a document being hashed is discarded when its hash is ready, an
    // authorization in progress is abandoned; documents already embedding are completed.
    void cancel();
    int count() const { return int(m_sessions.size()); }

signals:
    void stageChanged(int index, sic::BatchSigner::Stage stage);

private:
    void prepareNext();
    void onPrepared(int index, Result<QList<QByteArray>> digests);
    void signNextChunk();
    void finishNext();
    void complete();
    void setStage(int index, Stage stage);
    Error cancelledError() const;

    HashSigner &m_signer;
    std::vector<std::shared_ptr<SigningSession>> m_sessions;
    std::function<void(int)> m_prepareHook;
    SignerIdentity m_identity;
    int m_nextPrepare = 0;
    QList<BatchItemResult> m_results;
    QList<QPair<int, QList<QByteArray>>> m_digests; // per prepared session
    QList<QPair<int, QList<QByteArray>>> m_values;  // signed, waiting for finish
    Callback m_done;
    bool m_cancelled = false;
    bool m_planned = false; // planAuthorizations was called
};

} // namespace sic
