#pragma once

#include "base/error.h"
#include "crypto/hashalgorithm.h"
#include "crypto/signaturescheme.h" // SignatureScheme, part of the seam

#include <QByteArray>
#include <QList>

#include <functional>

namespace sic {

// The one seam between "a key somewhere" and the signature formats. The RSSP (CSC client) is the
// production implementation; tests also use a local software key. Formats never know which.
class HashSigner
{
public:
    virtual ~HashSigner() = default;

    // The signer's certificate chain, DER, end-entity first.
    virtual QList<QByteArray> certificateChain() const = 0;
    virtual SignatureScheme scheme() const = 0;
    // How many digests one authorization may cover (CSC multisign); callers split larger batches.
    virtual int maxDigestsPerAuthorization() const { return 1; }

    // Called once before the first signDigests of a batch by its one planner (BatchSigner): how many
    // signDigests calls (one authorization each) will follow and how many digests they carry in
    // all, so that the signer can say "authorization i of n" from the first prompt on.
    virtual void planAuthorizations(int count, int totalDigests)
    {
        (void)count;
        (void)totalDigests;
    }

    using Callback = std::function<void(Result<QList<QByteArray>>)>;
    // Signs the digests (each made with scheme().hash) under one authorization and calls back once,
    // on the caller's thread, with one value per digest in the same order. RSA values are the raw
    // signature; ECDSA values are DER-encoded ECDSA-Sig-Value. A value that does not verify
    // against the certificate and its digest is reported as an error, never returned.
    virtual void signDigests(const QList<QByteArray> &digests, Callback done) = 0;
    virtual void cancel() {}
};

} // namespace sic
