#include "engine/connection.h"

namespace sic::engine {

Result<csc::TlsPolicy> tlsPolicyFor(const RsspProfile &profile, const ConnectionOptions &options)
{
    csc::TlsPolicy policy;
    policy.timeoutMs = std::max(1, options.timeoutMs);
    policy.proxy = options.proxy;
    if (!profile.caBundle.isEmpty()) {
        auto cas = csc::NetworkTransport::loadCaBundle(profile.caBundle);
        if (!cas)
            return std::unexpected(cas.error());
        policy.extraCaCertificates = *cas;
    }
    for (const QString &p : profile.spkiSha256) {
        auto pin = csc::NetworkTransport::parsePin(p);
        if (!pin)
            return std::unexpected(pin.error());
        policy.spkiSha256Pins << *pin;
    }
    return policy;
}

Result<Connection> connectTo(const RsspProfile &profile, const ConnectionOptions &options,
                             csc::CscTransport *transport)
{
    if (profile.url.isEmpty())
        return fail(QStringLiteral("flow.no_service"),
                    Tr::tr("Choose a signature service in Settings first."));
    Connection c;
    if (!transport) {
        auto policy = tlsPolicyFor(profile, options);
        if (!policy)
            return std::unexpected(policy.error());
        c.transport = std::make_unique<csc::NetworkTransport>(*policy);
        transport = c.transport.get();
    }
    c.client = std::make_unique<csc::CscClient>(*transport, profile.url);
    if (!profile.oauthClientId.isEmpty())
        c.client->setClientId(profile.oauthClientId);
    return c;
}

} // namespace sic::engine
