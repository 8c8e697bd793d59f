#pragma once

#include <QString>

namespace rssp {

struct ServeOptions
{
    QString stateDir;
    int port = 0;
    QString readyFile;
    int sadLifetime = 300;
    bool testHooks = false;
};

// Runs the HTTPS server until SIGTERM/SIGINT; returns the process exit code.
int runServe(const ServeOptions &options);

} // namespace rssp
