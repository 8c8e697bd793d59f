#include "csc_cli.h"
#include "base/textsafe.h"
#include "net/replyguard.h"

#include "csc/cscerror.h"
#include "engine/connection.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace sic::cli {

void CscCliOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption(rssp);
    parser.addOption(caBundle);
    parser.addOption(pin);
    parser.addOption(user);
    parser.addOption(secretsStdin);
    parser.addOption(timeout);
    parser.addOption(proxy);
    parser.addOption(provider);
}

CliSecrets::~CliSecrets()
{
    for (QList<QByteArray> &list : m_values) {
        for (QByteArray &v : list)
            v.fill(0);
    }
}

bool CliSecrets::readStdin(QTextStream &in, QString *error)
{
    m_scripted = true;
    while (!in.atEnd()) {
        QString line = in.readLine();
        const qsizetype eq = line.indexOf(u'=');
        if (line.trimmed().isEmpty())
            continue;
        if (eq <= 0) {
            *error = QStringLiteral("--secrets-stdin expects key=value lines (password, pin, otp)");
            return false;
        }
        m_values[line.left(eq).trimmed()].append(line.mid(eq + 1).toUtf8());
        line.fill(u'\0');
    }
    return true;
}

QByteArray CliSecrets::get(const QString &key, const QString &prompt)
{
    if (m_scripted || m_values.contains(key)) {
        QList<QByteArray> &list = m_values[key];
        if (list.size() > 1)
            return list.takeFirst();
        return list.value(0);
    }
    std::fputs(qPrintable(prompt), stderr);
    std::fflush(stderr);
    termios old{};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        std::fputs("\n", stderr);
    }
    QByteArray value(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return value;
}

void waitFor(const std::function<void(std::function<void()> done)> &start)
{
    QEventLoop loop;
    bool finished = false;
    start([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

int exitCodeFor(const Error &error)
{
    const auto kind = csc::errorKind(error);
    if (kind == csc::CscErrorKind::SignatureRejected || kind == csc::CscErrorKind::CmsInsteadOfRaw ||
        kind == csc::CscErrorKind::Cancelled)
        return ExitFailed;
    return ExitServiceError;
}

void printError(Io &io, const char *command, const Error &error)
{
    io.err << "sic-cli " << command << ": " << printableLine(error.message);
    if (!error.detail.isEmpty())
        io.err << " (" << printableLine(error.detail) << ")";
    io.err << " [" << error.code << "]\n";
    io.err.flush();
}

int resolveCscTarget(const QCommandLineParser &parser, const CscCliOptions &opts, Io &io, const char *command,
                     CscCliTarget *target)
{
    if (parser.isSet(opts.provider)) {
        auto profile = csc::loadProviderProfile(parser.value(opts.provider));
        if (!profile) {
            printError(io, command, profile.error());
            return ExitUsage;
        }
        target->profile = std::move(*profile);
    }
    const QUrl given(parser.value(opts.rssp));
    if (target->profile && target->profile->locked && parser.isSet(opts.rssp) &&
        !target->profile->url.isEmpty() &&
        given.adjusted(QUrl::StripTrailingSlash) != target->profile->url.adjusted(QUrl::StripTrailingSlash)) {
        io.err << "sic-cli " << command << ": the provider profile " << target->profile->id
               << " is locked by the administrator to " << target->profile->url.toString() << "\n";
        return ExitUsage;
    }
    target->url = parser.isSet(opts.rssp) || !target->profile ? given : target->profile->url;
    if (target->url.isEmpty()) {
        io.err << "sic-cli " << command << ": --rssp (or a --provider profile with a URL) is required\n";
        return ExitUsage;
    }
    const QUrl &url = target->url;
    if (!url.isValid() || url.scheme() != QLatin1String("https")) {
        io.err << "sic-cli " << command << ": --rssp must be an https:// URL\n";
        return ExitUsage;
    }
    // Range-checked: "--timeout 2147484" once overflowed into a negative timer, i.e. no timeout.
    const std::optional<int> timeout = net::parseTimeoutSeconds(parser.value(opts.timeout));
    if (!timeout) {
        io.err << "sic-cli " << command << ": --timeout must be a number of seconds from "
               << net::kMinTimeoutSeconds << " to " << net::kMaxTimeoutSeconds << "\n";
        return ExitUsage;
    }
    target->connection.timeoutMs = *timeout * 1000;
    if (parser.isSet(opts.proxy)) {
        const QUrl proxy(parser.value(opts.proxy));
        if (!proxy.isValid() || proxy.host().isEmpty()) {
            io.err << "sic-cli " << command << ": --proxy must be a URL such as http://proxy:3128\n";
            return ExitUsage;
        }
        target->connection.proxy = QNetworkProxy(
            proxy.scheme() == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
            proxy.host(), quint16(proxy.port(3128)), proxy.userName(), proxy.password());
    }
    target->rssp.url = url;
    target->rssp.caBundle = parser.value(opts.caBundle);
    target->rssp.spkiSha256 = parser.values(opts.pin);
    // Checked before any secret is read: a bad bundle or pin is a usage error.
    auto policy = engine::tlsPolicyFor(target->rssp, target->connection);
    if (!policy) {
        printError(io, command, policy.error());
        return ExitUsage;
    }
    target->policy = std::move(*policy);
    return ExitOk;
}

CscCliSession::~CscCliSession()
{
    closeCscSession(*this);
}

void closeCscSession(CscCliSession &session)
{
    if (!session.client || !session.client->isLoggedIn())
        return;
    waitFor([&](auto done) { session.client->revokeAndLogout([done](Result<void>) { done(); }); });
}

int openCscSession(const QCommandLineParser &parser, const CscCliOptions &opts, CliSecrets &secrets, Io &io,
                   const char *command, CscCliSession *session,
                   const std::function<Result<void>(RsspProfile &)> &adjust)
{
    CscCliTarget target;
    if (const int rc = resolveCscTarget(parser, opts, io, command, &target); rc != ExitOk)
        return rc;
    if (adjust) {
        if (auto ok = adjust(target.rssp); !ok) {
            printError(io, command, ok.error());
            return ExitUsage;
        }
    }
    auto connected = engine::connectTo(target.rssp, target.connection);
    if (!connected) {
        printError(io, command, connected.error());
        return ExitUsage;
    }
    if (!parser.isSet(opts.user)) {
        io.err << "sic-cli " << command << ": --user is required\n";
        return ExitUsage;
    }
    if (!parser.isSet(opts.secretsStdin) && !isatty(STDIN_FILENO)) {
        io.err << "sic-cli " << command
               << ": no terminal to ask for the password, PIN and OTP; give them with --secrets-stdin\n";
        return ExitUsage;
    }
    if (parser.isSet(opts.secretsStdin)) {
        QString error;
        if (!secrets.readStdin(io.in, &error)) {
            io.err << "sic-cli " << command << ": " << error << "\n";
            return ExitUsage;
        }
    }
    session->transport = std::move(connected->transport);
    session->client = std::move(connected->client);
    session->client->setSettings(target.settings());
    std::optional<Error> failure;
    waitFor([&](auto done) {
        session->client->connectService([&, done](Result<csc::ServiceInfo> info) {
            if (!info) {
                failure = info.error();
                return done();
            }
            auto finished = [&, done](Result<void> in) {
                if (!in)
                    failure = in.error();
                done();
            };
            // A profile that says OAuth2: the login page in the browser (the CLI prints its URL).
            if (target.profile && target.profile->login == csc::ProviderProfile::Login::OAuth2) {
                session->opener = std::make_unique<csc::FunctionUrlOpener>([&io](const QUrl &u) {
                    io.err << "sic-cli: open this address in a browser to log in: " << u.toString() << "\n";
                    io.err.flush();
                    return true;
                });
                session->client->loginOAuth(*session->opener, finished);
                return;
            }
            const QByteArray password = secrets.get(QStringLiteral("password"), QStringLiteral("Password: "));
            session->client->loginBasic(parser.value(opts.user), password, finished);
        });
    });
    if (failure) {
        printError(io, command, *failure);
        return exitCodeFor(*failure);
    }
    return ExitOk;
}

void CliPrompter::plannedAuthorizations(const csc::Credential &credential, int count, int total)
{
    if (count > 1) {
        m_io.err << "sic-cli: " << total << " signatures with " << credential.id << " need " << count
                 << " authorizations (at most " << credential.multisign << " each)\n";
        m_io.err.flush();
    }
}

#ifdef SIC_DEV_SUPPORT
QByteArray CliPrompter::otpFromOutbox(const QString &path, const QString &credentialId)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray newest;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QLatin1String("credentialID")).toString() == credentialId)
            newest = o.value(QLatin1String("otp")).toString().toUtf8();
    }
    return newest;
}
#endif

void CliPrompter::requestFactors(const csc::FactorRequest &request,
                                 std::function<void(csc::FactorAnswer)> answer)
{
    using csc::AuthFactor;
    using Action = csc::FactorAnswer::Action;
    if (request.lastError) {
        printError(m_io, m_command, *request.lastError);
        if (m_secrets.scripted()) // a script cannot type a better PIN; stop before the key locks
            return answer({Action::Cancel, {}, {}});
    }
    if (request.authorizationCount > 1) {
        m_io.err << "sic-cli: authorization " << request.authorizationIndex << " of "
                 << request.authorizationCount << " (" << request.numSignatures << " signatures)\n";
        m_io.err.flush();
    }
    if (request.continuation) {
        m_io.err << "sic-cli: the signature service signs one document per call and its authorization "
                    "covered only the first; "
                 << request.alreadySigned << " signed, another authorization for the "
                 << request.numSignatures << " left\n";
        m_io.err.flush();
    }
    const auto &f = request.factors;
    if (f.contains(AuthFactor::OAuth2Browser))
        return answer({Action::Submit, {}, {}});
    const bool oob = f.contains(AuthFactor::OtpOutOfBand);
    if (oob && !request.otpSent)
        return answer({Action::SendOtp, {}, {}});
    csc::FactorAnswer a{Action::Submit, {}, {}};
    if (f.contains(AuthFactor::Pin))
        a.pin =
            m_secrets.get(QStringLiteral("pin"), QStringLiteral("PIN for %1: ").arg(request.credential.id));
    else if (request.optionalFactors.contains(AuthFactor::Pin) &&
             (!m_secrets.scripted() || !m_secrets.peek(QStringLiteral("pin")).isEmpty()))
        a.pin = m_secrets.get(
            QStringLiteral("pin"),
            QStringLiteral("PIN for %1 (optional, Enter to skip): ").arg(request.credential.id));
    if (oob || f.contains(AuthFactor::OtpTotp)) {
        const QByteArray otp = m_secrets.peek(QStringLiteral("otp"));
#ifdef SIC_DEV_SUPPORT
        if (oob && otp.startsWith("outbox:"))
            a.otp = otpFromOutbox(QString::fromUtf8(otp.mid(7)), request.credential.id);
        else
#endif
            a.otp = m_secrets.get(QStringLiteral("otp"),
                                  oob ? QStringLiteral("One-time password (sent to you): ")
                                      : QStringLiteral("One-time password (authenticator app): "));
    } else if (request.optionalFactors.contains(AuthFactor::OtpTotp) &&
               (!m_secrets.scripted() || !m_secrets.peek(QStringLiteral("otp")).isEmpty())) {
        a.otp = m_secrets.get(QStringLiteral("otp"),
                              QStringLiteral("One-time password (optional, Enter to skip): "));
    }
    answer(std::move(a));
}

} // namespace sic::cli
