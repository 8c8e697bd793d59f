#include "resultviewmodel.h"
#include "verify/evaluation.h"

#include "desktopopen.h"
#include "signingflow.h"
#include "verify/reports.h"
#include "verify/truststore.h"
#include "verify/verifyjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QThreadPool>

namespace sic::ui {

ResultViewModel::ResultViewModel(SigningFlow *flow) : QObject(flow), m_flow(flow)
{
    m_reportFolder =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/reports");
}

ResultViewModel::~ResultViewModel() = default;

int ResultViewModel::succeeded() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const QVariant &v) {
        return v.toMap().value(QStringLiteral("ok")).toBool();
    }));
}

QString ResultViewModel::summary() const
{
    if (m_rows.isEmpty())
        return {};
    if (allSucceeded())
        return tr("Signing completed: %n document(s) signed.", nullptr, succeeded());
    if (succeeded() == 0)
        return tr("Signing failed: no document was signed.");
    return tr("%1 of %2 documents signed; the others failed.").arg(succeeded()).arg(total());
}

void ResultViewModel::clear()
{
    ++m_generation;
    m_rows.clear();
    m_reports.clear();
    emit changed();
}

void ResultViewModel::present(const QList<engine::SignOutcome> &outcomes, const Trust &trust,
                              const Clock &clock, std::function<void(int, bool)> verifying,
                              std::function<void()> done)
{
    clear();
    m_clock = &clock;
    for (const engine::SignOutcome &o : outcomes) {
        const QString input = o.inputs.value(0);
        QVariantMap m{{QStringLiteral("name"), QFileInfo(input).fileName()},
                      {QStringLiteral("input"), input},
                      {QStringLiteral("ok"), o.ok()},
                      {QStringLiteral("signerId"), o.signer.id},
                      {QStringLiteral("signer"), o.signer.commonName},
                      {QStringLiteral("signerDn"), o.signer.subject}};
        if (o.ok()) {
            m[QStringLiteral("output")] = o.output;
            m[QStringLiteral("outputName")] = QFileInfo(o.output).fileName();
            m[QStringLiteral("outputUrl")] = QUrl::fromLocalFile(o.output);
            m[QStringLiteral("folderUrl")] = QUrl::fromLocalFile(QFileInfo(o.output).absolutePath());
            m[QStringLiteral("verdict")] = QStringLiteral("pending");
            m[QStringLiteral("verdictText")] = tr("Being verified…");
        } else {
            m[QStringLiteral("error")] = o.error->message;
            m[QStringLiteral("errorCode")] = o.error->code;
            m[QStringLiteral("errorDetail")] = o.error->detail;
        }
        m_rows << m;
        m_reports << std::nullopt;
        if (o.ok())
            setTime(m_rows.size() - 1, o);
    }
    emit changed();
    // As on the verify screen: a document signed a moment ago is "valid" only if its certificates'
    // revocation status can be fetched, and the user allows that.
    const bool online = m_flow->context() && m_flow->context()->settingsStore().load().onlineRevocation;
    m_trust = engine::loadTrust(trust);
    m_online = online;
    engine::checkOutcomes(
        outcomes, m_trust, online, clock, this,
        {.checking = std::move(verifying),
         .checked =
             [this, generation = m_generation](int index, const engine::SignOutcome &o) {
                 if (generation == m_generation)
                     accept(index, o);
             },
         .done =
             [this, generation = m_generation, done = std::move(done)](QList<engine::SignOutcome>) {
                 if (generation == m_generation && done)
                     done();
             }});
}

void ResultViewModel::setTime(qsizetype index, const engine::SignOutcome &o)
{
    QVariantMap m = m_rows[index].toMap();
    m[QStringLiteral("signingTime")] = verify::formatTime(o.signingTime);
    if (o.timeSource == engine::SignOutcome::TimeSource::Timestamp) {
        m[QStringLiteral("timeSource")] = QStringLiteral("timestamp");
        m[QStringLiteral("tsa")] = o.tsa;
        m[QStringLiteral("timeSourceText")] =
            o.tsa.isEmpty() ? tr("time-stamp") : tr("time-stamp by %1").arg(o.tsa);
    } else {
        m[QStringLiteral("timeSource")] = QStringLiteral("computer");
        m[QStringLiteral("timeSourceText")] = tr("this computer's clock (no time-stamp)");
    }
    m_rows[index] = m;
}

void ResultViewModel::accept(int index, const engine::SignOutcome &o)
{
    setTime(index, o);
    QVariantMap m = m_rows[index].toMap();
    m[QStringLiteral("verdict")] = verify::verdictKey(o.verdict);
    m[QStringLiteral("verdictText")] = verify::verdictText(o.verdict);
    m[QStringLiteral("verificationReason")] = o.verificationReason;
    m_rows[index] = m;
    m_reports[index] = o.report;
    emit changed();
}

QUrl ResultViewModel::outputUrl(int index) const
{
    return m_rows.value(index).toMap().value(QStringLiteral("outputUrl")).toUrl();
}

QUrl ResultViewModel::folderUrl(int index) const
{
    return m_rows.value(index).toMap().value(QStringLiteral("folderUrl")).toUrl();
}

QUrl ResultViewModel::reportUrl(int index)
{
    if (index < 0 || index >= m_reports.size() || !m_reports[index])
        return {};
    // The trust and revocation setting the check of this output used, not today's settings.
    const verify::ReportMeta meta =
        reportMeta(m_trust.get(), m_online, m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc());
    const QByteArray html = verify::reportToHtml({*m_reports[index]}, meta);
    QDir().mkpath(m_reportFolder);
    const QString name =
        QFileInfo(m_rows[index].toMap().value(QStringLiteral("output")).toString()).fileName();
    const QString path = QDir(m_reportFolder).filePath(name + QStringLiteral(".report.html"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(html) != html.size()) {
        m_flow->reportError({QStringLiteral("flow.report_not_written"),
                             tr("The verification report could not be written. Check free disk space."),
                             path + QStringLiteral(": ") + f.errorString()});
        return {};
    }
    return QUrl::fromLocalFile(path);
}

bool ResultViewModel::open(const QUrl &url)
{
    if (const auto failed = openWithDesktop(url)) {
        m_flow->reportError(*failed);
        return false;
    }
    // A failure to open shown earlier is over once something opened.
    if (m_flow->errorCode().startsWith(QLatin1String("ui.open_")))
        m_flow->reportError({});
    return true;
}

bool ResultViewModel::openOutput(int index)
{
    return open(outputUrl(index));
}

bool ResultViewModel::showFolder(int index)
{
    return open(folderUrl(index));
}

bool ResultViewModel::openReport(int index)
{
    const QUrl url = reportUrl(index);
    return !url.isEmpty() && open(url); // reportUrl said why when it is empty
}

void ResultViewModel::restart()
{
    m_flow->restart();
}

} // namespace sic::ui
