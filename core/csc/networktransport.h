#pragma once

#include "csc/transport.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>

class QNetworkReply;
class QTimer;

namespace sic::csc {

// CscTransport on QNetworkAccessManager. TLS is always verified (system store + the policy's extra
// CAs); SSL errors are recorded for the message and never ignored; SPKI pins are checked as soon as
// the handshake is done (before the request body leaves) and again on every answer.
class NetworkTransport final : public QObject, public CscTransport
{
    Q_OBJECT
public:
    explicit NetworkTransport(TlsPolicy policy, QObject *parent = nullptr);
    ~NetworkTransport() override;

    quint64 send(const HttpRequest &request, Callback done) override;
    void cancel(quint64 id) override;
    void cancelAll() override;

    // Loads a PEM bundle of extra trust anchors (csc.tls_failure if unreadable or empty).
    static Result<QList<QSslCertificate>> loadCaBundle(const QString &path);
    // Parses "--pin-sha256" style Base64 pins.
    static Result<QByteArray> parsePin(const QString &base64);

private:
    struct Pending
    {
        HttpRequest request;
        Callback done;
        QNetworkReply *reply = nullptr;
        QTimer *timer = nullptr;
        bool cancelled = false;
        bool timedOut = false;
        QString tlsDetail;
        QString pinDetail;
        int attempt = 0;
    };
    void start(quint64 id);
    void onFinished(quint64 id);
    QString checkPin(QNetworkReply *reply) const;

    TlsPolicy m_policy;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_nam;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
};

} // namespace sic::csc
