#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace sic::cli {

// Exit codes shared by every sub-command (documented in `sic-cli --help`).
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailed = 1,        // the operation ran and its result is negative (e.g. a signature is invalid)
    ExitIndeterminate = 2, // the result could not be established (verify)
    ExitUsage = 3,         // bad arguments, or an input that could not be read
    ExitServiceError = 4,  // the remote service or the network failed
};

struct Io
{
    QTextStream &out;
    QTextStream &err;
    QTextStream &in;
};

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &args, Io &io)> run;
};

// Registers a sub-command at static-initialisation time; returns true so it can seed a static.
bool registerCommand(Command command);
const QList<Command> &commands();

// Parses `sic-cli <command> args` with the options already added to parser. When the command is not
// to run, prints why (the usage error, or the --help text) and returns its exit code (ExitUsage,
// ExitOk); std::nullopt when the command is to run.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const char *command, const QStringList &args,
                                    Io &io);

} // namespace sic::cli
