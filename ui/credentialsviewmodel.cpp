#include "credentialsviewmodel.h"

#include <QHash>

#include "signingflow.h"
#include "verify/evaluation.h"

#include <QLocale>

namespace sic::ui {

CredentialsViewModel::CredentialsViewModel(SigningFlow *flow) : QObject(flow), m_flow(flow) {}

QString CredentialsViewModel::state(const csc::Credential &c, const QDateTime &now)
{
    using S = csc::Credential::CertStatus;
    if (c.certStatus == S::Revoked)
        return QStringLiteral("revoked");
    if (c.certStatus == S::Suspended)
        return QStringLiteral("suspended");
    if (!c.keyEnabled)
        return QStringLiteral("disabled");
    if (c.chain.isEmpty())
        return QStringLiteral("no-certificate");
    // The service's word and the certificate's dates must both allow signing.
    if (c.certStatus == S::Expired || (c.validTo.isValid() && now.isValid() && c.validTo < now))
        return QStringLiteral("expired");
    if (c.validFrom.isValid() && now.isValid() && now < c.validFrom)
        return QStringLiteral("not-yet-valid");
    if (c.certStatus != S::Valid)
        return QStringLiteral("unknown-status");
    return QStringLiteral("usable");
}

QString CredentialsViewModel::stateText(const QString &state)
{
    if (state == QLatin1String("usable"))
        return tr("Ready to sign");
    if (state == QLatin1String("expired"))
        return tr("Expired: the certificate is no longer valid");
    if (state == QLatin1String("not-yet-valid"))
        return tr("Not yet valid: the certificate's validity has not started");
    if (state == QLatin1String("revoked"))
        return tr("Revoked: the certificate was revoked by its issuer");
    if (state == QLatin1String("suspended"))
        return tr("Suspended: the certificate is on hold");
    if (state == QLatin1String("disabled"))
        return tr("Disabled: the signature service has disabled this key");
    if (state == QLatin1String("no-certificate"))
        return tr("Unusable: the service sent no certificate for this key");
    return tr("Unusable: the service did not confirm that the certificate is valid");
}

QString CredentialsViewModel::factorKey(csc::AuthFactor f)
{
    switch (f) {
    case csc::AuthFactor::Pin:
        return QStringLiteral("pin");
    case csc::AuthFactor::OtpTotp:
        return QStringLiteral("totp");
    case csc::AuthFactor::OtpOutOfBand:
        return QStringLiteral("oob");
    case csc::AuthFactor::OAuth2Browser:
        return QStringLiteral("browser");
    }
    return {};
}

QString CredentialsViewModel::factorText(csc::AuthFactor f)
{
    switch (f) {
    case csc::AuthFactor::Pin:
        return tr("PIN");
    case csc::AuthFactor::OtpTotp:
        return tr("one-time password (authenticator app)");
    case csc::AuthFactor::OtpOutOfBand:
        return tr("one-time password (sent to you)");
    case csc::AuthFactor::OAuth2Browser:
        return tr("sign-in in the browser");
    }
    return {};
}

QVariantList CredentialsViewModel::credentials() const
{
    QVariantList list;
    for (const csc::Credential &c : m_list) {
        QStringList keys;
        QStringList texts;
        for (csc::AuthFactor f : c.factors) {
            keys << factorKey(f);
            texts << factorText(f);
        }
        const QString st = state(c, m_now);
        const int level = c.keyAuthorizationLevel();
        list << QVariantMap{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("subject"), c.subjectCn},
            {QStringLiteral("subjectDn"), c.subjectDn},
            {QStringLiteral("issuer"), c.issuerDn},
            // One date format on every screen: the reports' (core/verify formatTime).
            {QStringLiteral("validFrom"), verify::formatTime(c.validFrom)},
            {QStringLiteral("validTo"), verify::formatTime(c.validTo)},
            {QStringLiteral("key"), c.keyDescription()},
            {QStringLiteral("serial"), c.serialHex},
            // What tells two keys of the same person apart, for the card's title.
            {QStringLiteral("title"),
             tr("%1: %2, %3").arg(c.subjectCn, c.keyDescription(), texts.join(QStringLiteral(" + ")))},
            {QStringLiteral("state"), st},
            {QStringLiteral("stateText"), stateText(st)},
            {QStringLiteral("level"), level},
            {QStringLiteral("levelText"),
             level >= 2 ? tr("Level %1: multi-factor authorization, separate from the sign-in").arg(level)
                        : tr("Level %1: single-factor authorization").arg(level)},
            {QStringLiteral("factors"), keys},
            {QStringLiteral("factorsText"), texts.join(QStringLiteral(" + "))},
            {QStringLiteral("multisign"), c.multisign},
            {QStringLiteral("usable"), st == QLatin1String("usable")}};
    }
    // Two keys of the same kind with the same factors (a renewed certificate, a second key for
    // another purpose) would get the same title: those titles also name the end of the serial.
    QHash<QString, int> seen;
    for (const QVariant &v : list)
        ++seen[v.toMap().value(QStringLiteral("title")).toString()];
    for (QVariant &v : list) {
        QVariantMap m = v.toMap();
        const QString title = m.value(QStringLiteral("title")).toString();
        if (seen.value(title) > 1) {
            m[QStringLiteral("title")] =
                tr("%1 (serial …%2)").arg(title, m.value(QStringLiteral("serial")).toString().right(8));
            v = m;
        }
    }
    return list;
}

void CredentialsViewModel::setCredentials(QList<csc::Credential> list, QDateTime now)
{
    m_list = std::move(list);
    m_now = std::move(now);
    m_selected.reset();
    emit credentialsChanged();
}

void CredentialsViewModel::clear()
{
    setCredentials({}, {});
}

bool CredentialsViewModel::choose(const QString &id)
{
    for (const csc::Credential &c : m_list) {
        if (c.id != id)
            continue;
        const QString st = state(c, m_now);
        if (st != QLatin1String("usable")) {
            m_flow->reportError({QStringLiteral("flow.credential_unusable"),
                                 tr("This key cannot sign. %1.").arg(stateText(st)), c.statusDescription()});
            return false;
        }
        m_selected = c;
        emit credentialsChanged();
        m_flow->credentialChosen();
        return true;
    }
    m_flow->reportError({QStringLiteral("flow.credential_unknown"),
                         tr("This key is not in the list of the signature service. Sign in again."), id});
    return false;
}

} // namespace sic::ui
