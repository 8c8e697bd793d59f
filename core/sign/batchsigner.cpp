#include "sign/batchsigner.h"

#include <QPointer>

namespace sic {

BatchSigner::BatchSigner(HashSigner &signer, std::vector<std::unique_ptr<SigningSession>> sessions,
                         QObject *parent)
    : QObject(parent), m_signer(signer), m_sessions(std::move(sessions))
{}

BatchSigner::~BatchSigner()
{
    for (const auto &[index, digests] : m_digests)
        m_sessions[size_t(index)]->abort();
    for (const auto &[index, values] : m_values)
        m_sessions[size_t(index)]->abort();
}

void BatchSigner::start(Callback done)
{
    m_done = std::move(done);
    const SignerIdentity identity{m_signer.certificateChain(), m_signer.scheme()};
    for (size_t i = 0; i < m_sessions.size(); ++i) {
        m_results.append(BatchItemResult{m_sessions[i]->inputPath(), QString()});
        auto digests = m_sessions[i]->prepare(identity);
        if (!digests) {
            m_results[qsizetype(i)].output = std::unexpected(digests.error());
            m_sessions[i]->abort();
            continue;
        }
        m_digests.append({int(i), *digests});
    }
    signNextChunk();
}

void BatchSigner::cancel()
{
    m_cancelled = true;
    m_signer.cancel();
}

void BatchSigner::signNextChunk()
{
    if (m_digests.isEmpty() || m_cancelled) {
        for (const auto &[index, digests] : m_digests) {
            m_sessions[size_t(index)]->abort();
            m_results[index].output = fail(QStringLiteral("cancelled"), Tr::tr("Signing was cancelled."));
        }
        m_digests.clear();
        finishNext();
        return;
    }
    const int max = std::max(1, m_signer.maxDigestsPerAuthorization());
    QList<QPair<int, QList<QByteArray>>> chunk;
    QList<QByteArray> flat;
    while (!m_digests.isEmpty() &&
           (chunk.isEmpty() || flat.size() + m_digests.first().second.size() <= max)) {
        chunk.append(m_digests.takeFirst());
        flat += chunk.last().second;
    }
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
    QPointer<BatchSigner> self(this);
    m_sessions[size_t(index)]->finish(values, [self, index](Result<QString> out) {
        if (!self)
            return;
        self->m_results[index].output = std::move(out);
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
