#include "sign/batchsigner.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <openssl/crypto.h>

namespace sic {

BatchSigner::BatchSigner(HashSigner &signer, std::vector<std::unique_ptr<SigningSession>> sessions,
                         QObject *parent)
    : QObject(parent), m_signer(signer)
{
    // Shared so that a document still being hashed when the batch goes away stays alive until its
    // worker is done with it.
    for (auto &s : sessions)
        m_sessions.push_back(std::shared_ptr<SigningSession>(std::move(s)));
}

BatchSigner::~BatchSigner()
{
    for (const auto &[index, digests] : m_digests)
        m_sessions[size_t(index)]->abort();
    for (const auto &[index, values] : m_values)
        m_sessions[size_t(index)]->abort();
}

Error BatchSigner::cancelledError() const
{
    return Error{QStringLiteral("cancelled"), Tr::tr("Signing was cancelled."), {}};
}

void BatchSigner::setStage(int index, Stage stage)
{
    emit stageChanged(index, stage);
}

void BatchSigner::start(Callback done)
{
    m_done = std::move(done);
    m_identity = SignerIdentity{m_signer.certificateChain(), m_signer.scheme()};
    for (size_t i = 0; i < m_sessions.size(); ++i)
        m_results.append(BatchItemResult{m_sessions[i]->inputs(), QString()});
    // Even an empty batch answers later, like every other path.
    QMetaObject::invokeMethod(this, &BatchSigner::prepareNext, Qt::QueuedConnection);
}

void BatchSigner::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_signer.cancel();
}

void BatchSigner::prepareNext()
{
    const int n = int(m_sessions.size());
    if (m_cancelled) {
        for (int i = m_nextPrepare; i < n; ++i) {
            m_results[i].output = std::unexpected(cancelledError());
            setStage(i, Stage::Failed);
        }
        m_nextPrepare = n;
    }
    if (m_nextPrepare >= n) {
        signNextChunk();
        return;
    }
    const int index = m_nextPrepare++;
    setStage(index, Stage::Hashing);
    QThreadPool *pool = QThreadPool::globalInstance();
    pool->start([session = m_sessions[size_t(index)], identity = m_identity, hook = m_prepareHook,
                 self = QPointer<BatchSigner>(this), index]() mutable {
        if (hook)
            hook(index);
        auto digests = session->prepare(identity);
        // Pool threads outlive the batch and may still exist when OpenSSL cleans up at exit:
        // release this thread's OpenSSL state (error queue, random generators) now.
        OPENSSL_thread_stop();
        // Back to the caller's thread. The application object outlives any batch; `self` is only
        // dereferenced there. The session reference travels along so that, if the batch is gone,
        // the session is released on that thread too.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, session = std::move(session), index, digests = std::move(digests)]() mutable {
                if (!self) {
                    session->abort();
                    return;
                }
                self->onPrepared(index, std::move(digests));
            },
            Qt::QueuedConnection);
    });
}

void BatchSigner::onPrepared(int index, Result<QList<QByteArray>> digests)
{
    if (!digests || m_cancelled) {
        m_results[index].output =
            digests ? std::unexpected(cancelledError()) : std::unexpected(digests.error());
        m_sessions[size_t(index)]->abort();
        setStage(index, Stage::Failed);
    } else {
        m_digests.append({index, *digests});
        setStage(index, Stage::Queued);
    }
    prepareNext();
}

void BatchSigner::signNextChunk()
{
    if (m_digests.isEmpty() || m_cancelled) {
        for (const auto &[index, digests] : m_digests) {
            m_sessions[size_t(index)]->abort();
            m_results[index].output = std::unexpected(cancelledError());
            setStage(index, Stage::Failed);
        }
        m_digests.clear();
        finishNext();
        return;
    }
    const int max = std::max(1, m_signer.maxDigestsPerAuthorization());
    if (!m_planned) {
        // The one place that plans the authorizations: the same greedy cut as below, counted once
        // before the first, so the prompter can say "authorization 1 of 3" at the first prompt.
        m_planned = true;
        int count = 0, total = 0, inChunk = 0;
        for (const auto &[index, digests] : m_digests) {
            if (inChunk == 0 || inChunk + digests.size() > max) {
                ++count;
                inChunk = 0;
            }
            inChunk += int(digests.size());
            total += int(digests.size());
        }
        m_signer.planAuthorizations(count, total);
    }
    QList<QPair<int, QList<QByteArray>>> chunk;
    QList<QByteArray> flat;
    while (!m_digests.isEmpty() &&
           (chunk.isEmpty() || flat.size() + m_digests.first().second.size() <= max)) {
        chunk.append(m_digests.takeFirst());
        flat += chunk.last().second;
    }
    for (const auto &[index, digests] : chunk)
        setStage(index, Stage::Signing);
    QPointer<BatchSigner> self(this);
    m_signer.signDigests(flat, [self, chunk, count = flat.size()](Result<QList<QByteArray>> values) {
        if (!self)
            return;
        if (values && values->size() != count)
            values = fail(QStringLiteral("sign.bad_signature_value"),
                          Tr::tr("The signature service returned the wrong number of signatures."),
                          QStringLiteral("%1 values for %2 digests").arg(values->size()).arg(count));
        qsizetype at = 0;
        for (const auto &[index, digests] : chunk) {
            if (!values) {
                self->m_sessions[size_t(index)]->abort();
                self->m_results[index].output = std::unexpected(values.error());
                self->setStage(index, Stage::Failed);
                continue;
            }
            self->m_values.append({index, values->mid(at, digests.size())});
            at += digests.size();
        }
        self->signNextChunk();
    });
}

void BatchSigner::finishNext()
{
    if (m_values.isEmpty()) {
        complete();
        return;
    }
    const auto [index, values] = m_values.takeFirst();
    setStage(index, Stage::Embedding);
    QPointer<BatchSigner> self(this);
    m_sessions[size_t(index)]->finish(values, [self, index](Result<QString> out) {
        if (!self)
            return;
        const bool ok = out.has_value();
        self->m_results[index].output = std::move(out);
        self->setStage(index, ok ? Stage::Done : Stage::Failed);
        self->finishNext();
    });
}

void BatchSigner::complete()
{
    if (m_done) {
        auto done = std::move(m_done);
        m_done = nullptr;
        done(m_results);
    }
}

} // namespace sic
