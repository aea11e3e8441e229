#pragma once

#include "core/Interaction.h"
#include "services/quality/EvaluationService.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableWidget;

namespace tallenne {

class EvaluationForm;
class PlayerPanel;
class Session;
class StatusLabel;

/// Evaluate a call beside its player or a chat beside its transcript, on a scorecard.
///
/// On the left the user's drafts or the submitted evaluations; on the right the call's player
/// (or the chat's transcript) beside the form, with the score as it is answered and the rule
/// that produced it. A draft is saved with Save draft (Ctrl+S), and by itself when another
/// evaluation or interaction is opened; Submit refuses an incomplete form and shows what is
/// missing. A submitted evaluation is read-only; a quality manager changes it with a reason
/// (Change…), which keeps the earlier revision. Trainers read everything and change nothing.
class EvaluationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationPanel(Session& session, QWidget* parent = nullptr);
    /// Saves unsaved answers of the user's draft (the lock and the window's end go here).
    ~EvaluationPanel() override;

    /// Opens the call or chat for evaluation (the user's draft on it, or a new one).
    void openInteraction(const tallenne::Interaction& target);
    /// Shows an evaluation (read-only unless it is the user's draft).
    void openEvaluation(qint64 evaluationId);

    /// The evaluation open, 0 when none.
    [[nodiscard]] qint64 evaluationId() const { return m_evaluationId; }
    [[nodiscard]] std::optional<Interaction> target() const { return m_target; }
    /// The player beside the form (a call's recording).
    [[nodiscard]] PlayerPanel* player() const { return m_player; }
    [[nodiscard]] EvaluationForm* form() const { return m_form; }
    /// True when the form holds answers not yet saved.
    [[nodiscard]] bool hasUnsavedAnswers() const { return m_dirty; }

    /// Reads the list again, keeping the selection.
    void reload();
    /// Saves the draft (or the change being made); false with the reason shown when refused.
    bool save();
    /// Submits the draft; false with what is missing shown (and the keyboard on it).
    bool submit();
    /// Asks for a reason and makes the submitted evaluation editable.
    void startChange();
    /// Asks, then deletes the open draft; the call or chat stays open for a new start.
    void discardDraft();

signals:
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class ListKind
    {
        Drafts,
        Submitted,
    };

    void buildUi();
    void retranslate();
    void fillListChoices();
    void fillScorecards();
    /// Saves what is unsaved before something else is opened; says so in the status line.
    void saveBeforeLeaving();
    /// Shows the call in the player or the chat in the transcript (once per interaction).
    void showInteraction(const Interaction& target);
    void showTranscript(qint64 chatId);
    /// Reads the evaluation and shows it (what was open is saved already).
    void load(qint64 evaluationId);
    void showView(const EvaluationView& view);
    void showNothing();
    void updateScore();
    void updateButtons();
    void showPins();
    void selectListRow(qint64 evaluationId);
    void startEvaluation();
    [[nodiscard]] QString interactionName(const Interaction& target) const;
    [[nodiscard]] QString messageLabel(qint64 messageId) const;
    [[nodiscard]] bool mayEvaluate() const;

    Session& m_session;
    EvaluationService m_service;

    QComboBox* m_listChoice = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_listLabel = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QWidget* m_work = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_scorecardLabel = nullptr;
    QComboBox* m_scorecards = nullptr;
    QPushButton* m_startButton = nullptr;
    QStackedWidget* m_media = nullptr;
    PlayerPanel* m_player = nullptr;
    QListWidget* m_transcript = nullptr;
    QLabel* m_scoreLabel = nullptr;
    QLabel* m_ruleLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QScrollArea* m_scroll = nullptr;
    EvaluationForm* m_form = nullptr;
    QLabel* m_revisionsLabel = nullptr;
    QListWidget* m_revisions = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_submitButton = nullptr;
    QPushButton* m_changeButton = nullptr;
    QPushButton* m_discardButton = nullptr;
    StatusLabel* m_status = nullptr;

    std::optional<Interaction> m_target;
    qint64 m_evaluationId = 0;
    std::optional<EvaluationView> m_view;
    bool m_dirty = false;
    bool m_revising = false;
    QString m_reason;
    bool m_filling = false;
};

} // namespace tallenne
