#pragma once

#include "base/error.h"
#include "csc/cscclient.h"
#include "csc/networktransport.h"
#include "settings/settings.h"

#include <QNetworkProxy>

#include <memory>
#include <optional>

namespace sic::engine {

struct ConnectionOptions
{
    int timeoutMs = 30000;
    std::optional<QNetworkProxy> proxy; // unset: the system's proxy settings
};

// A client for one RSSP, with the transport it talks through.
struct Connection
{
    std::unique_ptr<csc::NetworkTransport> transport; // null when the caller supplied its own
    std::unique_ptr<csc::CscClient> client;
};

// The TLS rules of a profile: its extra CA bundle, its SPKI pins, the time-out and proxy.
// csc.tls_failure for an unreadable bundle, csc.pin_mismatch for a pin that is not Base64 SHA-256.
Result<csc::TlsPolicy> tlsPolicyFor(const RsspProfile &profile, const ConnectionOptions &options);

// The one way both programs connect to an RSSP: the transport from tlsPolicyFor (or `transport`,
// not owned, for tests), the client with the profile's URL and OAuth client id. Nothing is sent yet.
Result<Connection> connectTo(const RsspProfile &profile, const ConnectionOptions &options = {},
                             csc::CscTransport *transport = nullptr);

} // namespace sic::engine
