#pragma once

#include "appcontext.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace sic::ui {

// The development RSSP's demo user, shown on the login screen when the app was started by the
// README's demo command (sic --demo-account FILE; FILE is the dev RSSP's init JSON). It shows the
// user, password and PIN, and the current one-time password with the seconds it stays valid, so
// that the demo needs no authenticator app. Never shown otherwise: a real service's secrets are
// never in a file the app reads.
class DemoAccount : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sic::ui::AppContext *context READ context WRITE setContext NOTIFY changed)
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QString user READ user NOTIFY changed)
    Q_PROPERTY(QString password READ password NOTIFY changed)
    Q_PROPERTY(QString pin READ pin NOTIFY changed)
    Q_PROPERTY(QString otp READ otp NOTIFY otpChanged)
    Q_PROPERTY(int otpSecondsLeft READ otpSecondsLeft NOTIFY otpChanged)
public:
    explicit DemoAccount(QObject *parent = nullptr);

    AppContext *context() const { return m_context; }
    void setContext(AppContext *context);
    bool available() const { return !m_user.isEmpty(); }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString pin() const { return m_pin; }
    QString otp() const;
    int otpSecondsLeft() const;

signals:
    void changed();
    void otpChanged();

private:
    void load(const QString &file);

    AppContext *m_context = nullptr;
    QString m_user;
    QString m_password;
    QString m_pin;
    QByteArray m_totpKey;
    QTimer m_tick;
};

} // namespace sic::ui
