#include "verify/onlinerevocation.h"

#include "base/error.h"
#include "verify/certinfo.h"

#include "net/replyguard.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <openssl/ocsp.h>
#include <openssl/x509v3.h>

namespace sic::verify {
namespace {

using OcspUrlStack = ossl::Ptr<STACK_OF(OPENSSL_STRING), X509_email_free>;
using DistPoints = ossl::Ptr<CRL_DIST_POINTS, CRL_DIST_POINTS_free>;

bool fetchable(const QString &url)
{
    const QUrl u(url);
    return u.isValid() && !u.host().isEmpty() &&
           (u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https"));
}

ossl::X509Ptr copyOf(X509 *cert)
{
    X509_up_ref(cert);
    return ossl::X509Ptr(cert);
}

} // namespace

void RevocationNeeds::add(X509 *cert, X509 *issuer)
{
    if (!cert || !issuer)
        return;
    const QByteArray id = sha256Fingerprint(cert).toLatin1();
    if (m_seen.contains(id))
        return;
    m_seen << id;
    m_targets.push_back({copyOf(cert), copyOf(issuer)});
}

struct OnlineRevocationFetcher::Pending
{
    enum class Kind
    {
        Ocsp,
        Crl
    };
    Kind kind = Kind::Ocsp;
    QString url;
    QString who; // the certificate's CN, for messages
    ossl::OcspRequest request;
    QByteArray body;
};

OnlineRevocationFetcher::OnlineRevocationFetcher(QObject *parent) : OnlineRevocationFetcher(Options{}, parent)
{}

OnlineRevocationFetcher::OnlineRevocationFetcher(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_nam(new QNetworkAccessManager(this))
{}

OnlineRevocationFetcher::~OnlineRevocationFetcher() = default;

QStringList OnlineRevocationFetcher::ocspUrls(X509 *cert)
{
    QStringList urls;
    OcspUrlStack stack(X509_get1_ocsp(cert));
    for (int i = 0; stack && i < sk_OPENSSL_STRING_num(stack.get()); ++i) {
        const QString url = QString::fromLatin1(sk_OPENSSL_STRING_value(stack.get(), i));
        if (fetchable(url) && !urls.contains(url))
            urls << url;
    }
    return urls;
}

QStringList OnlineRevocationFetcher::crlUrls(X509 *cert)
{
    QStringList urls;
    DistPoints points(static_cast<CRL_DIST_POINTS *>(
        X509_get_ext_d2i(cert, NID_crl_distribution_points, nullptr, nullptr)));
    for (int i = 0; points && i < sk_DIST_POINT_num(points.get()); ++i) {
        const DIST_POINT *dp = sk_DIST_POINT_value(points.get(), i);
        if (!dp->distpoint || dp->distpoint->type != 0) // 0: fullName
            continue;
        const GENERAL_NAMES *names = dp->distpoint->name.fullname;
        for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j) {
            const GENERAL_NAME *gn = sk_GENERAL_NAME_value(names, j);
            if (gn->type != GEN_URI)
                continue;
            const ASN1_IA5STRING *s = gn->d.uniformResourceIdentifier;
            const QString url = QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                                                    ASN1_STRING_length(s));
            if (fetchable(url) && !urls.contains(url))
                urls << url;
        }
    }
    ossl::lastError();
    return urls;
}

void OnlineRevocationFetcher::fetch(const std::vector<RevocationTarget> &targets,
                                    std::function<void(OnlineRevocationResult)> done)
{
    m_result = {};
    m_done = std::move(done);
    m_outstanding = 1; // held until every request is started, so done cannot run early
    QSet<QString> crlsStarted;
    for (const RevocationTarget &t : targets) {
        const QString who = x509CommonName(X509_get_subject_name(t.cert.get()));
        const QStringList ocsp = ocspUrls(t.cert.get());
        const QStringList crls = crlUrls(t.cert.get());
        if (ocsp.isEmpty() && crls.isEmpty())
            m_result.problems
                << Tr::tr("The certificate of %1 names no OCSP responder and no CRL address.").arg(who);
        for (const QString &url : ocsp) {
            auto p = std::make_shared<Pending>();
            p->kind = Pending::Kind::Ocsp;
            p->url = url;
            p->who = who;
            p->request.reset(OCSP_REQUEST_new());
            OCSP_CERTID *id = OCSP_cert_to_id(EVP_sha1(), t.cert.get(), t.issuer.get());
            if (!p->request || !id || !OCSP_request_add0_id(p->request.get(), id)) {
                OCSP_CERTID_free(id);
                ossl::lastError();
                continue;
            }
            OCSP_request_add1_nonce(p->request.get(), nullptr, -1);
            unsigned char *buf = nullptr;
            const int len = i2d_OCSP_REQUEST(p->request.get(), &buf);
            if (len > 0)
                p->body = QByteArray(reinterpret_cast<const char *>(buf), len);
            OPENSSL_free(buf);
            if (!p->body.isEmpty())
                start(std::move(p));
        }
        for (const QString &url : crls) {
            if (crlsStarted.contains(url))
                continue;
            crlsStarted.insert(url);
            auto p = std::make_shared<Pending>();
            p->kind = Pending::Kind::Crl;
            p->url = url;
            p->who = who;
            start(std::move(p));
        }
    }
    ossl::lastError();
    // Deliver from the event loop even when nothing was started: callers see one behaviour.
    QTimer::singleShot(0, this, [this] { oneDone(); });
}

void OnlineRevocationFetcher::start(std::shared_ptr<Pending> p)
{
    QNetworkRequest req{QUrl(p->url)};
    req.setTransferTimeout(m_options.timeoutMs);
    req.setMaximumRedirectsAllowed(3);
    if (!m_options.extraTlsCaCertificates.isEmpty()) {
        QSslConfiguration tls = req.sslConfiguration();
        tls.addCaCertificates(m_options.extraTlsCaCertificates);
        req.setSslConfiguration(tls);
    }
    QNetworkReply *reply = nullptr;
    if (p->kind == Pending::Kind::Ocsp) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/ocsp-request"));
        req.setRawHeader("Accept", "application/ocsp-response");
        reply = m_nam->post(req, p->body);
    } else {
        reply = m_nam->get(req);
    }
    ++m_outstanding;
    ++m_result.requests;
    // Capped per kind while the answer arrives, and one deadline for the whole exchange that a
    // server dripping bytes cannot stretch. Answers over plain HTTP are only used after their
    // signatures check out (OCSP: the responder's signature and authority; CRL: the issuer's).
    net::ReplyGuard::watch(reply,
                           std::min(m_options.maxResponseBytes, p->kind == Pending::Kind::Ocsp
                                                                    ? net::kMaxOcspAnswer
                                                                    : net::kMaxCrlAnswer),
                           m_options.timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, p] { finished(reply, p); });
}

void OnlineRevocationFetcher::finished(QNetworkReply *reply, const std::shared_ptr<Pending> &p)
{
    reply->deleteLater();
    const bool ocsp = p->kind == Pending::Kind::Ocsp;
    const QString what = ocsp ? Tr::tr("The OCSP responder %1 (for %2)").arg(p->url, p->who)
                              : Tr::tr("The CRL at %1 (for %2)").arg(p->url, p->who);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted or timed-out reply is closed: reading it only warns.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    QString problem;
    if (reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError) {
        problem = Tr::tr("%1 did not answer within %2 seconds or sent too much.")
                      .arg(what)
                      .arg(m_options.timeoutMs / 1000.0);
    } else if (reply->error() != QNetworkReply::NoError && status == 0) {
        problem = Tr::tr("%1 could not be reached: %2.").arg(what, reply->errorString());
    } else if (status != 200) {
        problem = Tr::tr("%1 answered with HTTP status %2.").arg(what).arg(status);
    } else if (ocsp) {
        const auto *in = reinterpret_cast<const unsigned char *>(body.constData());
        ossl::OcspResponse resp(d2i_OCSP_RESPONSE(nullptr, &in, long(body.size())));
        ossl::OcspBasic basic(resp && OCSP_response_status(resp.get()) == OCSP_RESPONSE_STATUS_SUCCESSFUL
                                  ? OCSP_response_get1_basic(resp.get())
                                  : nullptr);
        // 1: nonces equal, 2: neither has one, 3: the responder does not echo nonces (allowed);
        // 0 (different) or -1 (only the response has one) is a replayed or foreign answer.
        const int nonce = basic ? OCSP_check_nonce(p->request.get(), basic.get()) : 0;
        if (!basic)
            problem = Tr::tr("%1 sent no usable OCSP response.").arg(what);
        else if (nonce <= 0)
            problem = Tr::tr("%1 sent a response that does not match the request (nonce).").arg(what);
        else
            m_result.data.ocspResponses << body;
    } else {
        const auto *in = reinterpret_cast<const unsigned char *>(body.constData());
        ossl::X509Crl crl(d2i_X509_CRL(nullptr, &in, long(body.size())));
        if (!crl && !body.contains("-----BEGIN X509 CRL-----"))
            problem = Tr::tr("%1 is not a CRL.").arg(what);
        else
            m_result.data.crls << body;
    }
    ossl::lastError();
    if (!problem.isEmpty())
        m_result.problems << problem;
    oneDone();
}

void OnlineRevocationFetcher::oneDone()
{
    if (--m_outstanding > 0 || !m_done)
        return;
    auto done = std::move(m_done);
    m_done = nullptr;
    done(std::move(m_result));
}

} // namespace sic::verify
