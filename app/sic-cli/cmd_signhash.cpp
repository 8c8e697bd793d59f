#include "command.h"
#include "csc_cli.h"

#include "csc/cschashsigner.h"
#include "csc/encoding.h"

namespace sic::cli {
namespace {

int runSignHash(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Signs precomputed hashes with a credential at a remote signature service and prints one Base64 "
        "signature value per line, in input order. Every value is verified against the certificate first."));
    parser.addHelpOption();
    CscCliOptions opts;
    opts.addTo(parser);
    const QCommandLineOption credOpt(QStringLiteral("credential"), QStringLiteral("Credential ID."),
                                     QStringLiteral("id"));
    const QCommandLineOption algOpt(QStringLiteral("hash-alg"),
                                    QStringLiteral("sha256 (default), sha384 or sha512."),
                                    QStringLiteral("alg"), QStringLiteral("sha256"));
    const QCommandLineOption hashOpt(
        QStringLiteral("hash"), QStringLiteral("Base64 digest to sign; repeatable."), QStringLiteral("b64"));
    const QCommandLineOption pssOpt(QStringLiteral("pss"), QStringLiteral("RSA keys: use RSASSA-PSS."));
    parser.addOption(credOpt);
    parser.addOption(algOpt);
    parser.addOption(hashOpt);
    parser.addOption(pssOpt);
    if (const std::optional<int> rc = parseCommandLine(parser, "sign-hash", args, io))
        return *rc;
    const auto alg = hashFromName(parser.value(algOpt));
    if (!alg || !hashInfo(*alg).allowedForSigning) {
        io.err << "sic-cli sign-hash: unsupported --hash-alg '" << parser.value(algOpt) << "'\n";
        return ExitUsage;
    }
    QList<QByteArray> digests;
    for (const QString &h : parser.values(hashOpt)) {
        const auto d = csc::decodeBase64Any(h.toLatin1());
        if (!d || d->size() != hashInfo(*alg).size) {
            io.err << "sic-cli sign-hash: '" << h << "' is not a Base64 " << hashInfo(*alg).name
                   << " digest\n";
            return ExitUsage;
        }
        digests << *d;
    }
    if (digests.isEmpty() || !parser.isSet(credOpt)) {
        io.err << "sic-cli sign-hash: --credential and at least one --hash are required\n";
        return ExitUsage;
    }

    CliSecrets secrets;
    CscCliSession session;
    if (const int rc = openCscSession(parser, opts, secrets, io, "sign-hash", &session); rc != ExitOk)
        return rc;
    std::optional<Result<csc::Credential>> cred;
    waitFor([&](auto done) {
        session.client->credentialInfo(parser.value(credOpt), [&, done](Result<csc::Credential> r) {
            cred = std::move(r);
            done();
        });
    });
    if (!*cred) {
        printError(io, "sign-hash", cred->error());
        return exitCodeFor(cred->error());
    }
    CliPrompter prompter(secrets, io);
    csc::FunctionUrlOpener opener([&io](const QUrl &url) {
        io.err << "Open this address in your browser to authorize the signature:\n  "
               << url.toString(QUrl::FullyEncoded) << "\n";
        io.err.flush();
        return true;
    });
    csc::CscHashSigner signer(*session.client, **cred, prompter, &opener, {*alg, parser.isSet(pssOpt)});
    std::optional<Result<QList<QByteArray>>> values;
    waitFor([&](auto done) {
        signer.signDigests(digests, [&, done](Result<QList<QByteArray>> r) {
            values = std::move(r);
            done();
        });
    });
    if (!*values) {
        printError(io, "sign-hash", values->error());
        return exitCodeFor(values->error());
    }
    for (const QByteArray &v : **values)
        io.out << v.toBase64() << "\n";
    io.out.flush();
    return ExitOk;
}

const bool registered = registerCommand(
    {"sign-hash", "Sign Base64 digests with a credential at a remote signature service (RSSP)", runSignHash});

} // namespace
} // namespace sic::cli
