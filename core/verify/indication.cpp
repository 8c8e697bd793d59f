#include "verify/indication.h"

#include "base/error.h"

namespace sic::verify {

QString indicationName(Indication i)
{
    switch (i) {
    case Indication::TotalPassed:
        return QStringLiteral("TOTAL_PASSED");
    case Indication::TotalFailed:
        return QStringLiteral("TOTAL_FAILED");
    case Indication::Indeterminate:
        break;
    }
    return QStringLiteral("INDETERMINATE");
}

QString subIndicationName(SubIndication s)
{
    switch (s) {
    case SubIndication::None:
        return {};
    case SubIndication::FormatFailure:
        return QStringLiteral("FORMAT_FAILURE");
    case SubIndication::HashFailure:
        return QStringLiteral("HASH_FAILURE");
    case SubIndication::SigCryptoFailure:
        return QStringLiteral("SIG_CRYPTO_FAILURE");
    case SubIndication::Revoked:
        return QStringLiteral("REVOKED");
    case SubIndication::Expired:
        return QStringLiteral("EXPIRED");
    case SubIndication::NotYetValid:
        return QStringLiteral("NOT_YET_VALID");
    case SubIndication::SigConstraintsFailure:
        return QStringLiteral("SIG_CONSTRAINTS_FAILURE");
    case SubIndication::ChainConstraintsFailure:
        return QStringLiteral("CHAIN_CONSTRAINTS_FAILURE");
    case SubIndication::CertificateChainGeneralFailure:
        return QStringLiteral("CERTIFICATE_CHAIN_GENERAL_FAILURE");
    case SubIndication::CryptoConstraintsFailure:
        return QStringLiteral("CRYPTO_CONSTRAINTS_FAILURE");
    case SubIndication::CryptoConstraintsFailureNoPoe:
        return QStringLiteral("CRYPTO_CONSTRAINTS_FAILURE_NO_POE");
    case SubIndication::SignedDataNotFound:
        return QStringLiteral("SIGNED_DATA_NOT_FOUND");
    case SubIndication::NoSigningCertificateFound:
        return QStringLiteral("NO_SIGNING_CERTIFICATE_FOUND");
    case SubIndication::NoCertificateChainFound:
        return QStringLiteral("NO_CERTIFICATE_CHAIN_FOUND");
    case SubIndication::RevokedNoPoe:
        return QStringLiteral("REVOKED_NO_POE");
    case SubIndication::RevokedCaNoPoe:
        return QStringLiteral("REVOKED_CA_NO_POE");
    case SubIndication::OutOfBoundsNoPoe:
        return QStringLiteral("OUT_OF_BOUNDS_NO_POE");
    case SubIndication::OutOfBoundsNotRevoked:
        return QStringLiteral("OUT_OF_BOUNDS_NOT_REVOKED");
    case SubIndication::TryLater:
        return QStringLiteral("TRY_LATER");
    case SubIndication::NoPoe:
        return QStringLiteral("NO_POE");
    }
    return {};
}

Verdict verdictFor(Indication i, bool hasWarnings)
{
    switch (i) {
    case Indication::TotalPassed:
        return hasWarnings ? Verdict::ValidWithWarnings : Verdict::Valid;
    case Indication::TotalFailed:
        return Verdict::Invalid;
    case Indication::Indeterminate:
        break;
    }
    return Verdict::CannotBeConfirmed;
}

QString verdictKey(Verdict v)
{
    switch (v) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::ValidWithWarnings:
        return QStringLiteral("valid-with-warnings");
    case Verdict::CannotBeConfirmed:
        return QStringLiteral("cannot-be-confirmed");
    case Verdict::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

QString verdictText(Verdict v)
{
    switch (v) {
    case Verdict::Valid:
        return Tr::tr("Valid");
    case Verdict::ValidWithWarnings:
        return Tr::tr("Valid, with warnings");
    case Verdict::CannotBeConfirmed:
        return Tr::tr("Cannot be confirmed");
    case Verdict::Invalid:
        break;
    }
    return Tr::tr("Invalid");
}

} // namespace sic::verify
