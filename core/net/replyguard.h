#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QNetworkReply;
class QTimer;

namespace sic::net {

// The most a peer may send, per kind of request. A TSA token with its chain or an OCSP response
// is a few kilobytes, an RSSP answer (certificate chains, a batch of signature values) well under
// a megabyte; a CRL can be large for a big CA. Anything larger is refused while it arrives, so an
// answer cannot push the signer's memory up (over plain HTTP, anyone on the path could try).
constexpr qint64 kMaxRsspAnswer = 8ll << 20;
constexpr qint64 kMaxTsaAnswer = 1ll << 20;
constexpr qint64 kMaxOcspAnswer = 1ll << 20;
constexpr qint64 kMaxCrlAnswer = 32ll << 20;

// Range of a timeout given by the user or a settings file, in seconds.
constexpr int kMinTimeoutSeconds = 1;
constexpr int kMaxTimeoutSeconds = 3600;
// A timeout in seconds from text, range-checked (no overflow into a negative timer), or nullopt.
std::optional<int> parseTimeoutSeconds(const QString &text);

// Bounds one HTTP exchange: the answer may hold at most maxBytes (its announced Content-Length or
// what has arrived), and the whole exchange must end within deadlineMs of its start however
// steadily bytes trickle in: a transfer (idle) timeout alone is defeated by a server that sends a
// byte every few seconds. When a bound is passed the reply is aborted; its finished() handler
// then asks verdict() why. The guard is a child of the reply and goes with it.
class ReplyGuard : public QObject
{
    Q_OBJECT
public:
    enum class Verdict
    {
        None,
        TooLarge,
        DeadlinePassed
    };
    static ReplyGuard *watch(QNetworkReply *reply, qint64 maxBytes, int deadlineMs);
    // The guard of a reply (None when it has none or nothing was passed).
    static Verdict verdictOf(const QNetworkReply *reply);
    Verdict verdict() const { return m_verdict; }
    // For the support detail of an error.
    static QString describe(Verdict v, qint64 maxBytes, int deadlineMs);

private:
    ReplyGuard(QNetworkReply *reply, qint64 maxBytes, int deadlineMs);
    void stop(Verdict v);

    QPointer<QNetworkReply> m_reply;
    qint64 m_maxBytes;
    Verdict m_verdict = Verdict::None;
};

} // namespace sic::net
