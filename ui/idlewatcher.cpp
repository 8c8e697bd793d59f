#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace sic::ui {

IdleWatcher::IdleWatcher(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::checkNow);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::start()
{
    m_lastInput = m_clock.now();
    m_timer.start();
}

void IdleWatcher::stop()
{
    m_timer.stop();
}

void IdleWatcher::touch()
{
    m_lastInput = m_clock.now();
}

qint64 IdleWatcher::idleSeconds() const
{
    return m_lastInput.isValid() ? m_lastInput.secsTo(m_clock.now()) : 0;
}

qint64 IdleWatcher::remainingSeconds() const
{
    return std::max<qint64>(0, m_timeoutSeconds - idleSeconds());
}

void IdleWatcher::checkNow()
{
    if (!m_timer.isActive() || m_timeoutSeconds <= 0)
        return;
    if (idleSeconds() >= m_timeoutSeconds) {
        m_timer.stop();
        emit expired();
    }
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
        if (m_timer.isActive())
            m_lastInput = m_clock.now();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sic::ui
