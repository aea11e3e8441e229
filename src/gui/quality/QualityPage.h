#pragma once

#include <QTabWidget>
#include <QVariantMap>

namespace tallenne {

class CalibrationPanel;
class EvaluationPanel;
class QualityReportPanel;
class SamplePanel;
class ScorecardPanel;
class Session;
struct Interaction;

/// The Quality section: Evaluate, Sampling queue, Calibration, Scorecards and Reports, as tabs
/// (Ctrl+Tab moves between them). It routes between them: an item of the queue, a calibration
/// joined or an evaluation picked in a report opens on the Evaluate tab.
class QualityPage : public QTabWidget
{
    Q_OBJECT

public:
    explicit QualityPage(Session& session, QWidget* parent = nullptr);

    /// Shows the Evaluate tab with the call or chat open (from the Calls and Chats sections).
    void evaluate(const tallenne::Interaction& target);
    void showEvaluation(qint64 evaluationId);

    [[nodiscard]] EvaluationPanel* evaluationPanel() const { return m_evaluation; }
    [[nodiscard]] SamplePanel* samplePanel() const { return m_samples; }
    [[nodiscard]] CalibrationPanel* calibrationPanel() const { return m_calibration; }
    [[nodiscard]] ScorecardPanel* scorecardPanel() const { return m_scorecards; }
    [[nodiscard]] QualityReportPanel* reportPanel() const { return m_reports; }

    /// What the user had open, kept in memory across the idle lock: the tab, the evaluation
    /// (its answers are saved as the panels go), the scorecard being edited (unsaved edits
    /// included) and the report's choices.
    [[nodiscard]] QVariantMap sessionState() const;
    void restoreSessionState(const QVariantMap& state);

signals:
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    EvaluationPanel* m_evaluation = nullptr;
    SamplePanel* m_samples = nullptr;
    CalibrationPanel* m_calibration = nullptr;
    ScorecardPanel* m_scorecards = nullptr;
    QualityReportPanel* m_reports = nullptr;
};

} // namespace tallenne
