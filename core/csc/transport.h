#pragma once

#include "base/error.h"

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QUrl>

#include <optional>

#include <functional>

namespace sic::csc {

struct HttpRequest
{
    enum class Method
    {
        Get,
        Post
    };
    Method method = Method::Post;
    QUrl url;
    QByteArray body;
    QByteArray contentType = "application/json";
    QByteArray authorization; // whole header value ("Bearer ..."/"Basic ..."): a secret, never logged
    // Only idempotent calls (info, list, credential info) may be retried; authorize, signHash,
    // token and login never are, so that a lost answer cannot turn into a second use.
    bool idempotent = false;
    QString label; // the CSC method name, for error detail
};

// The answer of the server, whatever its status: mapping statuses to errors is the client's job.
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray location;              // for redirects (OAuth)
    QByteArray date;                  // the Date header (the connection self-test compares clocks)
    QList<QSslCertificate> peerChain; // TLS: the server's chain as received (empty over http)
};

// TLS settings per RSSP. Verification is never switched off: the system trust store plus an
// optional extra CA bundle, and optional SPKI SHA-256 pins of the server's leaf key.
struct TlsPolicy
{
    QList<QSslCertificate> extraCaCertificates;
    QList<QByteArray> spkiSha256Pins; // raw 32-byte digests; empty = no pinning
    int timeoutMs = 30000;
    // The proxy for the service; unset: the system's proxy settings (QNetworkProxyFactory).
    std::optional<QNetworkProxy> proxy;
};

// The seam between the CSC client and the network: the production implementation sits on
// QNetworkAccessManager, unit tests put a fake behind it, and decorators can count calls.
// Transport failures (TLS, pin, network, timeout, cancel) come back as typed errors; any HTTP
// answer comes back as a response.
class CscTransport
{
public:
    using Callback = std::function<void(Result<HttpResponse>)>;
    virtual ~CscTransport() = default;
    // Calls back exactly once, later, on the caller's thread (never from inside send()).
    virtual quint64 send(const HttpRequest &request, Callback done) = 0;
    // The callback of a cancelled request receives csc.cancelled.
    virtual void cancel(quint64 id) = 0;
    virtual void cancelAll() = 0;

    quint64 post(const QUrl &url, const QByteArray &json, const QByteArray &authorization, Callback done)
    {
        HttpRequest r;
        r.url = url;
        r.body = json;
        r.authorization = authorization;
        return send(r, std::move(done));
    }
    quint64 get(const QUrl &url, Callback done)
    {
        HttpRequest r;
        r.method = HttpRequest::Method::Get;
        r.url = url;
        r.idempotent = true;
        return send(r, std::move(done));
    }
};

} // namespace sic::csc
