#include "resultviewmodel.h"
#include "verify/evaluation.h"

#include "desktopopen.h"
#include "onlineverify.h"
#include "signingflow.h"
#include "verify/reports.h"
#include "verify/truststore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QThreadPool>

namespace sic::ui {

struct ResultViewModel::Checked
{
    verify::FileReport report;
};

struct ResultViewModel::Batch
{
    struct Output
    {
        int index = 0;
        QString input;
        QString output;
    };
    QList<Output> outputs;
    qsizetype next = 0;
    quint64 generation = 0;
    std::shared_ptr<const verify::TrustStore> trust;
    const Clock *clock = nullptr;
    bool online = false;
    std::function<void(int, bool)> verifying;
    std::function<void()> done;
};

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

void ResultViewModel::present(const QList<BatchItemResult> &items, const Signer &signer,
                              const Trust &trustSettings, const Clock &clock,
                              std::function<void(int, bool)> verifying, std::function<void()> done)
{
    clear();
    m_clock = &clock;
    // One date format on every screen (the verification's and the reports').
    const QString computerTime = verify::formatTime(clock.now());
    auto batch = std::make_shared<Batch>();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const BatchItemResult &r = items[i];
        QVariantMap m{{QStringLiteral("name"), QFileInfo(r.inputs.value(0)).fileName()},
                      {QStringLiteral("input"), r.inputs.value(0)},
                      {QStringLiteral("ok"), r.output.has_value()},
                      {QStringLiteral("signerId"), signer.id},
                      {QStringLiteral("signer"), signer.commonName},
                      {QStringLiteral("signerDn"), signer.subject}};
        if (r.output) {
            m[QStringLiteral("output")] = *r.output;
            m[QStringLiteral("outputName")] = QFileInfo(*r.output).fileName();
            m[QStringLiteral("outputUrl")] = QUrl::fromLocalFile(*r.output);
            m[QStringLiteral("folderUrl")] = QUrl::fromLocalFile(QFileInfo(*r.output).absolutePath());
            m[QStringLiteral("signingTime")] = computerTime;
            m[QStringLiteral("timeSource")] = QStringLiteral("computer");
            m[QStringLiteral("timeSourceText")] = tr("this computer's clock (no time-stamp)");
            m[QStringLiteral("verdict")] = QStringLiteral("pending");
            m[QStringLiteral("verdictText")] = tr("Being verified…");
            batch->outputs.append({int(i), r.inputs.value(0), *r.output});
        } else {
            m[QStringLiteral("error")] = r.output.error().message;
            m[QStringLiteral("errorCode")] = r.output.error().code;
            m[QStringLiteral("errorDetail")] = r.output.error().detail;
        }
        m_rows << m;
        m_reports << std::nullopt;
    }
    emit changed();
    if (batch->outputs.isEmpty()) {
        QMetaObject::invokeMethod(this, std::move(done), Qt::QueuedConnection);
        return;
    }
    batch->generation = m_generation;
    auto trust = std::make_shared<verify::TrustStore>();
    // A store that cannot be loaded leaves the outputs unconfirmed ("cannot be confirmed"), which
    // is what the verdict then says; the Verify screen names the cause.
    if (!trustSettings.anchors.isEmpty())
        (void)trust->load(trustSettings.anchors);
    if (trustSettings.system)
        (void)trust->loadSystem();
    batch->trust = std::move(trust);
    m_trust = batch->trust;
    batch->clock = &clock;
    // As on the verify screen: a document signed a moment ago is "valid" only if its certificates'
    // revocation status can be fetched, and the user allows that.
    batch->online = m_flow->context() && m_flow->context()->settingsStore().load().onlineRevocation;
    m_online = batch->online;
    batch->verifying = std::move(verifying);
    batch->done = std::move(done);
    verifyNext(batch);
}

// One output after the other, in order, each on the pool; each report comes back to this thread.
void ResultViewModel::verifyNext(const std::shared_ptr<Batch> &batch)
{
    if (batch->next >= batch->outputs.size()) {
        if (batch->done)
            batch->done();
        return;
    }
    const Batch::Output out = batch->outputs[batch->next++];
    VerifyJob job;
    job.path = out.output;
    job.trust = batch->trust;
    job.options.context.clock = batch->clock;
    job.options.context.online = batch->online;
    if (out.output.contains(QLatin1String("detached")))
        job.options.dataFiles = {out.input};
    verifyOnPool(*QThreadPool::globalInstance(), this, std::move(job),
                 {.started =
                      [batch, index = out.index] {
                          if (batch->verifying)
                              batch->verifying(index, false);
                      },
                  .wanted = [this, generation = batch->generation] { return m_generation == generation; },
                  .done =
                      [this, batch, index = out.index](verify::FileReport report) {
                          accept(index, Checked{std::move(report)});
                          if (batch->verifying)
                              batch->verifying(index, true);
                          verifyNext(batch);
                      }});
}

void ResultViewModel::accept(int index, const Checked &checked)
{
    QVariantMap m = m_rows[index].toMap();
    const verify::FileReport &check = checked.report;
    if (!check.signatures.isEmpty()) {
        // The signature just made is the last one in the file.
        const verify::SignatureReport &ours = check.signatures.last();
        m[QStringLiteral("verdict")] = verify::verdictKey(ours.verdict());
        m[QStringLiteral("verdictText")] = verify::verdictText(ours.verdict());
        m[QStringLiteral("verificationReason")] = ours.reason;
        for (const verify::TimestampInfo &t : ours.timestamps) {
            if (t.kind == verify::TimestampKind::Signature && t.intact && t.signatureValid) {
                m[QStringLiteral("signingTime")] = verify::formatTime(t.time);
                m[QStringLiteral("timeSource")] = QStringLiteral("timestamp");
                m[QStringLiteral("tsa")] = t.tsa ? t.tsa->commonName : QString();
                m[QStringLiteral("timeSourceText")] =
                    t.tsa ? tr("time-stamp by %1").arg(t.tsa->commonName) : tr("time-stamp");
            }
        }
    } else {
        m[QStringLiteral("verdict")] = QStringLiteral("invalid");
        m[QStringLiteral("verdictText")] = verify::verdictText(verify::Verdict::Invalid);
        m[QStringLiteral("verificationReason")] =
            check.error ? check.error->message : tr("No signature was found in the output.");
    }
    m_rows[index] = m;
    m_reports[index] = check;
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
