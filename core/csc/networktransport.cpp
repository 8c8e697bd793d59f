#include "csc/networktransport.h"

#include "csc/cscerror.h"
#include "csc/encoding.h"
#include "net/replyguard.h"

#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

namespace sic::csc {

namespace {
QString describeCert(const QSslCertificate &cert)
{
    if (cert.isNull())
        return QStringLiteral("no certificate");
    return QStringLiteral("certificate \"%1\" issued by \"%2\"")
        .arg(cert.subjectDisplayName(), cert.issuerDisplayName());
}
} // namespace

NetworkTransport::NetworkTransport(TlsPolicy policy, QObject *parent)
    : QObject(parent), m_policy(std::move(policy)), m_ssl(QSslConfiguration::defaultConfiguration())
{
    if (!m_policy.extraCaCertificates.isEmpty())
        m_ssl.addCaCertificates(m_policy.extraCaCertificates);
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (m_policy.proxy)
        m_nam.setProxy(*m_policy.proxy);
}

NetworkTransport::~NetworkTransport()
{
    const auto ids = m_pending.keys();
    for (quint64 id : ids) {
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            continue;
        QNetworkReply *reply = it->reply;
        it->request.authorization.fill(0);
        m_pending.erase(it);
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

Result<QList<QSslCertificate>> NetworkTransport::loadCaBundle(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failWith(CscErrorKind::TlsFailure,
                        QStringLiteral("cannot read CA bundle %1: %2").arg(path, f.errorString()));
    const auto certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
    if (certs.isEmpty())
        return failWith(CscErrorKind::TlsFailure,
                        QStringLiteral("no PEM certificate in CA bundle %1").arg(path));
    return certs;
}

Result<QByteArray> NetworkTransport::parsePin(const QString &base64)
{
    const auto raw = decodeBase64Any(base64.toLatin1());
    if (!raw || raw->size() != 32)
        return failWith(CscErrorKind::PinMismatch,
                        QStringLiteral("pin \"%1\" is not a Base64 SHA-256 digest").arg(base64));
    return *raw;
}

quint64 NetworkTransport::send(const HttpRequest &request, Callback done)
{
    const quint64 id = m_nextId++;
    Pending p;
    p.request = request;
    p.done = std::move(done);
    m_pending.insert(id, std::move(p));
    start(id);
    return id;
}

void NetworkTransport::start(quint64 id)
{
    Pending &p = m_pending[id];
    QNetworkRequest req(p.request.url);
    req.setSslConfiguration(m_ssl);
    req.setTransferTimeout(m_policy.timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // No cookies, no cache: every call stands alone and nothing is written to disk.
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (!p.request.authorization.isEmpty())
        req.setRawHeader("Authorization", p.request.authorization);
    if (p.request.method == HttpRequest::Method::Post)
        req.setHeader(QNetworkRequest::ContentTypeHeader, p.request.contentType);
    req.setRawHeader("Accept", "application/json");

    QNetworkReply *reply =
        p.request.method == HttpRequest::Method::Post ? m_nam.post(req, p.request.body) : m_nam.get(req);
    p.reply = reply;
    if (!p.timer) {
        p.timer = new QTimer(this);
        p.timer->setSingleShot(true);
    }
    p.timer->disconnect(this);
    connect(p.timer, &QTimer::timeout, this, [this, id] {
        auto it = m_pending.find(id);
        if (it != m_pending.end() && it->reply) {
            it->timedOut = true;
            it->reply->abort();
        }
    });
    // One deadline for the whole exchange, never restarted on progress: a server that drips a byte
    // every few seconds must not hold the signer past its timeout. The guard also caps the answer.
    p.timer->start(m_policy.timeoutMs);
    net::ReplyGuard::watch(reply, net::kMaxRsspAnswer, m_policy.timeoutMs);
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        QStringList parts;
        for (const QSslError &e : errors)
            parts << QStringLiteral("%1: %2").arg(describeCert(e.certificate()), e.errorString());
        // The error may name a CA in the chain; say which server certificate it was about, too.
        const QSslCertificate leaf =
            it->reply ? it->reply->sslConfiguration().peerCertificate() : QSslCertificate();
        it->tlsDetail =
            QStringLiteral("server %1; %2").arg(describeCert(leaf), parts.join(QStringLiteral("; ")));
        // Deliberately no ignoreSslErrors(): the handshake fails.
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, id] {
        auto it = m_pending.find(id);
        if (it == m_pending.end() || !it->reply)
            return;
        const QString mismatch = checkPin(it->reply);
        if (!mismatch.isEmpty()) {
            it->pinDetail = mismatch;
            it->reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
}

QString NetworkTransport::checkPin(QNetworkReply *reply) const
{
    if (m_policy.spkiSha256Pins.isEmpty())
        return {};
    const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
    const QByteArray actual = spkiSha256(leaf.toDer());
    if (!actual.isEmpty() && m_policy.spkiSha256Pins.contains(actual))
        return {};
    QStringList expected;
    for (const QByteArray &pin : m_policy.spkiSha256Pins)
        expected << QString::fromLatin1(pin.toBase64());
    return QStringLiteral("expected pin-sha256 %1, server %2 has pin-sha256 %3")
        .arg(expected.join(QStringLiteral(" or ")), describeCert(leaf),
             actual.isEmpty() ? QStringLiteral("(none)") : QString::fromLatin1(actual.toBase64()));
}

void NetworkTransport::onFinished(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    QNetworkReply *reply = it->reply;
    it->reply = nullptr;
    if (it->timer)
        it->timer->stop();
    reply->deleteLater();

    const QString what = QStringLiteral("%1 %2").arg(it->request.label.isEmpty() ? QStringLiteral("request")
                                                                                 : it->request.label,
                                                     it->request.url.toString(QUrl::RemoveQuery));
    Result<HttpResponse> result;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto err = reply->error();
    const net::ReplyGuard::Verdict guard = net::ReplyGuard::verdictOf(reply);
    if (it->cancelled) {
        result = failWith(CscErrorKind::Cancelled, what);
    } else if (guard == net::ReplyGuard::Verdict::TooLarge) {
        result =
            failWith(CscErrorKind::MalformedResponse,
                     QStringLiteral("%1: %2").arg(
                         what, net::ReplyGuard::describe(guard, net::kMaxRsspAnswer, m_policy.timeoutMs)));
    } else if (!it->pinDetail.isEmpty()) {
        result = failWith(CscErrorKind::PinMismatch, it->pinDetail);
    } else if (it->timedOut || guard == net::ReplyGuard::Verdict::DeadlinePassed ||
               err == QNetworkReply::TimeoutError ||
               (err == QNetworkReply::OperationCanceledError && status == 0)) {
        result = failWith(CscErrorKind::Timeout,
                          QStringLiteral("%1: no answer within %2 ms").arg(what).arg(m_policy.timeoutMs));
    } else if (err == QNetworkReply::SslHandshakeFailedError || !it->tlsDetail.isEmpty()) {
        result = failWith(CscErrorKind::TlsFailure,
                          QStringLiteral("%1: %2").arg(what, it->tlsDetail.isEmpty() ? reply->errorString()
                                                                                     : it->tlsDetail));
    } else if (status > 0) {
        const QString late = checkPin(reply);
        if (!late.isEmpty()) {
            result = failWith(CscErrorKind::PinMismatch, late);
        } else {
            HttpResponse r;
            r.status = status;
            r.body = reply->readAll();
            r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            r.location = reply->rawHeader("Location");
            r.date = reply->rawHeader("Date");
            r.peerChain = reply->sslConfiguration().peerCertificateChain();
            result = std::move(r);
        }
    } else {
        // A stale keep-alive connection closed under us: safe to retry only when idempotent.
        if (it->request.idempotent && it->attempt == 0 && err == QNetworkReply::RemoteHostClosedError) {
            it->attempt = 1;
            start(id);
            return;
        }
        result =
            failWith(CscErrorKind::NetworkFailure, QStringLiteral("%1: %2").arg(what, reply->errorString()));
    }
    Callback done = std::move(it->done);
    if (it->timer)
        it->timer->deleteLater();
    it->request.authorization.fill(0);
    it->request.body.fill(0);
    m_pending.erase(it);
    done(std::move(result));
}

void NetworkTransport::cancel(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->reply)
        return;
    it->cancelled = true;
    it->reply->abort();
}

void NetworkTransport::cancelAll()
{
    const auto ids = m_pending.keys();
    for (quint64 id : ids)
        cancel(id);
}

} // namespace sic::csc
