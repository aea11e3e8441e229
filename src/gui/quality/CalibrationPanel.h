#pragma once

#include "core/Interaction.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tallenne {

class Session;
class StatusLabel;
struct CalibrationResult;

/// Calibration sessions: several reviewers score one interaction, then see where they differ.
/// Quality managers start one (a call or chat and a scorecard), score it on the Evaluate tab
/// ("Score it" opens their own evaluation in it) and close it once two have submitted. While
/// it is open the result says only who has submitted; once closed, a table shows each
/// criterion's points per reviewer and their spread, widest first. Trainers read closed
/// results.
class CalibrationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CalibrationPanel(Session& session, QWidget* parent = nullptr);
    ~CalibrationPanel() override;

    /// Asks for the call or chat and the scorecard (`preset` fills the first); true when a
    /// calibration was started (it is then selected).
    bool newCalibration(const tallenne::Interaction& preset = {});
    /// What New calibration offers when nothing is preset: the call or chat open elsewhere
    /// (the Evaluate tab's).
    void setPresetSource(std::function<tallenne::Interaction()> source)
    {
        m_presetSource = std::move(source);
    }
    /// Joins the selected calibration and asks for the reviewer's own evaluation to open.
    bool scoreSelected();
    /// Closes the selected calibration; the service's reason is shown when it refuses.
    bool closeSelected();
    void reload();

signals:
    void errorOccurred(const QString& message);
    /// The user joined a calibration: their evaluation in it opens for answering.
    void openEvaluationRequested(qint64 evaluationId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    [[nodiscard]] qint64 selectedId() const;
    void selectCalibration(qint64 id);
    void showResult();
    void showSpreads(const CalibrationResult& result);
    void updateButtons();

    Session& m_session;
    const bool m_canEvaluate;
    std::function<Interaction()> m_presetSource;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_scoreButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QLabel* m_listLabel = nullptr;
    QTableWidget* m_list = nullptr;
    QLabel* m_summary = nullptr;
    QCheckBox* m_scorecardOrder = nullptr;
    QTableWidget* m_spreads = nullptr;
    QLabel* m_totals = nullptr;
    StatusLabel* m_status = nullptr;
};

} // namespace tallenne
