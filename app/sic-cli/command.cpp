#include "command.h"

namespace sic::cli {

std::optional<int> parseCommandLine(QCommandLineParser &parser, const char *command, const QStringList &args,
                                    Io &io)
{
    const QString name = QStringLiteral("sic-cli ") + QLatin1String(command);
    if (!parser.parse(QStringList{name} + args)) {
        io.err << name << ": " << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace sic::cli
