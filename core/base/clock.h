#pragma once

#include <QDateTime>

#include <mutex>

namespace sic {

// Every piece of core that needs "now" takes a Clock, so that tests never depend on today's date.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    static const SystemClock &instance();
};

// A clock that only moves when told to; thread-safe so a server thread may read it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override;
    void set(QDateTime t);
    void advance(qint64 seconds);

private:
    mutable std::mutex m_mutex;
    QDateTime m_now;
};

} // namespace sic
