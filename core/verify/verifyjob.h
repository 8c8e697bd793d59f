#pragma once

#include "verify/report.h"
#include "verify/reports.h"
#include "verify/verifier.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThreadPool;

namespace sic::verify {

class TrustStore;

// One file to verify off the GUI thread.
struct VerifyJob
{
    QString path;
    // options.context.online: fetch the revocation data the file lacks; trust is set from `trust`.
    VerifyOptions options;
    std::shared_ptr<const TrustStore> trust; // kept alive as long as the job
    // Runs once on the worker before the first pass, e.g. to find detached content (reads files).
    std::function<void(VerifyOptions &)> prepare;
    std::shared_ptr<std::atomic_bool> cancel; // optional: set, the job ends without calling back
};

// Called on the GUI thread, and only while the receiver passed to verifyOnPool lives.
struct VerifyCallbacks
{
    std::function<void()> started; // the worker began (once, even with two passes)
    std::function<bool()> wanted;  // optional: false drops the job (an older run, a removed row)
    std::function<void(FileReport)> done;
};

// The one online-revocation pass, for the Verify screen, the check after signing (GUI and
// sic-cli sign) and sic-cli verify. Verifies job.path on the pool. Online, a first pass lists what the file
// lacks, the GUI thread fetches it with OnlineRevocationFetcher (network replies live in its event loop, so
// no nested loop is needed), and a second pass on the pool evaluates with it, as sic-cli verify --online.
// Call from the main thread; receiver (a main-thread object) owns the fetcher, and the callbacks are
// dropped once it is destroyed. The pool must outlive the job.
void verifyOnPool(QThreadPool &pool, QObject *receiver, VerifyJob job, VerifyCallbacks callbacks);

// The header of a report (HTML, JSON, PDF) of files verified with `trust` and `online`: it names
// what the verification actually used, on the Verify screen and after signing alike.
ReportMeta reportMeta(const TrustStore *trust, bool online, const QDateTime &validationTime);

} // namespace sic::verify
