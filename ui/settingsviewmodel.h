#pragma once

#include "appcontext.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace sic::ui {

// The settings screen: an editable copy of the settings, which keys the administrator locked,
// and save with a specific message when a value is not acceptable.
class SettingsViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sic::ui::AppContext *context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(QVariantList rssps READ rssps NOTIFY edited)
    Q_PROPERTY(QString selectedRssp READ selectedRssp WRITE setSelectedRssp NOTIFY edited)
    Q_PROPERTY(QString tsaUrl READ tsaUrl WRITE setTsaUrl NOTIFY edited)
    Q_PROPERTY(QString trustAnchors READ trustAnchors WRITE setTrustAnchors NOTIFY edited)
    // Also trust the operating system's web CAs when verifying (off by default; lockable).
    Q_PROPERTY(bool useSystemTrust READ useSystemTrust WRITE setUseSystemTrust NOTIFY edited)
    Q_PROPERTY(bool onlineRevocation READ onlineRevocation WRITE setOnlineRevocation NOTIFY edited)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY edited)
    Q_PROPERTY(int idleTimeoutMinutes READ idleTimeoutMinutes WRITE setIdleTimeoutMinutes NOTIFY edited)
    Q_PROPERTY(QString outputFolder READ outputFolder WRITE setOutputFolder NOTIFY edited)
    Q_PROPERTY(QString defaultLevel READ defaultLevel WRITE setDefaultLevel NOTIFY edited)
    // The levels the registered formats can make (engine::formats()).
    Q_PROPERTY(QStringList levels READ levels CONSTANT)
    Q_PROPERTY(QStringList lockedKeys READ lockedKeys NOTIFY contextChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY edited)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
public:
    explicit SettingsViewModel(QObject *parent = nullptr);

    AppContext *context() const { return m_context; }
    void setContext(AppContext *context);

    QVariantList rssps() const;
    QString selectedRssp() const { return m_edit.selectedRssp; }
    void setSelectedRssp(const QString &v);
    QString tsaUrl() const { return m_edit.tsaUrl.toString(); }
    void setTsaUrl(const QString &v);
    QString trustAnchors() const { return m_edit.trustAnchors; }
    void setTrustAnchors(const QString &v);
    bool useSystemTrust() const { return m_edit.useSystemTrust; }
    void setUseSystemTrust(bool v);
    bool onlineRevocation() const { return m_edit.onlineRevocation; }
    void setOnlineRevocation(bool v);
    QString language() const { return m_edit.language; }
    void setLanguage(const QString &v);
    int idleTimeoutMinutes() const { return m_edit.idleTimeoutMinutes; }
    void setIdleTimeoutMinutes(int v);
    QString outputFolder() const { return m_edit.outputFolder; }
    void setOutputFolder(const QString &v);
    QString defaultLevel() const { return m_edit.defaultLevel; }
    QStringList levels() const;
    void setDefaultLevel(const QString &v);
    QStringList lockedKeys() const;
    bool dirty() const { return !(m_edit == m_saved); }
    QString errorMessage() const { return m_errorMessage; }

    Q_INVOKABLE bool isLocked(const QString &key) const;
    // Adds or replaces (by name) a service; pins are Base64 SHA-256 values separated by spaces.
    Q_INVOKABLE void setRssp(const QString &name, const QString &url, const QString &caBundle,
                             const QString &pins);
    Q_INVOKABLE void removeRssp(const QString &name);
    Q_INVOKABLE bool save();
    Q_INVOKABLE void revert();

signals:
    void contextChanged();
    void edited();
    void errorMessageChanged();
    void saved();

private:
    template <typename T>
    void assign(T &field, const T &value);
    void setError(const QString &message);

    AppContext *m_context = nullptr;
    AppSettings m_saved;
    AppSettings m_edit;
    QString m_errorMessage;
};

} // namespace sic::ui
