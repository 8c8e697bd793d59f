#include "command.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

static void printHelp(QTextStream &out)
{
    out << "Usage: sic-cli <command> [options]\n\n"
           "Remote-signature client and verifier, headless.\n\nCommands:\n";
    for (const auto &c : sic::cli::commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(14) << c.summary << "\n";
    out << "\n'sic-cli <command> --help' describes a command.\n\n"
           "Exit codes:\n"
           "  0  success (every file hashed, signed or verified as valid)\n"
           "  1  the operation ran and failed (a signature is invalid, a file could not be signed)\n"
           "  2  indeterminate (verify: a signature could not be confirmed, none failed)\n"
           "  3  usage error, or an input that is missing, unreadable or a folder\n"
           "  4  the remote signature service or the network failed\n";
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sic-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("sic"));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("sic"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    sic::cli::Io io{out, err, in};

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printHelp(args.isEmpty() ? err : out);
        return args.isEmpty() ? sic::cli::ExitUsage : sic::cli::ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "sic-cli " << QStringLiteral(SIC_VERSION) << "\n";
        return sic::cli::ExitOk;
    }
    const QString name = args.takeFirst();
    for (const auto &c : sic::cli::commands()) {
        if (name == QLatin1String(c.name))
            return c.run(args, io);
    }
    err << "sic-cli: unknown command '" << name << "'\n";
    printHelp(err);
    return sic::cli::ExitUsage;
}
