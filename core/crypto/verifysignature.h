#pragma once

#include "crypto/signaturescheme.h"

#include <QByteArray>
#include <QString>

#include <expected>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace sic {

// Why a signature value was not accepted.
struct SignatureFailure
{
    enum class Reason
    {
        KeyMismatch,   // the scheme is not one this key can make (ECDSA on an RSA key, ...)
        BadParameters, // wrong digest length, PSS parameters that do not fit the scheme or key
        Invalid        // well-formed request, the value does not verify
    };
    Reason reason = Reason::Invalid;
    QString detail; // OpenSSL's words, for support
};
using SignatureCheck = std::expected<void, SignatureFailure>;

// "Does this value verify under this scheme": the one place that sets up OpenSSL for it, used by
// the signer (values from the RSSP, before a format embeds them) and by the verifier (CMS without
// signed attributes, XML Signature). digest: made with scheme.hash. value: RSA raw, ECDSA strict
// DER (see ecdsa.h for r||s). pss: the RSASSA-PSS parameters the value claims; by default the
// ones the app produces (PssParameters::forHash); their hash must be scheme.hash.
SignatureCheck verifySignatureValue(const EVP_PKEY *key, const SignatureScheme &scheme, QByteArrayView digest,
                                    QByteArrayView value, std::optional<PssParameters> pss = {});

} // namespace sic
