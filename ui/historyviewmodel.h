#pragma once

#include "appcontext.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace sic::ui {

// The history screen: every signing and verification recorded on this device, newest first,
// whether the hash chain is intact, and export to CSV or JSON.
class HistoryViewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sic::ui::AppContext *context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool chainIntact READ chainIntact NOTIFY countChanged)
    Q_PROPERTY(QString chainStatus READ chainStatus NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
public:
    enum Role
    {
        TimeRole = Qt::UserRole + 1,
        ActionRole,
        DocumentRole,
        OutputRole,
        CredentialRole,
        SignerRole,
        LevelRole,
        ResultRole,
        ReasonRole,
        SucceededRole,
    };
    Q_ENUM(Role)

    explicit HistoryViewModel(QObject *parent = nullptr);

    AppContext *context() const { return m_context; }
    void setContext(AppContext *context);
    int count() const { return int(m_entries.size()); }
    bool chainIntact() const { return m_check.intact; }
    QString chainStatus() const;
    QString errorMessage() const { return m_errorMessage; }
    // 0 = all; the start screen shows the last few.
    int limit() const { return m_limit; }
    void setLimit(int limit);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();
    Q_INVOKABLE bool exportCsv(const QUrl &file);
    Q_INVOKABLE bool exportJson(const QUrl &file);

signals:
    void contextChanged();
    void countChanged();
    void errorMessageChanged();
    void limitChanged();

private:
    bool finishExport(const Result<void> &result);

    AppContext *m_context = nullptr;
    QList<HistoryEntry> m_entries; // newest first
    HashChainLog::Check m_check;
    QString m_errorMessage;
    int m_limit = 0;
};

} // namespace sic::ui
