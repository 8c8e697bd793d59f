#pragma once

#include "base/clock.h"
#include "csc/cscclient.h"
#include "csc/providerprofile.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

namespace sic::csc {

// One line of the connection self-test: what was checked, a plain verdict, the sentence for a
// person and the facts for a support ticket.
struct SelfTestStep
{
    enum class Verdict
    {
        Ok,
        Warning, // works, but something will bite (certificate expiring, clock off, no TSA ...)
        Failed,
        Skipped // could not be checked (no user given, an earlier step failed)
    };
    QString id;    // stable: "tls", "versions", "info", "clock", "login", "credential", "timestamps",
                   // "revocation", "logout"
    QString title; // "TLS", "Credential cred-rsa2048-totp", ...
    Verdict verdict = Verdict::Ok;
    QString text; // for a person, in the UI language
    QJsonObject facts;
};
QString verdictName(SelfTestStep::Verdict v); // "ok", "warning", "failed", "skipped"

struct SelfTestReport
{
    QUrl url;
    QList<SelfTestStep> steps;
    // What the test detected, as a profile the user can save and pick (`--provider FILE`).
    ProviderProfile suggestedProfile;
    bool anyFailed() const;
    QJsonObject toJson() const;
};

// "Test connection": talks to an RSSP the way a signing would, step by step, and reports what
// works: TLS (chain, pin, expiry, host name), the API versions that answer, `info`, the clock
// difference, the login, each credential (key, algorithms, authorization mode and factors,
// multisign, the JT2A key-authorization level), time-stamps and the revocation addresses in the
// signer's certificate. Nothing is signed and no PIN or OTP is asked for. Used by
// `sic-cli doctor` and the GUI's Settings.
class ConnectionSelfTest final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl url;
        ClientSettings settings;
        QString user;        // empty: the steps after `info` are skipped
        QByteArray password; // HTTP Basic login; wiped when the test is done
        QUrl tsaUrl;         // a separate RFC 3161 TSA to check for reachability (B-T without the RSSP)
        const Clock *clock = nullptr; // null: the system clock
        int certificateWarningDays = 30;
        int clockWarningSeconds = 30; // a TOTP step: more than that and codes start to fail
    };
    // The transport must outlive the test (the caller chooses the TLS policy: that is what is
    // being tested).
    ConnectionSelfTest(CscTransport &transport, Options options, QObject *parent = nullptr);
    ~ConnectionSelfTest() override;

    // Calls back once with the whole report; `progress` (optional) gets each step as it ends.
    void run(std::function<void(SelfTestReport)> done,
             std::function<void(const SelfTestStep &)> progress = {});
    void cancel();

private:
    void add(SelfTestStep step);
    void probeVersions(QList<QUrl> candidates);
    void connectInfo();
    void login();
    void listCredentials();
    void checkTimestamps();
    void checkRevocation(QList<std::pair<QString, QUrl>> urls);
    void checkTsa();
    void finish();

    CscTransport &m_transport;
    Options m_options;
    std::unique_ptr<CscClient> m_client;
    SelfTestReport m_report;
    QList<Credential> m_credentials;
    bool m_tlsReported = false;
    std::function<void(SelfTestReport)> m_done;
    std::function<void(const SelfTestStep &)> m_progress;
};

} // namespace sic::csc
