#include "settingsviewmodel.h"

#include "engine/formats.h"

#include <QVariantMap>

namespace sic::ui {

QStringList SettingsViewModel::levels() const
{
    QStringList out;
    for (SignatureLevel l : engine::formats().levels())
        out << levelName(l);
    return out;
}

SettingsViewModel::SettingsViewModel(QObject *parent) : QObject(parent) {}

void SettingsViewModel::setContext(AppContext *context)
{
    if (m_context == context)
        return;
    m_context = context;
    m_saved = context ? context->settingsStore().load() : AppSettings();
    m_edit = m_saved;
    emit contextChanged();
    emit edited();
}

template <typename T>
void SettingsViewModel::assign(T &field, const T &value)
{
    if (field == value)
        return;
    field = value;
    setError({});
    emit edited();
}

void SettingsViewModel::setSelectedRssp(const QString &v)
{
    assign(m_edit.selectedRssp, v);
}
void SettingsViewModel::setTsaUrl(const QString &v)
{
    assign(m_edit.tsaUrl, QUrl(v.trimmed()));
}
void SettingsViewModel::setTrustAnchors(const QString &v)
{
    assign(m_edit.trustAnchors, v);
}
void SettingsViewModel::setUseSystemTrust(bool v)
{
    assign(m_edit.useSystemTrust, v);
}
void SettingsViewModel::setOnlineRevocation(bool v)
{
    assign(m_edit.onlineRevocation, v);
}
void SettingsViewModel::setLanguage(const QString &v)
{
    assign(m_edit.language, v);
}
void SettingsViewModel::setIdleTimeoutMinutes(int v)
{
    assign(m_edit.idleTimeoutMinutes, v);
}
void SettingsViewModel::setOutputFolder(const QString &v)
{
    assign(m_edit.outputFolder, v);
}
void SettingsViewModel::setDefaultLevel(const QString &v)
{
    assign(m_edit.defaultLevel, v);
}

QVariantList SettingsViewModel::rssps() const
{
    QVariantList list;
    for (const RsspProfile &p : m_edit.rssps) {
        list << QVariantMap{{QStringLiteral("name"), p.name},
                            {QStringLiteral("url"), p.url.toString()},
                            {QStringLiteral("caBundle"), p.caBundle},
                            {QStringLiteral("pins"), p.spkiSha256.join(u' ')}};
    }
    return list;
}

QStringList SettingsViewModel::lockedKeys() const
{
    return m_context ? m_context->settingsStore().lockedKeys() : QStringList();
}

bool SettingsViewModel::isLocked(const QString &key) const
{
    return m_context && m_context->settingsStore().isLocked(key.toLatin1().constData());
}

void SettingsViewModel::setRssp(const QString &name, const QString &url, const QString &caBundle,
                                const QString &pins)
{
    RsspProfile p;
    p.name = name.trimmed();
    p.url = QUrl(url.trimmed());
    p.caBundle = caBundle.trimmed();
    p.spkiSha256 = pins.split(u' ', Qt::SkipEmptyParts);
    QList<RsspProfile> list = m_edit.rssps;
    auto it = std::find_if(list.begin(), list.end(), [&](const RsspProfile &q) { return q.name == p.name; });
    if (it != list.end())
        *it = p;
    else
        list << p;
    assign(m_edit.rssps, list);
}

void SettingsViewModel::removeRssp(const QString &name)
{
    QList<RsspProfile> list = m_edit.rssps;
    list.removeIf([&](const RsspProfile &p) { return p.name == name; });
    QString selected = m_edit.selectedRssp == name ? QString() : m_edit.selectedRssp;
    assign(m_edit.rssps, list);
    assign(m_edit.selectedRssp, selected);
}

bool SettingsViewModel::save()
{
    if (!m_context)
        return false;
    const auto result = m_context->settingsStore().save(m_edit);
    if (!result) {
        setError(result.error().message);
        return false;
    }
    // Reload: locked keys come back with the administrator's values.
    m_saved = m_context->settingsStore().load();
    m_edit = m_saved;
    setError({});
    emit edited();
    emit saved();
    emit m_context->settingsChanged();
    return true;
}

void SettingsViewModel::revert()
{
    m_edit = m_saved;
    setError({});
    emit edited();
}

void SettingsViewModel::setError(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

} // namespace sic::ui
