#include "progressviewmodel.h"

#include "signingflow.h"

namespace sic::ui {

ProgressViewModel::ProgressViewModel(SigningFlow *flow) : QObject(flow), m_flow(flow) {}

QString ProgressViewModel::stageText(const QString &stage)
{
    if (stage == QLatin1String("queued"))
        return tr("Waiting");
    if (stage == QLatin1String("hashing"))
        return tr("Computing the hash");
    if (stage == QLatin1String("authorizing"))
        return tr("Waiting for your authorization");
    if (stage == QLatin1String("signing"))
        return tr("Being signed by the service");
    if (stage == QLatin1String("embedding"))
        return tr("Embedding the signature");
    if (stage == QLatin1String("verifying"))
        return tr("Verifying the signed document");
    if (stage == QLatin1String("done"))
        return tr("Done");
    if (stage == QLatin1String("failed"))
        return tr("Failed");
    return stage;
}

QVariantList ProgressViewModel::rows() const
{
    QVariantList out;
    for (qsizetype i = 0; i < m_names.size(); ++i)
        out << QVariantMap{{QStringLiteral("name"), m_names[i]},
                           {QStringLiteral("stage"), m_stages.value(i)},
                           {QStringLiteral("stageText"), stageText(m_stages.value(i))}};
    return out;
}

int ProgressViewModel::finished() const
{
    return int(std::count_if(m_stages.begin(), m_stages.end(), [](const QString &s) {
        return s == QLatin1String("done") || s == QLatin1String("failed");
    }));
}

double ProgressViewModel::fraction() const
{
    return m_names.isEmpty() ? 0.0 : double(finished()) / double(m_names.size());
}

void ProgressViewModel::setDocuments(const QStringList &names)
{
    m_names = names;
    m_stages = QStringList(names.size(), QStringLiteral("queued"));
    m_cancelling = false;
    emit changed();
}

void ProgressViewModel::setStage(int index, const QString &stage)
{
    if (index < 0 || index >= m_stages.size() || m_stages[index] == stage)
        return;
    m_stages[index] = stage;
    emit changed();
    emit stageReached(index, stage);
}

void ProgressViewModel::setCancelling(bool cancelling)
{
    if (m_cancelling != cancelling) {
        m_cancelling = cancelling;
        emit changed();
    }
}

void ProgressViewModel::cancel()
{
    m_flow->cancel();
}

} // namespace sic::ui
