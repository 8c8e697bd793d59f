#pragma once

#include "base/clock.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace sic::ui {

// Ends an idle session (JIPDEC 2.2.1 (4)): watches the application's user input (keys, mouse,
// touch, wheel) through an event filter and reports once when none came for the timeout. Time is
// read from the injected Clock and checked by a timer, so tests move a ManualClock and let the
// timer (or checkNow) notice. Core-only Qt: no Qt Quick here.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(const Clock &clock, QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setTimeoutMinutes(int minutes) { m_timeoutSeconds = qint64(minutes) * 60; }
    void setCheckInterval(int ms) { m_timer.setInterval(ms); }

    // Starts counting from now; stop() forgets. A timeout of 0 never expires.
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // User input (or a test) says the user is here.
    void touch();
    qint64 idleSeconds() const;
    qint64 remainingSeconds() const;
    // Emits expired() if the timeout has passed; the timer calls it too.
    void checkNow();

    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void expired();

private:
    const Clock &m_clock;
    QTimer m_timer;
    QDateTime m_lastInput;
    qint64 m_timeoutSeconds = 15 * 60;
};

} // namespace sic::ui
