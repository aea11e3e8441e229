#pragma once

#include <QDateTime>

namespace tallenne {

/// Where time comes from. Retention, deadlines, holds and lockouts read the clock
/// through this interface so that tests move time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
};

/// The real clock.
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    /// A process-wide instance for code that is not handed a clock.
    static const Clock& instance();
};

/// A clock that stands still until told to move. For tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {}
    [[nodiscard]] QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& t) { m_now = t.toUTC(); }
    void advanceSeconds(qint64 s) { m_now = m_now.addSecs(s); }
    void advanceDays(qint64 d) { m_now = m_now.addDays(d); }

private:
    QDateTime m_now;
};

} // namespace tallenne
