#pragma once

#include <QString>
#include <QStringList>

namespace rssp {

struct ServeOptions
{
    QString stateDir;
    int port = 0;
    QString readyFile;
    int sadLifetime = 300;
    bool testHooks = false;
    // -1: none. Otherwise OCSP and CRL are also served over plain HTTP on this port (0: any free
    // port), as real CAs publish them; the test PKI's URLs point there when made with
    // SIC_PKI_URL_BASE=http://127.0.0.1:N.
    int pkiPort = -1;
    // Switches that make the server read the CSC specification as some real RSSPs do
    // (docs/devrssp.md, "Provider variance switches"); comma-separated names.
    QStringList quirks;
};

// Runs the HTTPS server until SIGTERM/SIGINT; returns the process exit code.
int runServe(const ServeOptions &options);

} // namespace rssp
