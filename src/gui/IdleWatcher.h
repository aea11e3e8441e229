#pragma once

#include <QObject>
#include <QTimer>

namespace tallenne {

/// Emits idle() when no keyboard or mouse input reached the application for the interval.
/// Used for the automatic lock.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    void setInterval(int milliseconds);
    [[nodiscard]] int interval() const { return m_timer.interval(); }
    void start();
    void stop();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace tallenne
