#pragma once

#include "csc/cscclient.h"
#include "tsp/timestampsource.h"

namespace sic::csc {

// Time-stamps through the RSSP's CSC signatures/timestamp instead of a separate TSA. The token is
// checked exactly as an HTTP TSA's would be (status aside): imprint, nonce, the TSA's signature,
// its critical timeStamping EKU and its chain to the configured anchors.
class CscTimestampSource final : public TimestampSource
{
public:
    CscTimestampSource(CscClient &client, QString trustAnchorsPem)
        : m_client(client), m_trust(std::move(trustAnchorsPem))
    {}
    void timestamp(const QByteArray &digest, HashAlgorithm alg, const QByteArray &nonce,
                   Callback done) override;

private:
    CscClient &m_client;
    QString m_trust;
};

} // namespace sic::csc
