#include "csc/csctimestampsource.h"

#include "tsp/tokencheck.h"

namespace sic::csc {

void CscTimestampSource::timestamp(const QByteArray &digest, HashAlgorithm alg, const QByteArray &nonce,
                                   Callback done)
{
    m_client.timestamp(
        digest, alg, nonce,
        [digest, alg, nonce, trust = m_trust, done = std::move(done)](Result<QByteArray> token) {
            if (!token)
                return done(std::unexpected(token.error()));
            auto checked = tsp::checkToken(*token, digest, alg, nonce, trust);
            if (!checked)
                return done(std::unexpected(checked.error()));
            done(checked->token);
        });
}

} // namespace sic::csc
