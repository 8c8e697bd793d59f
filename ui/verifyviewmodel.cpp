#include "verifyviewmodel.h"

#include "reportwriter.h"
#include "verify/reports.h"
#include "verify/truststore.h"
#include "verify/verifier.h"
#include "verify/verifyjob.h"
#include "verifypresentation.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QThread>

namespace sic::ui {

using namespace sic::verify;

namespace {

QString localPath(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

// Which of the other files may be the content of a detached signature in path. An XML signature
// names its content by URI, so every other file may be offered; a CMS signature takes the first
// file it is given, so it gets only the one its name points to ("a.pdf.p7s" -> "a.pdf"), or the
// only other file.
QStringList detachedCandidates(const QString &path, const QStringList &others)
{
    QFile f(path);
    if (others.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = f.read(1024);
    QByteArray h = head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head;
    h = h.trimmed();
    if (h.startsWith('<'))
        return others;
    if (head.contains("%PDF-"))
        return {};
    const QString base = QFileInfo(path).completeBaseName();
    for (const QString &o : others) {
        if (QFileInfo(o).fileName() == base)
            return {o};
    }
    return others.size() == 1 ? others : QStringList();
}

bool lacksDetachedContent(const FileReport &r)
{
    for (const SignatureReport &s : r.signatures) {
        if (s.subIndication == SubIndication::SignedDataNotFound)
            return true;
    }
    return false;
}

bool finished(const QString &state)
{
    return state == QLatin1String("done") || state == QLatin1String("error");
}

} // namespace

VerifyViewModel::VerifyViewModel(QObject *parent) : QAbstractListModel(parent)
{
    // Verification is CPU-bound; leave a core to the GUI on small machines.
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
}

VerifyViewModel::~VerifyViewModel()
{
    for (File &f : m_files)
        f.cancel->store(true);
    m_pool.clear();
    m_pool.waitForDone();
}

void VerifyViewModel::setContext(AppContext *context)
{
    if (m_context == context)
        return;
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    m_trust.reset();
    // New anchors, online checks or language: the results on screen would no longer match them.
    if (m_context)
        connect(m_context, &AppContext::settingsChanged, this, [this] {
            m_trust.reset();
            if (!m_files.isEmpty())
                verifyAgain();
        });
    emit contextChanged();
}

QString VerifyViewModel::state() const
{
    if (m_files.isEmpty())
        return QStringLiteral("empty");
    if (busy())
        return QStringLiteral("verifying");
    for (const File &f : m_files) {
        if (f.state == QLatin1String("cancelled"))
            return QStringLiteral("cancelled");
    }
    return QStringLiteral("done");
}

bool VerifyViewModel::busy() const
{
    for (const File &f : m_files) {
        if (f.state == QLatin1String("queued") || f.state == QLatin1String("verifying"))
            return true;
    }
    return false;
}

bool VerifyViewModel::canExport() const
{
    return !busy() && finishedCount() > 0;
}

int VerifyViewModel::finishedCount() const
{
    return int(
        std::count_if(m_files.begin(), m_files.end(), [](const File &f) { return finished(f.state); }));
}

double VerifyViewModel::progress() const
{
    return m_files.isEmpty() ? 0.0 : double(finishedCount()) / double(m_files.size());
}

QString VerifyViewModel::statusText() const
{
    const QString s = state();
    if (s == QLatin1String("verifying"))
        return tr("Verifying: %1 of %n file(s) done…", nullptr, count()).arg(finishedCount());
    if (s == QLatin1String("cancelled"))
        return tr("Cancelled: %1 of %n file(s) verified.", nullptr, count()).arg(finishedCount());
    if (s == QLatin1String("done")) {
        // The helpdesk's first question: how many signatures hold, fail, or cannot be confirmed.
        int counts[4] = {0, 0, 0, 0};
        for (const FileReport &f : reports()) {
            for (const SignatureReport &sig : f.signatures)
                ++counts[int(sig.verdict())];
        }
        return tr("%n file(s) verified.", nullptr, count()) + u' ' +
               tr("Signatures: %1 valid, %2 valid with warnings, %3 invalid, %4 cannot be confirmed.")
                   .arg(counts[int(Verdict::Valid)])
                   .arg(counts[int(Verdict::ValidWithWarnings)])
                   .arg(counts[int(Verdict::Invalid)])
                   .arg(counts[int(Verdict::CannotBeConfirmed)]);
    }
    return {};
}

int VerifyViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

bool VerifyViewModel::isContent(const File &file) const
{
    if (file.state != QLatin1String("error") || !file.report.error ||
        file.report.error->code != QLatin1String("verify.unknown_format"))
        return false;
    return std::any_of(m_files.begin(), m_files.end(), [&](const File &o) {
        return o.id != file.id && o.state == QLatin1String("done") &&
               (o.report.format == verify::FileFormat::Xml || o.report.format == verify::FileFormat::Cms);
    });
}

QVariant VerifyViewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_files.size())
        return {};
    const File &f = m_files.at(index.row());
    const QString state = isContent(f) ? QStringLiteral("content") : f.state;
    switch (role) {
    case NameRole:
        return QFileInfo(f.path).fileName();
    case PathRole:
        return f.path;
    case FormatRole:
        return reportName(f.report.format).toUpper();
    case StateRole:
        return state;
    case StateTextRole:
        return VerifyText::stateText(state);
    case ErrorRole:
        return state == QLatin1String("error") && f.report.error ? f.report.error->message : QString();
    case SignatureCountRole:
        return int(f.report.signatures.size());
    case SummaryRole:
        return state == QLatin1String("done") ? VerifyText::fileSummary(f.report) : QString();
    case SignaturesRole:
        return f.signatures;
    }
    return {};
}

QHash<int, QByteArray> VerifyViewModel::roleNames() const
{
    return {{NameRole, "name"},
            {PathRole, "path"},
            {FormatRole, "format"},
            {StateRole, "fileState"},
            {StateTextRole, "stateText"},
            {ErrorRole, "error"},
            {SignatureCountRole, "signatureCount"},
            {SummaryRole, "summary"},
            {SignaturesRole, "signatures"}};
}

int VerifyViewModel::addUrls(const QList<QUrl> &urls)
{
    QStringList paths;
    for (const QUrl &u : urls)
        paths << localPath(u);
    return addPaths(paths);
}

int VerifyViewModel::addPaths(const QStringList &paths)
{
    QStringList refused;
    QList<quint64> added;
    for (const QString &p : paths) {
        if (p.isEmpty())
            continue;
        const QFileInfo fi(p);
        const QString path = fi.absoluteFilePath();
        if (fi.isDir()) {
            refused << tr("%1 is a folder; add the files inside it.").arg(fi.fileName());
            continue;
        }
        if (std::any_of(m_files.begin(), m_files.end(), [&](const File &f) { return f.path == path; }))
            continue; // already listed: dropping a file twice is not an error
        File f;
        f.id = m_nextId++;
        f.path = path;
        f.report.path = path;
        f.cancel = std::make_shared<std::atomic_bool>(false);
        beginInsertRows({}, int(m_files.size()), int(m_files.size()));
        m_files << f;
        endInsertRows();
        added << f.id;
    }
    setError(refused.join(u' '));
    if (added.isEmpty())
        return 0;
    emit countChanged();
    prepareTrust();
    // The new files may be the content that earlier detached signatures could not find.
    for (File &f : m_files) {
        if (added.contains(f.id) || (f.state == QLatin1String("done") && lacksDetachedContent(f.report)))
            enqueue(f);
    }
    emitStatus();
    return int(added.size());
}

void VerifyViewModel::prepareTrust()
{
    if (m_trust || !m_context)
        return;
    const AppSettings settings = m_context->settingsStore().load();
    auto trust = std::make_shared<TrustStore>();
    m_online = settings.onlineRevocation;
    m_validationTime = m_context->clock().now().toUTC();
    QString anchorsProblem, systemProblem;
    if (!settings.trustAnchors.isEmpty()) {
        if (auto loaded = trust->load(settings.trustAnchors); !loaded)
            anchorsProblem = loaded.error().message;
    }
    if (settings.useSystemTrust) {
        if (auto loaded = trust->loadSystem(); !loaded)
            systemProblem = loaded.error().message;
    }
    const bool systemOnly =
        settings.useSystemTrust && systemProblem.isEmpty() && trust->configuredAnchorCount() == 0;
    if (!anchorsProblem.isEmpty() && systemOnly) {
        setNotice(tr("The trust anchors could not be loaded, so only the operating system's web certificate "
                     "authorities are trusted: %1")
                      .arg(anchorsProblem));
    } else if (!anchorsProblem.isEmpty()) {
        setNotice(tr("The trust anchors could not be loaded, so no signer can be confirmed: %1")
                      .arg(anchorsProblem));
    } else if (systemOnly) {
        setNotice(tr("Only the operating system's web certificate authorities are trusted; signers confirmed "
                     "through them are shown with a warning. Choose trust anchors in Settings."));
    } else if (settings.trustAnchors.isEmpty() && !settings.useSystemTrust) {
        setNotice(tr("No trust anchors are set, so no signer can be confirmed. Choose them in Settings."));
    } else if (!systemProblem.isEmpty() && settings.trustAnchors.isEmpty()) {
        setNotice(
            tr("No trust anchors are set and the operating system's trust store could not be loaded, so "
               "no signer can be confirmed: %1")
                .arg(systemProblem));
    } else if (!systemProblem.isEmpty()) {
        setNotice(tr("The operating system's trust store could not be loaded; only the configured trust "
                     "anchors are used: %1")
                      .arg(systemProblem));
    } else {
        setNotice({});
    }
    m_trust = std::move(trust);
}

void VerifyViewModel::enqueue(File &file)
{
    if (file.cancel)
        file.cancel->store(true);
    file.cancel = std::make_shared<std::atomic_bool>(false);
    ++file.generation;
    file.state = QStringLiteral("queued");
    file.report = FileReport{};
    file.report.path = file.path;
    file.signatures.clear();
    const int row = rowOf(file.id);
    emit dataChanged(index(row), index(row));

    verify::VerifyJob job;
    job.path = file.path;
    job.trust = m_trust;
    job.options.context.clock = m_context ? &m_context->clock() : &SystemClock::instance();
    job.options.context.online = m_online;
    job.prepare = [path = file.path, others = otherPaths(file.id)](VerifyOptions &options) {
        options.dataFiles = detachedCandidates(path, others);
    };
    job.cancel = file.cancel;
    const quint64 id = file.id, generation = file.generation;
    verify::verifyOnPool(m_pool, this, std::move(job),
                         {.started = [this, id, generation] { onStarted(id, generation); },
                          .wanted =
                              [this, id, generation] {
                                  const int r = rowOf(id);
                                  return r >= 0 && m_files[r].generation == generation;
                              },
                          .done =
                              [this, id, generation](FileReport report) {
                                  onVerified(id, generation, std::move(report));
                              }});
}

void VerifyViewModel::onStarted(quint64 id, quint64 generation)
{
    const int row = rowOf(id);
    if (row < 0 || m_files[row].generation != generation || m_files[row].state != QLatin1String("queued"))
        return;
    m_files[row].state = QStringLiteral("verifying");
    emit dataChanged(index(row), index(row), {StateRole, StateTextRole});
    emitStatus();
}

void VerifyViewModel::onVerified(quint64 id, quint64 generation, FileReport report)
{
    const int row = rowOf(id);
    if (row < 0 || m_files[row].generation != generation || m_files[row].cancel->load())
        return;
    File &f = m_files[row];
    f.report = std::move(report);
    f.report.path = f.path;
    f.state = f.report.error ? QStringLiteral("error") : QStringLiteral("done");
    f.signatures.clear();
    int n = 0;
    for (const SignatureReport &s : f.report.signatures)
        f.signatures << VerifyText::signature(s, ++n);
    record(f);
    // Another row may now read as the content of this detached signature.
    emit dataChanged(index(0), index(int(m_files.size()) - 1));
    emitStatus();
}

// Each verification goes into the history (the file, its worst verdict and why), so that a
// helpdesk can tell later what was checked.
void VerifyViewModel::record(const File &f)
{
    if (!m_context || (f.report.error && f.report.error->code == QLatin1String("verify.unknown_format")))
        return;
    HistoryEntry e;
    e.action = QStringLiteral("verify");
    e.document = QFileInfo(f.path).fileName();
    if (f.report.error) {
        e.result = QStringLiteral("failed");
        e.reason = f.report.error->message;
    } else if (f.report.signatures.isEmpty()) {
        e.result = QStringLiteral("failed");
        e.reason = Tr::tr("No signature was found in this file.");
    } else {
        const SignatureReport *worst = &f.report.signatures.first();
        for (const SignatureReport &s : f.report.signatures) {
            if (int(s.verdict()) > int(worst->verdict()))
                worst = &s;
        }
        e.result = verdictKey(worst->verdict());
        e.reason = worst->verdict() == Verdict::Valid ? QString() : worst->reason;
        // The history keeps the report's spelling of the kind (as in JSON), not the UI's words.
        const QString kind = reportName(worst->kind, worst->pdfSubFilter);
        e.level = worst->level.isEmpty() ? kind : kind + u' ' + worst->level;
        e.signer = worst->signer ? worst->signer->subject : QString();
    }
    (void)m_context->history().record(e);
    emit m_context->historyChanged();
}

void VerifyViewModel::cancel()
{
    for (int row = 0; row < m_files.size(); ++row) {
        File &f = m_files[row];
        if (f.state != QLatin1String("queued") && f.state != QLatin1String("verifying"))
            continue;
        f.cancel->store(true);
        f.state = QStringLiteral("cancelled");
        emit dataChanged(index(row), index(row));
    }
    emitStatus();
}

void VerifyViewModel::verifyAgain()
{
    m_trust.reset();
    prepareTrust();
    for (File &f : m_files)
        enqueue(f);
    emitStatus();
}

void VerifyViewModel::remove(int row)
{
    if (row < 0 || row >= m_files.size())
        return;
    m_files[row].cancel->store(true);
    beginRemoveRows({}, row, row);
    m_files.removeAt(row);
    endRemoveRows();
    emit countChanged();
    if (!m_files.isEmpty())
        emit dataChanged(index(0), index(int(m_files.size()) - 1));
    emitStatus();
}

void VerifyViewModel::clear()
{
    beginResetModel();
    for (File &f : m_files)
        f.cancel->store(true);
    m_files.clear();
    endResetModel();
    m_trust.reset();
    setError({});
    emit countChanged();
    emitStatus();
}

int VerifyViewModel::rowOf(quint64 id) const
{
    for (int i = 0; i < m_files.size(); ++i) {
        if (m_files[i].id == id)
            return i;
    }
    return -1;
}

QStringList VerifyViewModel::otherPaths(quint64 id) const
{
    QStringList paths;
    for (const File &f : m_files) {
        if (f.id != id)
            paths << f.path;
    }
    return paths;
}

void VerifyViewModel::setError(const QString &message)
{
    if (!m_savedMessage.isEmpty()) {
        m_savedMessage.clear();
        emit savedMessageChanged();
    }
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

void VerifyViewModel::setNotice(const QString &notice)
{
    if (m_notice == notice)
        return;
    m_notice = notice;
    emit noticeChanged();
}

void VerifyViewModel::emitStatus()
{
    emit progressChanged();
    const QString s = state() + (canExport() ? u'+' : u'-');
    if (s != m_lastState) {
        m_lastState = s;
        emit stateChanged();
    }
}

QList<FileReport> VerifyViewModel::reports() const
{
    QList<FileReport> out;
    for (const File &f : m_files) {
        if (finished(f.state) && !isContent(f))
            out << f.report;
    }
    return out;
}

bool VerifyViewModel::writeReport(const QUrl &file, const QByteArray &data)
{
    const auto written = writeFileAtomically(localPath(file), data);
    saved(file, written ? std::nullopt : std::optional<Error>(written.error()));
    return bool(written);
}

void VerifyViewModel::saved(const QUrl &file, const std::optional<Error> &failure)
{
    setError(failure ? failure->message : QString());
    if (!failure) {
        m_savedMessage = tr("The report was saved: %1").arg(QDir::toNativeSeparators(localPath(file)));
        emit savedMessageChanged();
    }
}

bool VerifyViewModel::exportHtml(const QUrl &file)
{
    return writeReport(file, reportToHtml(reports(), reportMeta(m_trust.get(), m_online, m_validationTime)));
}

bool VerifyViewModel::exportJson(const QUrl &file)
{
    return writeReport(file, reportToJson(reports(), reportMeta(m_trust.get(), m_online, m_validationTime)));
}

bool VerifyViewModel::exportPdf(const QUrl &file)
{
    const QByteArray html = reportToHtml(reports(), reportMeta(m_trust.get(), m_online, m_validationTime));
    const auto written =
        writePdfReport(localPath(file), QString::fromUtf8(html), Tr::tr("Signature verification report"));
    saved(file, written ? std::nullopt : std::optional<Error>(written.error()));
    return bool(written);
}

QString VerifyViewModel::summaryText() const
{
    return VerifyText::ticketSummary(reports(), m_validationTime,
                                     QStringLiteral("sic %1").arg(QStringLiteral(SIC_VERSION)));
}

void VerifyViewModel::copySummary()
{
    if (QClipboard *clipboard = QGuiApplication::clipboard()) {
        clipboard->setText(summaryText());
        emit summaryCopied();
    }
}

} // namespace sic::ui
