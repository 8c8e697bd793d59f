#include "command.h"

#include "crypto/digest.h"

#include <QCommandLineParser>

namespace sic::cli {
namespace {

int runHash(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints the digest of each file, streamed in fixed memory."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Files to hash."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption algOpt(QStringLiteral("alg"),
                                    QStringLiteral("sha256 (default), sha384 or sha512."),
                                    QStringLiteral("alg"), QStringLiteral("sha256"));
    const QCommandLineOption b64Opt(QStringLiteral("base64"), QStringLiteral("Print Base64 instead of hex."));
    parser.addOption(algOpt);
    parser.addOption(b64Opt);
    if (const std::optional<int> rc = parseCommandLine(parser, "hash", args, io))
        return *rc;
    const auto alg = hashFromName(parser.value(algOpt));
    if (!alg || !hashInfo(*alg).allowedForSigning) {
        io.err << "sic-cli hash: unsupported algorithm '" << parser.value(algOpt)
               << "' (use sha256, sha384 or sha512)\n";
        return ExitUsage;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        io.err << "sic-cli hash: no file given\n";
        return ExitUsage;
    }
    int rc = ExitOk;
    for (const QString &file : files) {
        const auto digest = digestFile(file, *alg);
        if (!digest) {
            io.err << "sic-cli hash: " << file << ": " << digest.error().message;
            if (!digest.error().detail.isEmpty() && digest.error().detail != file)
                io.err << " (" << digest.error().detail << ")";
            io.err << "\n";
            io.err.flush();
            rc = ExitUsage;
            continue;
        }
        io.out << (parser.isSet(b64Opt) ? digest->toBase64() : digest->toHex()) << "  " << file << "\n";
        io.out.flush();
    }
    return rc;
}

const bool registered =
    registerCommand({"hash", "Print SHA-256/384/512 digests of files (streamed, fixed memory)", runHash});

} // namespace
} // namespace sic::cli
