#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace sic::ui {

class SigningFlow;

// The login step and the session's state wherever it is shown: which service, signed in or not
// and as whom, when the access token expires, the idle timeout, and why the last session ended.
// Login itself (browser with OAuth2 + PKCE, or user ID and password) and logout are done by the
// flow, which owns the CSC session.
class LoginViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("part of SigningFlow")
    Q_PROPERTY(QString serviceName READ serviceName NOTIFY changed)
    Q_PROPERTY(QString serviceUrl READ serviceUrl NOTIFY changed)
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString userId READ userId NOTIFY changed)
    // "signed-out", "signing-in", "signed-in"
    Q_PROPERTY(QString sessionState READ sessionState NOTIFY changed)
    // One sentence: "Signed in to X as Y until 10:42; ends after 15 minutes without activity."
    Q_PROPERTY(QString sessionText READ sessionText NOTIFY changed)
    Q_PROPERTY(QString expiresAt READ expiresAt NOTIFY changed)
    Q_PROPERTY(int idleTimeoutMinutes READ idleTimeoutMinutes NOTIFY changed)
    Q_PROPERTY(QString endedReason READ endedReason NOTIFY changed)
public:
    explicit LoginViewModel(SigningFlow *flow);

    QString serviceName() const;
    QString serviceUrl() const;
    bool loggedIn() const;
    bool busy() const;
    QString userId() const;
    QString sessionState() const;
    QString sessionText() const;
    QString expiresAt() const;
    int idleTimeoutMinutes() const;
    QString endedReason() const;

    Q_INVOKABLE void loginWithBrowser();
    Q_INVOKABLE void loginWithPassword(const QString &user, const QString &password);
    Q_INVOKABLE void logout();
    Q_INVOKABLE void back();

signals:
    void changed();

private:
    SigningFlow *m_flow;
};

} // namespace sic::ui
