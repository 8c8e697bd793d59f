#include "verifypresentation.h"

#include "base/error.h"
#include "verify/evaluation.h"
#include "verify/indication.h"
#include "verify/reportwords.h"

#include <QFileInfo>

namespace sic::ui {

using namespace sic::verify;

namespace {

void add(QVariantList &details, const QString &label, const QString &value)
{
    if (!value.isEmpty())
        details << QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("value"), value}};
}

// The labels shared with the HTML report use the core's translation context, so that both say
// the same words and are translated once.
void addCertificate(QVariantList &details, const CertificateInfo &c)
{
    add(details, Tr::tr("Signer's certificate"), c.subject);
    add(details, Tr::tr("Issuer"), c.issuer);
    add(details, Tr::tr("Serial number"), c.serialHex);
    if (c.notBefore.isValid() || c.notAfter.isValid())
        add(details, Tr::tr("Valid", "certificate validity period"),
            Tr::tr("%1 to %2").arg(formatTime(c.notBefore), formatTime(c.notAfter)));
    add(details, Tr::tr("SHA-256 fingerprint"), c.sha256);
    if (!c.keyAlgorithm.isEmpty())
        add(details, Tr::tr("Key"), QStringLiteral("%1 %2").arg(c.keyAlgorithm).arg(c.keyBits));
}

QString resultCode(const SignatureReport &s)
{
    const QString sub = subIndicationName(s.subIndication);
    return sub.isEmpty() ? indicationName(s.indication)
                         : indicationName(s.indication) + QStringLiteral(" / ") + sub;
}

const TimestampInfo *verifiedSignatureTimestamp(const SignatureReport &s)
{
    for (const TimestampInfo &t : s.timestamps) {
        // A PDF document time-stamp's own token is its time (no signer's claim involved).
        if ((t.kind == TimestampKind::Signature || t.kind == TimestampKind::Document) && t.intact &&
            t.signatureValid && t.time.isValid())
            return &t;
    }
    return nullptr;
}

QString signerName(const SignatureReport &s)
{
    if (!s.signer)
        return {};
    return s.signer->commonName.isEmpty() ? s.signer->subject : s.signer->commonName;
}

} // namespace

QString VerifyText::timeLabel(const SignatureReport &s)
{
    if (verifiedSignatureTimestamp(s))
        return tr("Timestamp");
    if (s.claimedSigningTime.isValid())
        return tr("Signing time (from the signer's computer, not proven)");
    return {};
}

QString VerifyText::timeValue(const SignatureReport &s)
{
    if (const TimestampInfo *t = verifiedSignatureTimestamp(s)) {
        if (t->tsa && !t->tsa->commonName.isEmpty())
            return tr("%1, by %2").arg(formatTime(t->time), t->tsa->commonName);
        return formatTime(t->time);
    }
    return formatTime(s.claimedSigningTime);
}

QVariantMap VerifyText::signature(const SignatureReport &s, int number)
{
    const Verdict verdict = s.verdict();
    QVariantList details;
    add(details, Tr::tr("Result (EN 319 102-1)"), resultCode(s));
    add(details, Tr::tr("Kind"), signatureKindText(s.kind, s.pdfSubFilter));
    add(details, Tr::tr("Level"), s.level);
    if (s.signer) {
        add(details, Tr::tr("Signer"), signerName(s));
        addCertificate(details, *s.signer);
    }
    if (s.chain.size() > 1)
        add(details, Tr::tr("Trust anchor"), s.chain.last().subject);
    add(details, Tr::tr("Claimed signing time"), formatTime(s.claimedSigningTime));
    for (const TimestampInfo &t : s.timestamps) {
        add(details, timestampKindText(t.kind),
            Tr::tr("%1 by %2%3")
                .arg(formatTime(t.time), t.tsa ? t.tsa->commonName : Tr::tr("an unknown authority"),
                     t.problem.isEmpty() ? QString() : QStringLiteral(" — ") + t.problem));
    }
    if (s.revocation.status != RevocationStatus::None)
        add(details, Tr::tr("Revocation"), revocationText(s.revocation));
    QStringList algorithms{s.signatureAlgorithm, s.digestAlgorithm};
    algorithms.removeAll(QString());
    add(details, Tr::tr("Algorithms"), algorithms.join(QStringLiteral(", ")));
    add(details, Tr::tr("Covers"), s.coverage);
    add(details, Tr::tr("Modified after signing"), changeAfterSigningText(s));
    add(details, Tr::tr("Changes after signing"), s.changesAfterSigning.join(QStringLiteral("; ")));
    add(details, tr("Warnings"), s.warnings.join(QStringLiteral("\n")));
    add(details, Tr::tr("Validation time"), formatTime(s.validationTime));

    const QString kind = signatureKindText(s.kind, s.pdfSubFilter);
    QString title = s.level.isEmpty() ? kind : kind + u' ' + s.level;
    title = tr("Signature %1 (%2)").arg(number).arg(title);
    return {
        {QStringLiteral("number"), number},
        {QStringLiteral("title"), title},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("level"), s.level},
        {QStringLiteral("verdict"), verdictKey(verdict)},
        {QStringLiteral("verdictText"), verdictText(verdict)},
        {QStringLiteral("result"), resultCode(s)},
        {QStringLiteral("reason"), s.reason},
        {QStringLiteral("signer"), signerName(s)},
        {QStringLiteral("signerSubject"), s.signer ? s.signer->subject : QString()},
        {QStringLiteral("timeLabel"), timeLabel(s)},
        {QStringLiteral("time"), timeValue(s)},
        {QStringLiteral("warnings"), s.warnings},
        {QStringLiteral("modifiedAfterSigning"),
         changeAfterSigning(s) == ChangeAfterSigning::SignedContentChanged ||
             changeAfterSigning(s) == ChangeAfterSigning::LaterChanges},
        {QStringLiteral("details"), details},
    };
}

QString VerifyText::fileSummary(const FileReport &f)
{
    if (f.error)
        return f.error->message;
    if (f.signatures.isEmpty())
        return Tr::tr("No signature was found in this file.");
    int counts[4] = {0, 0, 0, 0};
    for (const SignatureReport &s : f.signatures)
        ++counts[int(s.verdict())];
    QStringList parts;
    if (counts[int(Verdict::Valid)])
        parts << tr("%n valid", nullptr, counts[int(Verdict::Valid)]);
    if (counts[int(Verdict::ValidWithWarnings)])
        parts << tr("%n valid with warnings", nullptr, counts[int(Verdict::ValidWithWarnings)]);
    if (counts[int(Verdict::CannotBeConfirmed)])
        parts << tr("%n cannot be confirmed", nullptr, counts[int(Verdict::CannotBeConfirmed)]);
    if (counts[int(Verdict::Invalid)])
        parts << tr("%n invalid", nullptr, counts[int(Verdict::Invalid)]);
    return tr("%n signature(s): %1", nullptr, int(f.signatures.size())).arg(parts.join(tr(", ")));
}

QString VerifyText::stateText(const QString &state)
{
    if (state == QLatin1String("queued"))
        return tr("Waiting");
    if (state == QLatin1String("verifying"))
        return tr("Verifying…");
    if (state == QLatin1String("done"))
        return tr("Verified");
    if (state == QLatin1String("error"))
        return tr("Could not be verified");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (state == QLatin1String("content"))
        return tr("Signed content of a detached signature added with it");
    return {};
}

QString VerifyText::ticketSummary(const QList<FileReport> &files, const QDateTime &validationTime,
                                  const QString &generator)
{
    QString text = tr("Signature verification, %1 (%2)").arg(formatTime(validationTime), generator) + u'\n';
    for (const FileReport &f : files) {
        text += u'\n' + QFileInfo(f.path).fileName() + u'\n';
        if (f.error) {
            text += QStringLiteral("  ") + tr("Could not be verified: %1").arg(f.error->message) + u'\n';
            continue;
        }
        if (f.signatures.isEmpty()) {
            text += QStringLiteral("  ") + Tr::tr("No signature was found in this file.") + u'\n';
            continue;
        }
        int n = 0;
        for (const SignatureReport &s : f.signatures) {
            QString line = QStringLiteral("  %1 %2: %3 (%4)")
                               .arg(Tr::tr("Signature"))
                               .arg(++n)
                               .arg(verdictText(s.verdict()), resultCode(s));
            if (const QString who = signerName(s); !who.isEmpty())
                line += QStringLiteral(" — ") + who;
            if (const QString when = timeValue(s); !when.isEmpty())
                line += QStringLiteral(" — %1: %2").arg(timeLabel(s), when);
            text += line + u'\n';
            text += QStringLiteral("    ") + s.reason + u'\n';
            for (const QString &w : s.warnings)
                text += QStringLiteral("    ") + Tr::tr("warning: %1").arg(w) + u'\n';
        }
    }
    return text;
}

} // namespace sic::ui
