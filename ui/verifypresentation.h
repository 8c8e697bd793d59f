#pragma once

#include "verify/report.h"

#include <QCoreApplication>
#include <QVariantList>
#include <QVariantMap>

namespace sic::ui {

// How a verification result reads on the verify screen and in a ticket: plain words in the UI
// language, made once when the result arrives so that QML only lays them out.
class VerifyText
{
    Q_DECLARE_TR_FUNCTIONS(VerifyText)
public:
    // One signature as a map for QML: number, title, kind, level, verdict ("valid",
    // "valid-with-warnings", "cannot-be-confirmed", "invalid"), verdictText, result
    // ("TOTAL_FAILED / HASH_FAILURE"), reason, signer (CN), signerSubject, timeLabel, time,
    // warnings (string list), modifiedAfterSigning, details (list of {label, value}).
    static QVariantMap signature(const verify::SignatureReport &s, int number);
    // "2 signatures: 1 valid, 1 invalid"; "No signature found"
    static QString fileSummary(const verify::FileReport &f);
    static QString stateText(const QString &state);
    // The best time to show for a signature: a verified timestamp's, else the signer's claim.
    static QString timeLabel(const verify::SignatureReport &s);
    static QString timeValue(const verify::SignatureReport &s);
    // Plain text for a support ticket: per file its name, per signature the verdict, the reason,
    // the signer and the time.
    static QString ticketSummary(const QList<verify::FileReport> &files, const QDateTime &validationTime,
                                 const QString &generator);
};

} // namespace sic::ui
