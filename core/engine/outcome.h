#pragma once

#include "base/clock.h"
#include "engine/signrequest.h"
#include "journal/history.h"
#include "sign/batchsigner.h"
#include "verify/report.h"
#include "verify/truststore.h"
#include "verify/verifier.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace sic::engine {

// Who signed, as the result screen names them.
struct SignerInfo
{
    QString id;         // the login's user ID (empty after a browser login: the app is not told)
    QString commonName; // the certificate's CN
    QString subject;    // the full subject
    QString credential; // the credential ID
};

// The items of guideline Appendix 3 for one document, the same for the result screen and
// sic-cli sign: processing result, signer ID, signing target, signed document, signing time and
// its source, signer name, and the verification of the output.
struct SignOutcome
{
    enum class TimeSource
    {
        Computer,  // no time-stamp: this computer's clock at the end of signing
        Timestamp, // the signature time-stamp's time (verified)
    };

    QStringList inputs;
    std::optional<Error> error; // set: this document was not signed
    QString output;
    QString format; // registry id
    Packaging packaging = Packaging::Enveloped;
    SignatureLevel level = SignatureLevel::B_B;
    SignerInfo signer;
    QDateTime signingTime; // UTC
    TimeSource timeSource = TimeSource::Computer;
    QString tsa; // the TSA's CN when timeSource is Timestamp
    // The check of the output (the signature just made is the last in the file).
    bool checked = false;
    verify::Verdict verdict = verify::Verdict::Invalid;
    verify::Indication indication = verify::Indication::Indeterminate;
    verify::SubIndication subIndication = verify::SubIndication::None;
    QString verificationReason;
    std::optional<verify::FileReport> report;

    bool ok() const { return !error.has_value(); }
};

// The outcome of one document before its output is checked: the signing time is the clock's.
SignOutcome outcomeOf(const BatchItemResult &item, const PlannedDocument &plan, const SignRequest &request,
                      const SignerInfo &signer, const Clock &clock);
// Adds the check of the output: verdict, and the signing time of a verified signature time-stamp.
void applyCheck(SignOutcome &outcome, verify::FileReport report);
// How an output is checked: a detached signature with its document (from the plan, never from
// the output's name).
verify::VerifyOptions checkOptions(const SignOutcome &outcome, const Clock &clock, bool online);

// The check after signing, for both programs: each signed output verified on the pool, one after
// the other, against the request's trust (and the revocation data fetched online when allowed),
// as the Verify screen checks anyone's document. checking(i, false) before and (i, true) after
// each; done once with every outcome completed. Call from the main thread; nothing is called
// once receiver is gone.
struct CheckCallbacks
{
    std::function<void(int index, bool finished)> checking;
    std::function<void(int index, const SignOutcome &)> checked;
    std::function<void(QList<SignOutcome>)> done;
};
void checkOutcomes(QList<SignOutcome> outcomes, const TrustSource &trust, bool online, const Clock &clock,
                   QObject *receiver, CheckCallbacks callbacks);
// The same with a store already loaded (loadTrust), e.g. to name it in the reports' headers.
void checkOutcomes(QList<SignOutcome> outcomes, std::shared_ptr<const verify::TrustStore> trust, bool online,
                   const Clock &clock, QObject *receiver, CheckCallbacks callbacks);
// The trust store of a source; one that cannot be loaded is empty (nothing confirmed).
std::shared_ptr<const verify::TrustStore> loadTrust(const TrustSource &trust);

// Where both programs keep the signing journal: the GUI's data folder (…/sic/sic/history.jsonl).
QString journalPath();

// The one writer of the signing journal, for both programs: one line per document.
struct JournalContext
{
    QString rssp; // service URL
};
Result<void> recordSigning(const History &history, const QList<SignOutcome> &outcomes,
                           const JournalContext &context);

} // namespace sic::engine
