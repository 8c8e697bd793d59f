#include "historyviewmodel.h"
#include "verify/evaluation.h"

#include "verify/indication.h"

#include <QLocale>

namespace sic::ui {

HistoryViewModel::HistoryViewModel(QObject *parent) : QAbstractListModel(parent) {}

void HistoryViewModel::setContext(AppContext *context)
{
    if (m_context == context)
        return;
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    if (m_context)
        connect(m_context, &AppContext::historyChanged, this, &HistoryViewModel::reload);
    emit contextChanged();
    reload();
}

void HistoryViewModel::setLimit(int limit)
{
    if (m_limit == limit)
        return;
    m_limit = limit;
    emit limitChanged();
    reload();
}

void HistoryViewModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_check = {};
    QString error;
    if (m_context) {
        m_check = m_context->history().verify();
        auto all = m_context->history().entries();
        if (all) {
            m_entries = *all;
            std::reverse(m_entries.begin(), m_entries.end());
            if (m_limit > 0 && m_entries.size() > m_limit)
                m_entries.resize(m_limit);
        } else {
            error = all.error().message;
        }
    }
    endResetModel();
    if (error != m_errorMessage) {
        m_errorMessage = error;
        emit errorMessageChanged();
    }
    emit countChanged();
}

QString HistoryViewModel::chainStatus() const
{
    if (m_check.intact)
        return tr("The history is intact: no entry was changed or removed.");
    return tr("The history was changed outside the app, starting at entry %1.").arg(m_check.firstBrokenLine);
}

int HistoryViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant HistoryViewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry &e = m_entries.at(index.row());
    switch (role) {
    case TimeRole:
        return verify::formatTime(e.time); // one date format on every screen
    case ActionRole:
        return e.action == QLatin1String("verify") ? tr("Verified") : tr("Signed");
    case DocumentRole:
        return e.document;
    case OutputRole:
        return e.output;
    case CredentialRole:
        return e.credential;
    case SignerRole:
        return e.signer;
    case LevelRole:
        return e.level;
    case ResultRole:
        // A verification records its verdict's key ("valid", "invalid", ...): shown in words.
        for (verify::Verdict v : {verify::Verdict::Valid, verify::Verdict::ValidWithWarnings,
                                  verify::Verdict::CannotBeConfirmed, verify::Verdict::Invalid}) {
            if (e.action == QLatin1String("verify") && e.result == verify::verdictKey(v))
                return verify::verdictText(v);
        }
        return e.result == QLatin1String("ok")       ? tr("Completed")
               : e.result == QLatin1String("failed") ? tr("Failed")
                                                     : e.result;
    case ReasonRole:
        return e.reason;
    case SucceededRole:
        return e.result == QLatin1String("ok") || e.result == verify::verdictKey(verify::Verdict::Valid) ||
               e.result == verify::verdictKey(verify::Verdict::ValidWithWarnings);
    }
    return {};
}

QHash<int, QByteArray> HistoryViewModel::roleNames() const
{
    return {{TimeRole, "time"},          {ActionRole, "action"},         {DocumentRole, "document"},
            {OutputRole, "output"},      {CredentialRole, "credential"}, {SignerRole, "signer"},
            {LevelRole, "level"},        {ResultRole, "result"},         {ReasonRole, "reason"},
            {SucceededRole, "succeeded"}};
}

bool HistoryViewModel::finishExport(const Result<void> &result)
{
    const QString error = result ? QString() : result.error().message;
    if (error != m_errorMessage) {
        m_errorMessage = error;
        emit errorMessageChanged();
    }
    return bool(result);
}

bool HistoryViewModel::exportCsv(const QUrl &file)
{
    if (!m_context)
        return false;
    return finishExport(
        m_context->history().exportCsv(file.isLocalFile() ? file.toLocalFile() : file.toString()));
}

bool HistoryViewModel::exportJson(const QUrl &file)
{
    if (!m_context)
        return false;
    return finishExport(
        m_context->history().exportJson(file.isLocalFile() ? file.toLocalFile() : file.toString()));
}

} // namespace sic::ui
