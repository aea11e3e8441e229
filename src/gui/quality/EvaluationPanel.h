#pragma once

#include <QWidget>

namespace tallenne {

class Session;
struct Interaction;

/// Evaluate a call beside its player or a chat beside its transcript, on a scorecard.
class EvaluationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationPanel(Session& session, QWidget* parent = nullptr);
    ~EvaluationPanel() override;

    /// Opens the call or chat for evaluation (the user's draft on it, or a new one).
    void openInteraction(const tallenne::Interaction& target);
    /// Shows an evaluation (read-only unless it is the user's draft).
    void openEvaluation(qint64 evaluationId);

signals:
    void errorOccurred(const QString& message);

private:
    Session& m_session;
};

} // namespace tallenne
