#pragma once

#include "crypto/ossl.h"
#include "verify/revocation.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace sic::verify {

// A certificate whose revocation status is needed, with the issuer that signs its CRL/OCSP answers.
struct RevocationTarget
{
    ossl::X509Ptr cert;
    ossl::X509Ptr issuer;
};

// Filled by evaluate() (ValidationContext::revocationNeeds) with every chain certificate for which
// no usable revocation data was at hand: what an online pre-fetch has to get.
class RevocationNeeds
{
public:
    void add(X509 *cert, X509 *issuer); // copies; ignores a certificate already listed
    const std::vector<RevocationTarget> &targets() const { return m_targets; }
    bool isEmpty() const { return m_targets.empty(); }

private:
    std::vector<RevocationTarget> m_targets;
    QList<QByteArray> m_seen; // SHA-256 of the certificates listed
};

struct OnlineRevocationResult
{
    RevocationData data;  // responses and CRLs that parsed; their signatures are judged by evaluate()
    QStringList problems; // one translated sentence per request that gave nothing usable
    int requests = 0;
};

// Fetches OCSP responses (AIA OCSP URL, POST application/ocsp-request with a nonce) and CRLs (CRL
// distribution points) for the targets, all requests in parallel, each with a transfer timeout.
// Asynchronous: done is called once, from the event loop, when every request has finished or
// timed out. The caller runs the event loop; evaluation stays synchronous and uses the result as
// ValidationContext::extraRevocation.
class OnlineRevocationFetcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int timeoutMs = 10000;
        qint64 maxResponseBytes = 32 * 1024 * 1024; // and per kind net::kMaxOcspAnswer, kMaxCrlAnswer
        // Added to the system CAs for https:// responders (plain http is the norm for OCSP/CRL).
        QList<QSslCertificate> extraTlsCaCertificates;
    };

    explicit OnlineRevocationFetcher(QObject *parent = nullptr);
    OnlineRevocationFetcher(Options options, QObject *parent = nullptr);
    ~OnlineRevocationFetcher() override;

    // Not re-entrant: call again only after done has run.
    void fetch(const std::vector<RevocationTarget> &targets,
               std::function<void(OnlineRevocationResult)> done);

    // The URLs a certificate names (http/https only), for reports and tests.
    static QStringList ocspUrls(X509 *cert);
    static QStringList crlUrls(X509 *cert);

private:
    struct Pending;
    void start(std::shared_ptr<Pending> p);
    void finished(QNetworkReply *reply, const std::shared_ptr<Pending> &p);
    void oneDone();

    Options m_options;
    QNetworkAccessManager *m_nam = nullptr;
    OnlineRevocationResult m_result;
    std::function<void(OnlineRevocationResult)> m_done;
    int m_outstanding = 0;
};

} // namespace sic::verify
