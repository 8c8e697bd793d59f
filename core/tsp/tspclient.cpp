#include "tsp/tspclient.h"
#include "tsp/tokencheck.h"

#include "net/replyguard.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace sic {

TspClient::TspClient(TspConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_nam(new QNetworkAccessManager(this))
{}

TspClient::~TspClient()
{
    cancel();
}

void TspClient::cancel()
{
    if (m_reply)
        m_reply->abort();
}

void TspClient::timestamp(const QByteArray &digest, HashAlgorithm alg, const QByteArray &nonce, Callback done)
{
    auto request = tsp::makeRequest(digest, alg, nonce);
    if (!request)
        return done(std::unexpected(request.error()));
    QNetworkRequest req(m_config.url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/timestamp-query"));
    req.setTransferTimeout(m_config.timeoutMs);
    if (m_config.url.scheme() == QStringLiteral("https") && !m_config.caBundle.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(m_config.caBundle));
        req.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = m_nam->post(req, *request);
    m_reply = reply;
    // The answer is capped while it arrives and the whole exchange has one deadline (over plain
    // HTTP anyone on the path could otherwise send gigabytes or drip a byte at a time). What
    // arrives over plain HTTP is trusted only after tsp::checkResponse: the token's signature,
    // its certificate chain to the TSA trust anchors, the imprint and the nonce.
    net::ReplyGuard::watch(reply, m_config.maxResponseBytes, m_config.timeoutMs);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, digest, alg, nonce, done = std::move(done)]() {
                reply->deleteLater();
                const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const auto guard = net::ReplyGuard::verdictOf(reply);
                if (guard == net::ReplyGuard::Verdict::TooLarge)
                    return done(fail(QStringLiteral("tsp.invalid_token"),
                                     Tr::tr("The time-stamp service sent an unexpectedly large answer."),
                                     m_config.url.toString()));
                if (guard == net::ReplyGuard::Verdict::DeadlinePassed)
                    return done(fail(
                        QStringLiteral("tsp.timeout"),
                        Tr::tr("The time-stamp service did not answer in time. Try again later."),
                        m_config.url.toString() + QStringLiteral(": ") +
                            net::ReplyGuard::describe(guard, m_config.maxResponseBytes, m_config.timeoutMs)));
                if (reply->error() != QNetworkReply::NoError || http != 200) {
                    return done(
                        fail(QStringLiteral("tsp.unreachable"),
                             Tr::tr("The time-stamp service could not be reached. Check the network and the "
                                    "service address, then try again."),
                             m_config.url.toString() +
                                 QStringLiteral(": HTTP %1, %2").arg(http).arg(reply->errorString())));
                }
                const QByteArray body = reply->read(m_config.maxResponseBytes + 1);
                if (body.size() > m_config.maxResponseBytes)
                    return done(fail(QStringLiteral("tsp.invalid_token"),
                                     Tr::tr("The time-stamp service sent an unexpectedly large answer."),
                                     m_config.url.toString()));
                auto info = tsp::checkResponse(body, digest, alg, nonce, m_config.trustAnchors);
                if (!info)
                    return done(std::unexpected(info.error()));
                done(info->token);
            });
}

} // namespace sic
