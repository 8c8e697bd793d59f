#include "command.h"
#include "csc_cli.h"

namespace sic::cli {
namespace {

int runCredentials(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lists the signing credentials of a user at a remote signature "
                       "service (CSC API v2 or v1)."));
    parser.addHelpOption();
    CscCliOptions opts;
    opts.addTo(parser);
    if (const std::optional<int> rc = parseCommandLine(parser, "credentials", args, io))
        return *rc;
    CliSecrets secrets;
    CscCliSession session;
    if (const int rc = openCscSession(parser, opts, secrets, io, "credentials", &session); rc != ExitOk)
        return rc;
    std::optional<Result<QList<csc::Credential>>> list;
    waitFor([&](auto done) {
        session.client->listCredentials([&, done](Result<QList<csc::Credential>> r) {
            list = std::move(r);
            done();
        });
    });
    if (!*list) {
        printError(io, "credentials", list->error());
        return exitCodeFor(list->error());
    }
    io.out << "# " << session.client->serviceInfo().name << " (CSC " << session.client->serviceInfo().specs
           << ")\n";
    for (const csc::Credential &c : **list) {
        QStringList factors;
        for (csc::AuthFactor f : c.factors)
            factors << csc::factorName(f);
        io.out << c.id << "\n"
               << "  subject:   " << c.subjectCn << "\n"
               << "  key:       " << c.keyDescription() << "\n"
               << "  status:    " << c.statusDescription()
               << (c.validTo.isValid()
                       ? QStringLiteral(", valid until %1").arg(c.validTo.toString(Qt::ISODate))
                       : QString())
               << "\n"
               << "  level:     " << c.keyAuthorizationLevel() << " (SCAL" << c.scal << ")\n"
               << "  factors:   " << factors.join(QStringLiteral(" + ")) << "\n"
               << "  multisign: " << c.multisign << "\n";
    }
    io.out.flush();
    return ExitOk;
}

const bool registered = registerCommand(
    {"credentials", "List the signing credentials at a remote signature service (RSSP)", runCredentials});

} // namespace
} // namespace sic::cli
