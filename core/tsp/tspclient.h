#pragma once

#include "tsp/timestampsource.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace sic {

struct TspConfig
{
    QUrl url;
    QString caBundle;     // PEM CAs for HTTPS to the TSA; empty: the system store
    QString trustAnchors; // PEM file of the roots the TSA certificate must chain to
    int timeoutMs = 30000;
    qint64 maxResponseBytes = 256 * 1024; // at most net::kMaxTsaAnswer
};

// RFC 3161 over HTTP(S): POST application/timestamp-query, check the reply, hand over the token.
class TspClient final : public QObject, public TimestampSource
{
    Q_OBJECT
public:
    explicit TspClient(TspConfig config, QObject *parent = nullptr);
    ~TspClient() override;

    void timestamp(const QByteArray &digest, HashAlgorithm alg, const QByteArray &nonce,
                   Callback done) override;
    void cancel() override;

private:
    TspConfig m_config;
    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
};

} // namespace sic
