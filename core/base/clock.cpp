#include "base/clock.h"

namespace sic {

const SystemClock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

QDateTime ManualClock::now() const
{
    std::lock_guard lock(m_mutex);
    return m_now;
}

void ManualClock::set(QDateTime t)
{
    std::lock_guard lock(m_mutex);
    m_now = std::move(t);
}

void ManualClock::advance(qint64 seconds)
{
    std::lock_guard lock(m_mutex);
    m_now = m_now.addSecs(seconds);
}

} // namespace sic
