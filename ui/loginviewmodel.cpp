#include "loginviewmodel.h"
#include "verify/evaluation.h"

#include "signingflow.h"

#include <QLocale>

namespace sic::ui {

LoginViewModel::LoginViewModel(SigningFlow *flow) : QObject(flow), m_flow(flow)
{
    connect(flow, &SigningFlow::sessionChanged, this, &LoginViewModel::changed);
    connect(flow, &SigningFlow::busyChanged, this, &LoginViewModel::changed);
    connect(flow, &SigningFlow::contextChanged, this, &LoginViewModel::changed);
}

QString LoginViewModel::serviceName() const
{
    return m_flow->serviceName();
}

QString LoginViewModel::serviceUrl() const
{
    return m_flow->serviceUrl();
}

bool LoginViewModel::loggedIn() const
{
    return m_flow->loggedIn();
}

bool LoginViewModel::busy() const
{
    return m_flow->busy();
}

QString LoginViewModel::userId() const
{
    return m_flow->loggedIn() ? m_flow->userId() : QString();
}

QString LoginViewModel::sessionState() const
{
    if (m_flow->loggedIn())
        return QStringLiteral("signed-in");
    return m_flow->busy() && m_flow->step() == SigningFlow::Login ? QStringLiteral("signing-in")
                                                                  : QStringLiteral("signed-out");
}

QString LoginViewModel::expiresAt() const
{
    const QDateTime t = m_flow->sessionExpiry();
    return verify::formatTime(t); // one date format on every screen
}

int LoginViewModel::idleTimeoutMinutes() const
{
    return m_flow->idleTimeoutMinutes();
}

QString LoginViewModel::endedReason() const
{
    return m_flow->sessionEndedReason();
}

QString LoginViewModel::sessionText() const
{
    const QString state = sessionState();
    if (state == QLatin1String("signing-in"))
        return tr("Signing in to %1…").arg(serviceName());
    if (state == QLatin1String("signed-out"))
        return tr("Not signed in.");
    QString text = expiresAt().isEmpty()
                       ? tr("Signed in to %1 as %2.").arg(serviceName(), userId())
                       : tr("Signed in to %1 as %2 until %3.").arg(serviceName(), userId(), expiresAt());
    if (idleTimeoutMinutes() > 0)
        text +=
            u' ' + tr("The session ends after %n minute(s) without activity.", nullptr, idleTimeoutMinutes());
    return text;
}

void LoginViewModel::loginWithBrowser()
{
    m_flow->loginWithBrowser();
}

void LoginViewModel::loginWithPassword(const QString &user, const QString &password)
{
    m_flow->loginWithPassword(user, password);
}

void LoginViewModel::logout()
{
    m_flow->logout();
}

void LoginViewModel::back()
{
    m_flow->back();
}

} // namespace sic::ui
