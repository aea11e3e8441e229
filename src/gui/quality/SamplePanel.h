#pragma once

#include <QWidget>

namespace tallenne {

class Session;
struct Interaction;

/// The sampling queue: draw N calls or chats per agent per week, and work through them.
class SamplePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SamplePanel(Session& session, QWidget* parent = nullptr);
    ~SamplePanel() override;

signals:
    void errorOccurred(const QString& message);
    /// The user asks to evaluate an item of the queue.
    void evaluateRequested(const tallenne::Interaction& target);
    void openEvaluationRequested(qint64 evaluationId);

private:
    Session& m_session;
};

} // namespace tallenne
