#include "command.h"

namespace sic::cli {

namespace {
QList<Command> &registry()
{
    static QList<Command> list;
    return list;
}
} // namespace

bool registerCommand(Command command)
{
    registry().append(std::move(command));
    std::sort(registry().begin(), registry().end(),
              [](const Command &a, const Command &b) { return qstrcmp(a.name, b.name) < 0; });
    return true;
}

const QList<Command> &commands()
{
    return registry();
}

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
