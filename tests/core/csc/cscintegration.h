#pragma once

// Shared by the CSC integration suites: waiting on callbacks, a scripted prompter, the test as the
// user's browser for the OAuth2 login page of sic-devrssp, and a collector of every log message.

#include "csc/authorization.h"
#include "devrssp.h"

#include <QMutex>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <optional>

template <typename T>
struct Waiter
{
    std::optional<sic::Result<T>> result;
    auto cb()
    {
        return [this](sic::Result<T> r) {
            result = std::move(r);
        };
    }
    bool wait(int ms = 60000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
    auto &v() { return **result; }
    bool ok() const { return result && result->has_value(); }
    QString code() const { return result && !result->has_value() ? result->error().code : QString(); }
    QByteArray why() const
    {
        return result && !result->has_value() ? result->error().toString().toUtf8() : QByteArray();
    }
};

class LambdaPrompter final : public sic::csc::AuthorizationPrompter
{
public:
    std::function<sic::csc::FactorAnswer(const sic::csc::FactorRequest &)> answer;
    QList<sic::csc::FactorRequest> requests;
    int planned = -1;
    void plannedAuthorizations(const sic::csc::Credential &, int count, int) override { planned = count; }
    void requestFactors(const sic::csc::FactorRequest &request,
                        std::function<void(sic::csc::FactorAnswer)> reply) override
    {
        requests << request;
        reply(answer ? answer(request) : sic::csc::FactorAnswer{});
    }
};

// Collects every Qt message while installed, to prove that no secret reaches a log.
class LogCollector
{
public:
    static QStringList &messages()
    {
        static QStringList m;
        return m;
    }
    static void install()
    {
        s_previous =
            qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &ctx, const QString &msg) {
                messages() << msg;
                if (s_previous)
                    s_previous(type, ctx, msg);
            });
    }
    static QString findAny(const QStringList &secrets)
    {
        for (const QString &m : messages()) {
            for (const QString &s : secrets) {
                if (s.size() >= 4 && m.contains(s))
                    return s;
            }
        }
        return {};
    }

private:
    static inline QtMessageHandler s_previous = nullptr;
};

inline QString htmlUnescape(QString s)
{
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

// The test as the system browser: loads the authorize page, fills the login form (and PIN/OTP for
// the credential scope), posts it and follows the redirect to the app's loopback listener.
struct TestBrowser
{
    DevRssp &rssp;
    QString pin;
    std::function<QString()> otp;
    QString password;
    QString lastError;
    int pagesLoaded = 0;

    void browse(const QUrl &url)
    {
        const DevRssp::Reply page = rssp.get(url.toString(QUrl::FullyEncoded));
        if (page.status != 200) {
            lastError = QStringLiteral("authorize page HTTP %1: %2")
                            .arg(page.status)
                            .arg(QString::fromUtf8(page.body));
            return;
        }
        ++pagesLoaded;
        const QString html = QString::fromUtf8(page.body);
        QList<std::pair<QString, QString>> form;
        static const QRegularExpression hidden(
            QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\""));
        for (auto it = hidden.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            form.append({htmlUnescape(m.captured(1)), htmlUnescape(m.captured(2))});
        }
        form.append({QStringLiteral("username"), rssp.user()});
        form.append({QStringLiteral("password"), password.isEmpty() ? rssp.password() : password});
        if (html.contains(QLatin1String("name=\"pin\"")))
            form.append({QStringLiteral("pin"), pin});
        if (html.contains(QLatin1String("name=\"otp\"")))
            form.append({QStringLiteral("otp"), otp()});
        QByteArray body;
        for (const auto &[k, v] : form)
            body +=
                (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
        QUrl post = url;
        post.setQuery(QString());
        const DevRssp::Reply redirect =
            rssp.postRaw(post.toString(), body, "application/x-www-form-urlencoded");
        if (redirect.status != 302 || redirect.location.isEmpty()) {
            lastError = QStringLiteral("login form HTTP %1: %2")
                            .arg(redirect.status)
                            .arg(QString::fromUtf8(redirect.body));
            return;
        }
        const DevRssp::Reply landing = rssp.get(QString::fromUtf8(redirect.location));
        if (landing.status != 200)
            lastError = QStringLiteral("loopback answered HTTP %1").arg(landing.status);
    }

    sic::csc::FunctionUrlOpener opener()
    {
        return sic::csc::FunctionUrlOpener([this](const QUrl &url) {
            // Like a real browser: later, not inside the client's call.
            QTimer::singleShot(0, [this, url] { browse(url); });
            return true;
        });
    }
};

#include "csc/cscclient.h"
#include "csc/networktransport.h"
#include "faketransport.h"

#include <memory>

// A logged-in client on a real NetworkTransport (trusting the dev RSSP's CA), with a call counter.
struct Session
{
    std::unique_ptr<sic::csc::NetworkTransport> net;
    std::unique_ptr<CountingTransport> counter;
    std::unique_ptr<sic::csc::CscClient> client;

    QString open(DevRssp &rssp, const QString &url, bool login = true, sic::csc::TlsPolicy policy = {})
    {
        if (policy.extraCaCertificates.isEmpty())
            policy.extraCaCertificates = rssp.caCertificates();
        net = std::make_unique<sic::csc::NetworkTransport>(policy);
        counter = std::make_unique<CountingTransport>(*net);
        client = std::make_unique<sic::csc::CscClient>(*counter, QUrl(url));
        Waiter<sic::csc::ServiceInfo> info;
        client->connectService(info.cb());
        if (!info.wait() || !info.ok())
            return QStringLiteral("info: ") + QString::fromUtf8(info.why());
        if (!login)
            return {};
        Waiter<void> in;
        client->loginBasic(rssp.user(), rssp.password().toUtf8(), in.cb());
        if (!in.wait() || !in.ok())
            return QStringLiteral("login: ") + QString::fromUtf8(in.why());
        return {};
    }

    sic::Result<sic::csc::Credential> credential(const QString &id)
    {
        Waiter<sic::csc::Credential> w;
        client->credentialInfo(id, w.cb());
        if (!w.wait())
            return sic::fail(QStringLiteral("test.timeout"), QStringLiteral("timeout"));
        return *w.result;
    }
};
