#pragma once

// Starts a real sic-devrssp (init + serve --port 0 --test-hooks) for integration tests and talks to
// it. Link the CMake target sic_devrssp_testsupport. Typical use:
//
//   DevRssp rssp;
//   const DevRssp::Started s = rssp.start(tempDir.filePath("rssp"));
//   QVERIFY2(s.ok(), qPrintable(s.error));
//   ... s.init["password"], s.ready["csc_v2"], rssp.caCertificates(), rssp.nextTotp() ...
//   rssp.stop(); // also done by the destructor
//
// The test PKI is taken from $SIC_BUILD_DIR/test-pki (CTest fixture "pki") unless Options::pkiDir is set.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <memory>

class DevRssp
{
public:
    struct Options
    {
        QString pkiDir;          // default: $SIC_BUILD_DIR/test-pki
        int sadLifetime = 0;     // 0: server default (300 s)
        bool testHooks = true;   // enables /test/clock and /test/fault
        int timeoutMs = 60000;   // for init and for the ready file
        QStringList quirks = {}; // serve --quirks (provider variance switches, docs/devrssp.md)
        // OCSP/CRL over plain HTTP on this port (0: any free port). A PKI made with
        // SIC_PKI_URL_BASE=http://127.0.0.1:N needs N here for its certificates' URLs to answer.
        int pkiPort = 0;
    };
    struct Started
    {
        QJsonObject init; // stdout of `sic-devrssp init` (user, password, pin, totp_secret, credentials, ...)
        QJsonObject ready; // the ready file (base, csc_v2, csc_v1, oauth2, tsa, ocsp, crl, ca_bundle, pid)
        QString error;     // empty on success
        bool ok() const { return error.isEmpty(); }
    };
    struct Reply
    {
        int status = 0; // HTTP status, 0 if no HTTP answer
        QByteArray body;
        QByteArray contentType;
        QByteArray location;  // Location header (redirects are not followed)
        QString networkError; // empty if the exchange completed
        QJsonObject json() const;
    };

    DevRssp();
    ~DevRssp();
    DevRssp(const DevRssp &) = delete;
    DevRssp &operator=(const DevRssp &) = delete;

    static QString binary();        // path of sic-devrssp (env SIC_DEVRSSP overrides)
    static QString defaultPkiDir(); // $SIC_BUILD_DIR/test-pki

    Started start(const QString &stateDir);
    Started start(const QString &stateDir, const Options &options);
    void stop(); // SIGTERM, then wait
    bool isRunning() const;
    int exitCode() const { return m_exitCode; }

    const QString &stateDir() const { return m_stateDir; }
    QString pkiDir() const { return m_started.init.value(QStringLiteral("pki")).toString(); }
    QString auditLog() const { return m_stateDir + QStringLiteral("/audit.jsonl"); }
    QString outboxFile() const { return m_stateDir + QStringLiteral("/outbox.jsonl"); }
    QString readyFile() const { return m_stateDir + QStringLiteral("/ready.json"); }
    const QJsonObject &init() const { return m_started.init; }
    const QJsonObject &ready() const { return m_started.ready; }
    QString base() const { return m_started.ready.value(QStringLiteral("base")).toString(); }
    QString cscV1() const { return m_started.ready.value(QStringLiteral("csc_v1")).toString(); }
    QString cscV2() const { return m_started.ready.value(QStringLiteral("csc_v2")).toString(); }
    // OCSP and CRL over plain HTTP (serve --pki-port 0), as CAs publish them.
    QString pkiHttp() const { return m_started.ready.value(QStringLiteral("pki_http")).toString(); }
    QString user() const { return m_started.init.value(QStringLiteral("user")).toString(); }
    QString password() const { return m_started.init.value(QStringLiteral("password")).toString(); }
    QString pin() const { return m_started.init.value(QStringLiteral("pin")).toString(); }
    QString totpSecret() const { return m_started.init.value(QStringLiteral("totp_secret")).toString(); }

    // The CA that signs the server's TLS certificate (trust/root.pem): add it to QSslConfiguration.
    QList<QSslCertificate> caCertificates() const;
    // A network manager whose requests trust caCertificates() (see request()).
    QNetworkAccessManager &network() { return *m_nam; }

    // Server time as the test hooks moved it (real time + total advance).
    QDateTime serverNow() const { return QDateTime::currentDateTimeUtc().addSecs(m_clockOffset); }
    // The demo user's TOTP code for a given time.
    QString totpAt(const QDateTime &t) const;
    // Moves the server clock by 30 s and returns a code for the new time: never a replay of an earlier code.
    QString nextTotp();
    bool advanceClock(qint64 seconds);  // POST /test/clock
    bool setFault(const QString &mode); // POST /test/fault
    // Fault slow-sign: signHash answers only after `seconds` (docs/devrssp.md); setFault("none") ends it.
    bool setSlowSign(int seconds);
    // POST /test/quirks: replaces the provider variance switches (an empty list clears them).
    bool setQuirks(const QStringList &quirks);
    // Parsed lines of DIR/outbox.jsonl (out-of-band OTP deliveries), oldest first.
    QList<QJsonObject> outbox() const;
    // The newest out-of-band OTP sent for a credential (empty if none).
    QString lastOobOtp(const QString &credentialId) const;

    // Runs `sic-devrssp <args> --state DIR`; returns exit code, stdout in *out.
    int admin(const QStringList &args, QByteArray *out = nullptr) const;

    // Synchronous HTTPS helpers for tests (wait with QSignalSpy; no redirects followed).
    Reply post(const QString &url, const QJsonObject &body, const QString &bearer = {},
               const QByteArray &basicAuth = {});
    Reply postRaw(const QString &url, const QByteArray &body, const QByteArray &contentType);
    Reply get(const QString &url);

private:
    Reply send(const QString &method, const QString &url, const QByteArray &body,
               const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &headers);

    QString m_stateDir;
    std::unique_ptr<QProcess> m_serve;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    Started m_started;
    qint64 m_clockOffset = 0;
    int m_exitCode = -1;
};
