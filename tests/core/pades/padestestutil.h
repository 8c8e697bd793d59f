#pragma once

#include "localhashsigner.h"
#include "pades/padessession.h"

#include <QTest>

namespace sic::test {

// Runs one PAdES signing end to end (prepare, signDigests, finish) and waits for it.
inline Result<QString> signPdf(HashSigner &signer, PadesOptions options)
{
    PadesSession session(std::move(options));
    auto digests = session.prepare(SignerIdentity{signer.certificateChain(), signer.scheme()});
    if (!digests)
        return std::unexpected(digests.error());
    std::optional<Result<QList<QByteArray>>> values;
    signer.signDigests(*digests, [&](Result<QList<QByteArray>> v) { values = std::move(v); });
    if (!QTest::qWaitFor([&] { return values.has_value(); }, 30000))
        return fail(QStringLiteral("test.timeout"), QStringLiteral("signDigests timed out"));
    if (!*values)
        return std::unexpected(values->error());
    std::optional<Result<QString>> out;
    session.finish(**values, [&](Result<QString> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
        return fail(QStringLiteral("test.timeout"), QStringLiteral("finish timed out"));
    return *out;
}

} // namespace sic::test
