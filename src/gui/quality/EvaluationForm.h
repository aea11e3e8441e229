#pragma once

#include "core/Scorecard.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace tallenne {

/// A scorecard's questions as a form: its sections as headings, each criterion with its title,
/// guidance, weight and whether it is critical, the answer buttons of its scale (Yes/No, 1–5,
/// N/A where allowed), a comment and a pin that ties the comment to a moment of the recording
/// or to a message of the chat. It holds the answers; the panel around it computes the score
/// (EvaluationService::preview) and saves.
class EvaluationForm : public QWidget
{
    Q_OBJECT

public:
    /// What a comment can be pinned to.
    enum class PinKind
    {
        None,
        Moment,  ///< a position of the recording, in ms
        Message, ///< a chat message's id
    };

    explicit EvaluationForm(QWidget* parent = nullptr);
    ~EvaluationForm() override;

    /// Builds the form for `card` with `answers` filled in (no answersChanged()).
    void setScorecard(const ScorecardDefinition& card, const AnswerMap& answers, PinKind pins);
    /// Empties the form.
    void clear();
    [[nodiscard]] bool isEmpty() const { return m_rows.isEmpty(); }
    [[nodiscard]] const ScorecardDefinition& scorecard() const { return m_card; }
    /// A read-only form shows the answers; its pins still lead to their moment or message.
    void setEditable(bool editable);
    [[nodiscard]] bool isEditable() const { return m_editable; }
    [[nodiscard]] AnswerMap answers() const;
    /// Marks the comments the answers make necessary (ScoreBreakdown::missingComments).
    void markMissingComments(const QStringList& ids);
    /// Moves the keyboard to the criterion (its first answer button) and scrolls it into view.
    void focusCriterion(const QString& id);

    /// Where a new pin comes from: the player's position or the transcript's selected message
    /// (nullopt: nothing to pin to, and the form says so).
    void setPinSource(std::function<std::optional<qint64>()> source);
    /// How a pinned message is named on its button (e.g. "14:02 Customer").
    void setMessageLabel(std::function<QString(qint64)> label);

    /// "m:ss" (or "h:mm:ss") of a position in ms.
    [[nodiscard]] static QString formatMoment(qint64 ms);

signals:
    /// The user changed an answer, a comment or a pin.
    void answersChanged();
    /// A pinned comment's moment was clicked: the player should go there.
    void momentActivated(qint64 ms);
    /// A pinned comment's message was clicked: the transcript should show it.
    void messageActivated(qint64 messageId);
    /// Pinning found nothing to pin to (no call open, no message selected).
    void pinUnavailable(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        const ScorecardCriterion* criterion = nullptr;
        QWidget* box = nullptr;
        QLabel* title = nullptr;
        QLabel* facts = nullptr;
        QButtonGroup* group = nullptr; ///< id: 0 no, 1 yes / 1-5; -2 N/A
        QList<QAbstractButton*> buttons;
        QLabel* commentLabel = nullptr;
        QPlainTextEdit* comment = nullptr;
        QPushButton* pin = nullptr;
        QToolButton* pinned = nullptr;
        QToolButton* unpin = nullptr;
        std::optional<qint64> pinValue;
        bool commentNeeded = false;
    };
    static constexpr int NotApplicableId = -2;

    void build();
    void retranslate();
    void retranslateRow(Row& row);
    void setAnswer(Row& row, const CriterionAnswer& answer);
    void pinNow(Row& row);
    void updatePin(Row& row);
    void changed();

    ScorecardDefinition m_card;
    PinKind m_pins = PinKind::None;
    QHash<QString, Row> m_rows;
    QStringList m_order;
    QList<QLabel*> m_sectionLabels;
    QVBoxLayout* m_layout = nullptr;
    bool m_editable = true;
    bool m_loading = false;
    std::function<std::optional<qint64>()> m_pinSource;
    std::function<QString(qint64)> m_messageLabel;
};

} // namespace tallenne
