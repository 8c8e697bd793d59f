#pragma once

#include <QString>

namespace sic::verify {

// EN 319 102-1 main indications.
enum class Indication
{
    TotalPassed,
    TotalFailed,
    Indeterminate
};

// EN 319 102-1 sub-indications (table 5) the verifier can produce.
enum class SubIndication
{
    None,
    // TOTAL_FAILED
    FormatFailure,
    HashFailure,
    SigCryptoFailure,
    Revoked,
    Expired,
    NotYetValid,
    // INDETERMINATE
    SigConstraintsFailure,
    ChainConstraintsFailure,
    CertificateChainGeneralFailure,
    CryptoConstraintsFailure,
    CryptoConstraintsFailureNoPoe,
    SignedDataNotFound,
    NoSigningCertificateFound,
    NoCertificateChainFound,
    RevokedNoPoe,
    RevokedCaNoPoe,
    OutOfBoundsNoPoe,
    OutOfBoundsNotRevoked,
    TryLater,
    NoPoe,
};

// What a person reads first.
enum class Verdict
{
    Valid,
    ValidWithWarnings,
    CannotBeConfirmed,
    Invalid
};

QString indicationName(Indication i);       // "TOTAL_PASSED"
QString subIndicationName(SubIndication s); // "HASH_FAILURE"; empty for None
Verdict verdictFor(Indication i, bool hasWarnings);
QString verdictKey(Verdict v);  // "valid", "valid-with-warnings", "cannot-be-confirmed", "invalid"
QString verdictText(Verdict v); // translated sentence fragment for people

} // namespace sic::verify
