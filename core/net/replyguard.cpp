#include "net/replyguard.h"

#include "base/budget.h"

#include <QNetworkReply>
#include <QTimer>

namespace sic::net {

std::optional<int> parseTimeoutSeconds(const QString &text)
{
    const auto v = parseBoundedInt(text, kMinTimeoutSeconds, kMaxTimeoutSeconds);
    if (!v)
        return std::nullopt;
    return int(*v);
}

ReplyGuard::ReplyGuard(QNetworkReply *reply, qint64 maxBytes, int deadlineMs)
    : QObject(reply), m_reply(reply), m_maxBytes(maxBytes)
{
    // The read buffer is bounded too: Qt then stops reading from the socket instead of
    // buffering whatever the peer sends beyond what we may accept.
    reply->setReadBufferSize(maxBytes + 1);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (!m_reply)
            return;
        bool ok = false;
        const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && announced > m_maxBytes)
            stop(Verdict::TooLarge);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (received > m_maxBytes || total > m_maxBytes)
            stop(Verdict::TooLarge);
    });
    connect(reply, &QIODevice::readyRead, this, [this] {
        if (m_reply && m_reply->bytesAvailable() > m_maxBytes)
            stop(Verdict::TooLarge);
    });
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this] { stop(Verdict::DeadlinePassed); });
    deadline->start(std::max(1, deadlineMs));
}

ReplyGuard *ReplyGuard::watch(QNetworkReply *reply, qint64 maxBytes, int deadlineMs)
{
    return new ReplyGuard(reply, maxBytes, deadlineMs);
}

ReplyGuard::Verdict ReplyGuard::verdictOf(const QNetworkReply *reply)
{
    const auto *g = reply ? reply->findChild<ReplyGuard *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    return g ? g->verdict() : Verdict::None;
}

QString ReplyGuard::describe(Verdict v, qint64 maxBytes, int deadlineMs)
{
    switch (v) {
    case Verdict::TooLarge:
        return QStringLiteral("answer larger than %1 bytes").arg(maxBytes);
    case Verdict::DeadlinePassed:
        return QStringLiteral("no complete answer within %1 ms").arg(deadlineMs);
    case Verdict::None:
        break;
    }
    return {};
}

void ReplyGuard::stop(Verdict v)
{
    if (m_verdict != Verdict::None || !m_reply || m_reply->isFinished())
        return;
    m_verdict = v;
    m_reply->abort();
}

} // namespace sic::net
