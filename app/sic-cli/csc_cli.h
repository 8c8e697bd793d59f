#pragma once

// What `sic-cli credentials` and `sic-cli sign-hash` share: the RSSP connection options, the secrets
// (from --secrets-stdin or typed without echo), the prompter and the wait for core's callbacks.

#include "command.h"
#include "csc/authorization.h"
#include "csc/cscclient.h"
#include "csc/networktransport.h"
#include "csc/providerprofile.h"
#include "engine/connection.h"
#include "settings/settings.h"

#include <QCommandLineParser>

#include <memory>

namespace sic::cli {

struct CscCliOptions
{
    QCommandLineOption rssp{QStringLiteral("rssp"),
                            QStringLiteral("RSSP base URL (https://host:port) or its csc/v1 or csc/v2 URL."),
                            QStringLiteral("url")};
    QCommandLineOption caBundle{QStringLiteral("ca-bundle"),
                                QStringLiteral("Extra trusted CA certificates (PEM) for this RSSP."),
                                QStringLiteral("pem")};
    QCommandLineOption pin{QStringLiteral("pin-sha256"),
                           QStringLiteral("Expected Base64 SHA-256 of the server key (SPKI); repeatable."),
                           QStringLiteral("b64")};
    QCommandLineOption user{QStringLiteral("user"), QStringLiteral("Login name at the RSSP."),
                            QStringLiteral("name")};
    QCommandLineOption secretsStdin{QStringLiteral("secrets-stdin"),
#ifdef SIC_DEV_SUPPORT
                                    QStringLiteral("Read password=, pin=, otp= lines from standard input "
                                                   "(otp=outbox:PATH reads a dev RSSP's OTP outbox).")};
#else
                                    QStringLiteral("Read password=, pin=, otp= lines from standard input.")};
#endif
    QCommandLineOption timeout{QStringLiteral("timeout"), QStringLiteral("Seconds per call (default 30)."),
                               QStringLiteral("s"), QStringLiteral("30")};
    QCommandLineOption proxy{
        QStringLiteral("proxy"),
        QStringLiteral("HTTP(S) proxy for the RSSP, http://host:port or socks5://host:port "
                       "(default: the system's)."),
        QStringLiteral("url")};
    QCommandLineOption provider{QStringLiteral("provider"),
                                QStringLiteral("Provider profile: a .json file or the name of a built-in or "
                                               "administrator's profile (docs/csc-client.md)."),
                                QStringLiteral("FILE|NAME")};
    void addTo(QCommandLineParser &parser);
};

// Password, PIN and OTP for one run; wiped on destruction.
class CliSecrets
{
public:
    ~CliSecrets();
    // Reads key=value lines until EOF. A key may repeat: "otp" once per authorization.
    bool readStdin(QTextStream &in, QString *error);
    bool scripted() const { return m_scripted; }
    // Returns the secret, asking on the terminal (no echo) when not scripted. A repeated key is
    // handed out in order; its last value stays for later asks.
    QByteArray get(const QString &key, const QString &prompt);
    QByteArray peek(const QString &key) const { return m_values.value(key).value(0); }

private:
    QHash<QString, QList<QByteArray>> m_values;
    bool m_scripted = false;
};

// Runs core's asynchronous call and waits for its callback (the CLI, not core, owns an event loop).
void waitFor(const std::function<void(std::function<void()> done)> &start);

// The connected, logged-in session.
struct CscCliSession
{
    std::unique_ptr<csc::NetworkTransport> transport;
    std::unique_ptr<csc::CscClient> client;
    std::unique_ptr<csc::UrlOpener> opener; // OAuth2 login: prints the URL
    ~CscCliSession();                       // ends the session at the service (closeCscSession)
};
// The provider profile of --provider (none: the defaults), the service URL (--rssp, else the
// profile's), the connection (--ca-bundle/--pin-sha256 in `rssp`, --timeout/--proxy) and the TLS
// policy they make. Prints the problem and returns its exit code, or ExitOk.
struct CscCliTarget
{
    std::optional<csc::ProviderProfile> profile;
    QUrl url;
    RsspProfile rssp; // what engine::connectTo gets
    engine::ConnectionOptions connection;
    csc::TlsPolicy policy; // engine::tlsPolicyFor(rssp, connection)
    csc::ClientSettings settings() const { return profile ? profile->settings : csc::ClientSettings{}; }
};
int resolveCscTarget(const QCommandLineParser &parser, const CscCliOptions &opts, Io &io, const char *command,
                     CscCliTarget *target);
// Ends the session at the service (auth/revoke when offered and the profile does not say otherwise).
void closeCscSession(CscCliSession &session);
// Prints the error and returns the exit code, or ExitOk with *session ready.
// `adjust` may change the profile built from the options before it is used (the policy's pins).
int openCscSession(const QCommandLineParser &parser, const CscCliOptions &opts, CliSecrets &secrets, Io &io,
                   const char *command, CscCliSession *session,
                   const std::function<Result<void>(RsspProfile &)> &adjust = {});

int exitCodeFor(const Error &error);
void printError(Io &io, const char *command, const Error &error);

// Answers the authorization from CliSecrets; never retries a wrong factor when scripted.
class CliPrompter final : public csc::AuthorizationPrompter
{
public:
    CliPrompter(CliSecrets &secrets, Io &io, const char *command = "sign-hash")
        : m_secrets(secrets), m_io(io), m_command(command)
    {}
    void plannedAuthorizations(const csc::Credential &credential, int count, int total) override;
    void requestFactors(const csc::FactorRequest &request,
                        std::function<void(csc::FactorAnswer)> answer) override;

private:
#ifdef SIC_DEV_SUPPORT
    // The dev RSSP writes each OTP it "sends" to a file; tests and the demo read it from there.
    QByteArray otpFromOutbox(const QString &path, const QString &credentialId);
#endif
    CliSecrets &m_secrets;
    Io &m_io;
    const char *m_command;
};

} // namespace sic::cli
