#pragma once

#include "core/Interaction.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tallenne {

class Session;
class StatusLabel;
struct SampleSpec;

/// The sampling queue: draw N calls or chats per agent per week, and work through them.
/// Quality managers set the filter and draw (SamplingService::draw); they and trainers see the
/// earlier runs and the selected run's items with their state, and open an item to evaluate it
/// (or its evaluation). Trainers see no filter and cannot draw.
class SamplePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SamplePanel(Session& session, QWidget* parent = nullptr);
    ~SamplePanel() override;

    /// Draws a sample from the filter as set; true when a run was made (it is then selected).
    bool draw();
    /// Draws again with the selected run's filter and seed (the same sample, if nothing in the
    /// register changed).
    bool drawAgain();
    /// Reads the runs again, keeping the selected one.
    void reload();

signals:
    void errorOccurred(const QString& message);
    /// The user asks to evaluate an item of the queue.
    void evaluateRequested(const tallenne::Interaction& target);
    void openEvaluationRequested(qint64 evaluationId);
    /// The user asks to start a calibration on the selected item.
    void calibrateRequested(const tallenne::Interaction& target);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildFilter();
    void retranslate();
    void fillChoices();
    [[nodiscard]] SampleSpec specFromForm(bool* seedOk) const;
    void setForm(const SampleSpec& spec);
    bool drawSpec(const SampleSpec& spec, bool again = false);
    [[nodiscard]] qint64 selectedRunId() const;
    void selectRun(qint64 runId);
    void showRun();
    void openItem(int row);
    [[nodiscard]] Interaction itemTarget(int row) const;
    void updateButtons();

    Session& m_session;
    const bool m_canDraw;
    QWidget* m_filter = nullptr;
    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QLabel* m_perAgentLabel = nullptr;
    QLabel* m_kindLabel = nullptr;
    QLabel* m_queueLabel = nullptr;
    QLabel* m_directionLabel = nullptr;
    QLabel* m_durationLabel = nullptr;
    QLabel* m_channelLabel = nullptr;
    QLabel* m_seedLabel = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QSpinBox* m_perAgent = nullptr;
    QCheckBox* m_calls = nullptr;
    QCheckBox* m_chats = nullptr;
    QComboBox* m_queue = nullptr;
    QComboBox* m_direction = nullptr;
    QSpinBox* m_minDuration = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_seed = nullptr;
    QCheckBox* m_skipEvaluated = nullptr;
    QPushButton* m_drawButton = nullptr;
    QPushButton* m_drawAgainButton = nullptr;
    QLabel* m_runsLabel = nullptr;
    QTableWidget* m_runs = nullptr;
    QLabel* m_itemsLabel = nullptr;
    QTableWidget* m_items = nullptr;
    QLabel* m_progress = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_calibrateButton = nullptr;
    StatusLabel* m_status = nullptr;
    qint64 m_shownRun = 0;
};

} // namespace tallenne
