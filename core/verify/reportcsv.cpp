#include "verify/reports.h"

#include "base/textsafe.h"

#include <QStringList>

namespace sic::verify {

QByteArray reportToCsv(const QList<FileReport> &files)
{
    // Every text cell is quoted and neutralised against formula injection (base/textsafe.h).
    auto q = [](const QString &s) {
        QString v = csvSafe(s);
        v.replace(u'"', QStringLiteral("\"\""));
        return u'"' + v + u'"';
    };
    QStringList lines{QStringLiteral("path,signature,kind,indication,subIndication,verdict,level,signer,"
                                     "signingTime,timestampTime,modifiedAfterSigning,reason")};
    for (const FileReport &f : files) {
        if (f.error || f.signatures.isEmpty()) {
            lines << QStringList{q(f.path),
                                 QString(),
                                 QString(),
                                 QString(),
                                 QString(),
                                 q(QStringLiteral("error")),
                                 QString(),
                                 QString(),
                                 QString(),
                                 QString(),
                                 QString(),
                                 q(f.error ? f.error->message : QStringLiteral("No signature found."))}
                         .join(u',');
            continue;
        }
        int n = 0;
        for (const SignatureReport &s : f.signatures) {
            QDateTime ts;
            for (const auto &t : s.timestamps)
                if (t.kind == TimestampKind::Signature && t.intact && !ts.isValid())
                    ts = t.time;
            lines << QStringList{q(f.path),
                                 QString::number(++n),
                                 q(reportName(s.kind, s.pdfSubFilter)),
                                 indicationName(s.indication),
                                 subIndicationName(s.subIndication),
                                 verdictKey(s.verdict()),
                                 s.level,
                                 q(s.signer ? s.signer->commonName : QString()),
                                 s.claimedSigningTime.isValid() ? s.claimedSigningTime.toString(Qt::ISODate)
                                                                : QString(),
                                 ts.isValid() ? ts.toString(Qt::ISODate) : QString(),
                                 s.modifiedAfterSigning ? QStringLiteral("true") : QStringLiteral("false"),
                                 q(s.reason)}
                         .join(u',');
        }
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace sic::verify
