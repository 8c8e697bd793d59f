#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace sic::ui {

class SigningFlow;

// The progress step: one row per document with its stage (queued, hashing, authorizing, signing,
// embedding, verifying, done, failed), a count of finished documents, and cancel.
class ProgressViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("part of SigningFlow")
    // Maps: name, stage (key), stageText
    Q_PROPERTY(QVariantList rows READ rows NOTIFY changed)
    Q_PROPERTY(int total READ total NOTIFY changed)
    Q_PROPERTY(int finished READ finished NOTIFY changed)
    Q_PROPERTY(double fraction READ fraction NOTIFY changed)
    Q_PROPERTY(bool cancelling READ cancelling NOTIFY changed)
public:
    explicit ProgressViewModel(SigningFlow *flow);

    static QString stageText(const QString &stage);

    QVariantList rows() const;
    int total() const { return int(m_names.size()); }
    int finished() const;
    double fraction() const;
    bool cancelling() const { return m_cancelling; }
    QString stage(int index) const { return m_stages.value(index); }

    void setDocuments(const QStringList &names);
    void setStage(int index, const QString &stage);
    void setCancelling(bool cancelling);

    Q_INVOKABLE void cancel();

signals:
    void changed();
    // Every stage change, in order (for tests and accessibility announcements).
    void stageReached(int index, const QString &stage);

private:
    SigningFlow *m_flow;
    QStringList m_names;
    QStringList m_stages;
    bool m_cancelling = false;
};

} // namespace sic::ui
