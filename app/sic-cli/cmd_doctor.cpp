// `sic-cli doctor`: the connection self-test of core/csc (the GUI's "Test connection"), printed
// for a person or as JSON for a ticket.
#include "command.h"
#include "csc_cli.h"

#include "csc/selftest.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <unistd.h>

namespace sic::cli {
namespace {

int runDoctor(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Tests the connection to a remote signature service step by step, as a signing would use it, and\n"
        "says per line what works: TLS (chain, pin, expiry, host name), the CSC versions that answer, info,\n"
        "the clock difference, the login, each credential (key, algorithms, authorization and factors,\n"
        "multisign, JT2A key-authorization level), time-stamps and the OCSP/CRL addresses in the signer's\n"
        "certificate. Nothing is signed; no PIN or OTP is asked for. Ends with a suggested provider profile\n"
        "(--write-profile saves it for --provider). Exit code 0 when no step failed, 4 otherwise."));
    parser.addHelpOption();
    CscCliOptions csc;
    csc.addTo(parser);
    const QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print the report as JSON.")};
    const QCommandLineOption writeProfile{QStringLiteral("write-profile"),
                                          QStringLiteral("Save the suggested provider profile to this file."),
                                          QStringLiteral("FILE")};
    const QCommandLineOption tsa{
        QStringLiteral("tsa"),
        QStringLiteral("Also check this RFC 3161 time-stamp URL (for B-T without the RSSP)."),
        QStringLiteral("URL")};
    parser.addOptions({json, writeProfile, tsa});
    if (const std::optional<int> rc = parseCommandLine(parser, "doctor", args, io))
        return *rc;
    CscCliTarget target;
    if (const int rc = resolveCscTarget(parser, csc, io, "doctor", &target); rc != ExitOk)
        return rc;

    csc::ConnectionSelfTest::Options options;
    options.url = target.url;
    options.settings = target.settings();
    options.tsaUrl = QUrl(parser.value(tsa));
    CliSecrets secrets;
    if (parser.isSet(csc.user)) {
        options.user = parser.value(csc.user);
        if (parser.isSet(csc.secretsStdin)) {
            QString error;
            if (!secrets.readStdin(io.in, &error)) {
                io.err << "sic-cli doctor: " << error << "\n";
                return ExitUsage;
            }
        } else if (!isatty(STDIN_FILENO)) {
            io.err << "sic-cli doctor: no terminal to ask for the password; give it with --secrets-stdin\n";
            return ExitUsage;
        }
        options.password = secrets.get(QStringLiteral("password"), QStringLiteral("Password: "));
    }
    csc::NetworkTransport transport(target.policy);
    csc::ConnectionSelfTest test(transport, options);
    options.password.fill(0);
    const bool human = !parser.isSet(json);
    csc::SelfTestReport report;
    waitFor([&](auto done) {
        test.run(
            [&, done](csc::SelfTestReport r) {
                report = std::move(r);
                done();
            },
            [&](const csc::SelfTestStep &s) {
                if (!human)
                    return;
                static const char *const marks[] = {"[ ok ]  ", "[warn]  ", "[FAIL]  ", "[skip]  "};
                io.out << marks[int(s.verdict)] << s.title << ": " << s.text << "\n";
                io.out.flush();
            });
    });
    const QJsonObject profile = report.suggestedProfile.toJson();
    if (human) {
        io.out << "\n"
               << (report.anyFailed() ? "Verdict: something does not work (see FAIL above).\n"
                                      : "Verdict: the connection works.\n")
               << "Suggested provider profile (use it with --provider FILE):\n"
               << QJsonDocument(profile).toJson(QJsonDocument::Indented);
    } else {
        io.out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    }
    io.out.flush();
    if (parser.isSet(writeProfile)) {
        QSaveFile f(parser.value(writeProfile));
        if (!f.open(QIODevice::WriteOnly) ||
            f.write(QJsonDocument(profile).toJson(QJsonDocument::Indented)) < 0 || !f.commit()) {
            io.err << "sic-cli doctor: cannot write " << parser.value(writeProfile) << ": " << f.errorString()
                   << "\n";
            return ExitUsage;
        }
    }
    return report.anyFailed() ? ExitServiceError : ExitOk;
}

const bool registered = registerCommand(
    {"doctor", "Test the connection to a signature service step by step (TLS, versions, login, keys)",
     runDoctor});

} // namespace
} // namespace sic::cli
