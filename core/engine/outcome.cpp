#include "engine/outcome.h"

#include "verify/truststore.h"
#include "verify/verifyjob.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>
#include <QThreadPool>

namespace sic::engine {

SignOutcome outcomeOf(const BatchItemResult &item, const PlannedDocument &plan, const SignRequest &request,
                      const SignerInfo &signer, const Clock &clock)
{
    SignOutcome o;
    o.inputs = item.inputs;
    if (item.output)
        o.output = *item.output;
    else
        o.error = item.output.error();
    o.format = plan.format;
    o.packaging = plan.packaging;
    o.level = request.level;
    o.signer = signer;
    o.signingTime = clock.now().toUTC();
    return o;
}

void applyCheck(SignOutcome &o, verify::FileReport report)
{
    o.checked = true;
    if (!report.signatures.isEmpty()) {
        const verify::SignatureReport &ours = report.signatures.last();
        o.verdict = ours.verdict();
        o.indication = ours.indication;
        o.subIndication = ours.subIndication;
        o.verificationReason = ours.reason;
        // Appendix 3: the time-stamp's time when there is a verified signature time-stamp.
        for (const verify::TimestampInfo &t : ours.timestamps) {
            if (t.kind == verify::TimestampKind::Signature && t.intact && t.signatureValid) {
                o.signingTime = t.time.toUTC();
                o.timeSource = SignOutcome::TimeSource::Timestamp;
                o.tsa = t.tsa ? t.tsa->commonName : QString();
            }
        }
    } else {
        o.verdict = verify::Verdict::Invalid;
        o.verificationReason =
            report.error ? report.error->message : Tr::tr("No signature was found in the output.");
    }
    o.report = std::move(report);
}

verify::VerifyOptions checkOptions(const SignOutcome &outcome, const Clock &clock, bool online)
{
    verify::VerifyOptions options;
    options.context.clock = &clock;
    options.context.online = online;
    if (outcome.packaging == Packaging::Detached)
        options.dataFiles = outcome.inputs;
    return options;
}

namespace {

struct CheckRun
{
    QList<SignOutcome> outcomes;
    qsizetype next = 0;
    std::shared_ptr<const verify::TrustStore> trust;
    const Clock *clock = nullptr;
    bool online = false;
    QPointer<QObject> receiver;
    CheckCallbacks callbacks;
};

void checkNext(const std::shared_ptr<CheckRun> &run)
{
    while (run->next < run->outcomes.size() && !run->outcomes[run->next].ok())
        ++run->next;
    if (run->next >= run->outcomes.size()) {
        if (run->callbacks.done)
            run->callbacks.done(run->outcomes);
        return;
    }
    const int index = int(run->next++);
    verify::VerifyJob job;
    job.path = run->outcomes[index].output;
    job.options = checkOptions(run->outcomes[index], *run->clock, run->online);
    job.trust = run->trust;
    verify::verifyOnPool(*QThreadPool::globalInstance(), run->receiver.data(), std::move(job),
                         {.started =
                              [run, index] {
                                  if (run->callbacks.checking)
                                      run->callbacks.checking(index, false);
                              },
                          .wanted = {},
                          .done =
                              [run, index](verify::FileReport report) {
                                  applyCheck(run->outcomes[index], std::move(report));
                                  if (run->callbacks.checked)
                                      run->callbacks.checked(index, run->outcomes[index]);
                                  if (run->callbacks.checking)
                                      run->callbacks.checking(index, true);
                                  checkNext(run);
                              }});
}

} // namespace

std::shared_ptr<const verify::TrustStore> loadTrust(const TrustSource &trust)
{
    auto store = std::make_shared<verify::TrustStore>();
    // A store that cannot be loaded leaves the outputs unconfirmed ("cannot be confirmed"), which is
    // what the verdict then says; the Verify screen names the cause.
    if (!trust.anchors.isEmpty())
        (void)store->load(trust.anchors);
    if (trust.system)
        (void)store->loadSystem();
    return store;
}

void checkOutcomes(QList<SignOutcome> outcomes, const TrustSource &trust, bool online, const Clock &clock,
                   QObject *receiver, CheckCallbacks callbacks)
{
    checkOutcomes(std::move(outcomes), loadTrust(trust), online, clock, receiver, std::move(callbacks));
}

void checkOutcomes(QList<SignOutcome> outcomes, std::shared_ptr<const verify::TrustStore> trust, bool online,
                   const Clock &clock, QObject *receiver, CheckCallbacks callbacks)
{
    auto run = std::make_shared<CheckRun>();
    run->outcomes = std::move(outcomes);
    run->trust = std::move(trust);
    run->clock = &clock;
    run->online = online;
    run->receiver = receiver;
    run->callbacks = std::move(callbacks);
    // Never calls back from inside this call.
    QMetaObject::invokeMethod(
        receiver, [run] { checkNext(run); }, Qt::QueuedConnection);
}

QString journalPath()
{
    // The GUI's AppDataLocation (organization "sic", application "sic"), whichever program asks.
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/sic/sic");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/history.jsonl");
}

Result<void> recordSigning(const History &history, const QList<SignOutcome> &outcomes,
                           const JournalContext &context)
{
    for (const SignOutcome &o : outcomes) {
        HistoryEntry e;
        e.action = QStringLiteral("sign");
        e.document = QFileInfo(o.inputs.value(0)).fileName();
        e.output = o.ok() ? QFileInfo(o.output).fileName() : QString();
        e.rssp = context.rssp;
        e.user = o.signer.id;
        e.credential = o.signer.credential;
        e.signer = o.signer.subject;
        e.level = levelName(o.level);
        e.result = o.ok() ? QStringLiteral("ok") : QStringLiteral("failed");
        e.reason = o.ok() ? QString() : o.error->message;
        if (auto ok = history.record(e); !ok)
            return ok;
    }
    return {};
}

} // namespace sic::engine
