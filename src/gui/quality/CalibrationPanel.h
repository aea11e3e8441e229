#pragma once

#include <QWidget>

namespace tallenne {

class Session;
struct Interaction;

/// Calibration sessions: several reviewers score one interaction, then see where they differ.
class CalibrationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CalibrationPanel(Session& session, QWidget* parent = nullptr);
    ~CalibrationPanel() override;

signals:
    void errorOccurred(const QString& message);
    /// The user joined a calibration: their evaluation in it opens for answering.
    void openEvaluationRequested(qint64 evaluationId);

private:
    Session& m_session;
};

} // namespace tallenne
