#include "engine/outcome.h"

#include <QFileInfo>

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
            if (t.kind == QLatin1String("signature") && t.intact && t.signatureValid) {
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

verify::VerifyOptions checkOptions(const PlannedDocument &plan, const Clock &clock, bool online)
{
    verify::VerifyOptions options;
    options.context.clock = &clock;
    options.context.online = online;
    // The plan knows the packaging; nothing is guessed from the output's name.
    if (plan.packaging == Packaging::Detached)
        options.dataFiles = plan.inputs;
    return options;
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
