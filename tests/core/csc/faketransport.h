#pragma once

// A scripted CscTransport for unit tests: answers by CSC method (the path after csc/vN/, or the
// last path segments for OAuth), records every request, and calls back asynchronously like the
// real one.

#include "csc/cscerror.h"
#include "csc/transport.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <deque>

class FakeTransport final : public sic::csc::CscTransport
{
public:
    using Handler = std::function<sic::Result<sic::csc::HttpResponse>(const sic::csc::HttpRequest &)>;

    static QString methodOf(const QUrl &url)
    {
        const QString p = url.path();
        for (const char *marker : {"/csc/v2/", "/csc/v1/"}) {
            const qsizetype i = p.indexOf(QLatin1String(marker));
            if (i >= 0)
                return p.mid(i + 8);
        }
        const qsizetype o = p.indexOf(QLatin1String("oauth2/"));
        return o >= 0 ? p.mid(o) : p;
    }

    static sic::csc::HttpResponse json(int status, const QJsonObject &o)
    {
        return {status, QJsonDocument(o).toJson(QJsonDocument::Compact), "application/json", {}, {}, {}};
    }
    static sic::csc::HttpResponse raw(int status, const QByteArray &body)
    {
        return {status, body, "text/plain", {}, {}, {}};
    }

    // A fixed answer for every call of a method, or a handler that sees the request.
    void on(const QString &method, Handler h) { m_handlers[method] = std::move(h); }
    void on(const QString &method, const sic::csc::HttpResponse &r)
    {
        m_handlers[method] = [r](const sic::csc::HttpRequest &) {
            return sic::Result<sic::csc::HttpResponse>(r);
        };
    }
    void onError(const QString &method, sic::csc::CscErrorKind kind)
    {
        m_handlers[method] = [kind](const sic::csc::HttpRequest &) -> sic::Result<sic::csc::HttpResponse> {
            return sic::csc::failWith(kind, QStringLiteral("fake"));
        };
    }

    quint64 send(const sic::csc::HttpRequest &request, Callback done) override
    {
        const quint64 id = ++m_next;
        requests.push_back(request);
        const QString method = methodOf(request.url);
        methods << method;
        auto it = m_handlers.find(method);
        sic::Result<sic::csc::HttpResponse> result =
            it == m_handlers.end()
                ? sic::Result<sic::csc::HttpResponse>(json(404, {{"error", "invalid_request"}}))
                : (*it)(request);
        m_live.insert(id, std::move(done));
        QTimer::singleShot(0, &m_context, [this, id, result] {
            auto cb = m_live.take(id);
            if (cb)
                cb(result);
        });
        return id;
    }
    void cancel(quint64 id) override
    {
        auto cb = m_live.take(id);
        if (cb)
            cb(sic::csc::failWith(sic::csc::CscErrorKind::Cancelled));
    }
    void cancelAll() override
    {
        for (quint64 id : m_live.keys())
            cancel(id);
    }

    static QJsonObject bodyOf(const sic::csc::HttpRequest &r)
    {
        return QJsonDocument::fromJson(r.body).object();
    }

    std::deque<sic::csc::HttpRequest> requests;
    QStringList methods;

private:
    QHash<QString, Handler> m_handlers;
    QHash<quint64, Callback> m_live;
    quint64 m_next = 0;
    QObject m_context; // pending answers die with the transport
};

// Counts the calls that pass through to a real transport (used to prove "two calls for 100 hashes").
class CountingTransport final : public sic::csc::CscTransport
{
public:
    explicit CountingTransport(sic::csc::CscTransport &inner) : m_inner(inner) {}
    quint64 send(const sic::csc::HttpRequest &request, Callback done) override
    {
        methods << (request.label.isEmpty() ? request.url.path() : request.label);
        return m_inner.send(request, std::move(done));
    }
    void cancel(quint64 id) override { m_inner.cancel(id); }
    void cancelAll() override { m_inner.cancelAll(); }
    QStringList methods;

private:
    sic::csc::CscTransport &m_inner;
};
