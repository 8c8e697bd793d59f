#pragma once

#include "base/clock.h"
#include "csc/credential.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace sic::ui {

class SigningFlow;

// The credentials step: the signing keys of the account, with subject, issuer, validity, key type,
// the JT2A key-authorization level and the factors it needs. Expired, not yet valid, revoked,
// suspended or disabled credentials are listed with the reason and cannot be chosen.
class CredentialsViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("part of SigningFlow")
    // Maps: id, title (name, key, factors), subject, subjectDn, issuer, validFrom, validTo, key,
    // serial, state, stateText,
    // level, levelText, factors (keys), factorsText, multisign, usable
    Q_PROPERTY(QVariantList credentials READ credentials NOTIFY credentialsChanged)
    Q_PROPERTY(int count READ count NOTIFY credentialsChanged)
    Q_PROPERTY(QString selectedId READ selectedId NOTIFY credentialsChanged)
public:
    explicit CredentialsViewModel(SigningFlow *flow);

    // Why a credential cannot sign at `now`, as a stable key: "usable", "expired", "not-yet-valid",
    // "revoked", "suspended", "disabled", "no-certificate" or "unknown-status".
    static QString state(const csc::Credential &c, const QDateTime &now);
    static QString stateText(const QString &state);
    static QString factorKey(csc::AuthFactor f);
    static QString factorText(csc::AuthFactor f);

    QVariantList credentials() const;
    int count() const { return int(m_list.size()); }
    QString selectedId() const { return m_selected ? m_selected->id : QString(); }
    const std::optional<csc::Credential> &selected() const { return m_selected; }

    void setCredentials(QList<csc::Credential> list, QDateTime now);
    void clear();
    // Selects a usable credential and moves on to the options; false (with the flow's error set) if
    // it cannot be used.
    Q_INVOKABLE bool choose(const QString &id);

signals:
    void credentialsChanged();

private:
    SigningFlow *m_flow;
    QList<csc::Credential> m_list;
    QDateTime m_now;
    std::optional<csc::Credential> m_selected;
};

} // namespace sic::ui
