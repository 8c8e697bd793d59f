#pragma once

#include "sign/hashsigner.h"
#include "sign/signingsession.h"

#include <QObject>

#include <memory>
#include <vector>

namespace sic {

struct BatchItemResult
{
    QString input;
    Result<QString> output; // the signed file, or why this document failed
};

// N documents -> N prepared sessions -> their digests -> HashSigner::signDigests in as few calls as
// maxDigestsPerAuthorization allows (each call is one authorization by the signer) -> finish each.
// A document that fails to prepare is reported and left out of the authorization; a failed
// authorization fails (and cleans up) every document of that chunk.
class BatchSigner : public QObject
{
    Q_OBJECT
public:
    BatchSigner(HashSigner &signer, std::vector<std::unique_ptr<SigningSession>> sessions,
                QObject *parent = nullptr);
    ~BatchSigner() override;

    using Callback = std::function<void(QList<BatchItemResult>)>;
    // Calls back once, in the order of the sessions, when every document is finished or failed.
    void start(Callback done);
    void cancel();

private:
    void signNextChunk();
    void finishNext();
    void complete();

    HashSigner &m_signer;
    std::vector<std::unique_ptr<SigningSession>> m_sessions;
    QList<BatchItemResult> m_results;
    QList<int> m_pending;                           // prepared sessions not yet sent to the signer
    QList<QPair<int, QList<QByteArray>>> m_digests; // per prepared session
    QList<QPair<int, QList<QByteArray>>> m_values;  // signed, waiting for finish
    Callback m_done;
    bool m_cancelled = false;
};

} // namespace sic
