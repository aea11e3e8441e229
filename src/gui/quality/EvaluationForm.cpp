#include "gui/quality/EvaluationForm.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tallenne {

namespace {
constexpr int MaxCommentLength = 2000;

QString weightText(double weight)
{
    return QLocale().toString(weight, 'f', QLocale::FloatingPointShortest);
}
} // namespace

EvaluationForm::EvaluationForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("evaluationForm"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->addStretch(1);
}

EvaluationForm::~EvaluationForm() = default;

QString EvaluationForm::formatMoment(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

void EvaluationForm::setPinSource(std::function<std::optional<qint64>()> source)
{
    m_pinSource = std::move(source);
}

void EvaluationForm::setMessageLabel(std::function<QString(qint64)> label)
{
    m_messageLabel = std::move(label);
}

void EvaluationForm::clear()
{
    // The rows point into m_card: they go first.
    m_rows.clear();
    m_order.clear();
    m_sectionLabels.clear();
    while (m_layout->count() > 0) {
        QLayoutItem* item = m_layout->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_layout->addStretch(1);
    m_card = {};
}

void EvaluationForm::setScorecard(const ScorecardDefinition& card, const AnswerMap& answers,
                                  PinKind pins)
{
    clear();
    m_card = card;
    m_pins = pins;
    build();
    m_loading = true;
    for (const QString& id : std::as_const(m_order))
        setAnswer(m_rows[id], answers.value(id));
    m_loading = false;
    setEditable(m_editable);
    retranslate();
}

void EvaluationForm::build()
{
    delete m_layout->takeAt(0); // the stretch goes to the end again
    for (const ScorecardSection& section : std::as_const(m_card.sections)) {
        auto* heading = new QLabel(section.title, this);
        heading->setObjectName(QStringLiteral("sectionLabel"));
        heading->setWordWrap(true);
        QFont font = heading->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        heading->setFont(font);
        m_layout->addWidget(heading);
        heading->show();
        m_sectionLabels << heading;
        for (const ScorecardCriterion& criterion : section.criteria) {
            Row row;
            row.criterion = &criterion;
            const QString& id = criterion.id;
            row.box = new QWidget(this);
            row.box->setObjectName(QStringLiteral("criterion_") + id);
            auto* box = new QVBoxLayout(row.box);
            box->setContentsMargins(12, 2, 0, 8);
            row.title = new QLabel(row.box);
            row.title->setObjectName(QStringLiteral("title_") + id);
            row.title->setWordWrap(true);
            row.title->setToolTip(criterion.guidance);
            box->addWidget(row.title);
            row.facts = new QLabel(row.box);
            row.facts->setObjectName(QStringLiteral("facts_") + id);
            row.facts->setWordWrap(true);
            QFont small = row.facts->font();
            small.setPointSizeF(small.pointSizeF() * 0.9);
            row.facts->setFont(small);
            row.facts->setToolTip(criterion.guidance);
            box->addWidget(row.facts);

            auto* answers = new QHBoxLayout;
            row.group = new QButtonGroup(row.box);
            row.group->setExclusive(true);
            const auto addButton = [&](QAbstractButton* button, int value, const QString& name) {
                button->setObjectName(name + QLatin1Char('_') + id);
                // The chosen value of five stands out at a glance, in any style.
                if (qobject_cast<QToolButton*>(button))
                    button->setStyleSheet(QStringLiteral(
                        "QToolButton { min-width: 1.6em; padding: 2px 6px;"
                        " border: 1px solid palette(mid); border-radius: 3px; }"
                        "QToolButton:checked { background: palette(highlight);"
                        " color: palette(highlighted-text); border-color: palette(highlight);"
                        " font-weight: bold; }"
                        "QToolButton:focus { border: 2px solid palette(highlight); }"));
                row.group->addButton(button, value);
                answers->addWidget(button);
                row.buttons << button;
            };
            if (criterion.scale == AnswerScale::YesNo) {
                addButton(new QRadioButton(row.box), 1, QStringLiteral("yes"));
                addButton(new QRadioButton(row.box), 0, QStringLiteral("no"));
            } else {
                for (int v = 1; v <= 5; ++v) {
                    auto* button = new QToolButton(row.box);
                    button->setCheckable(true);
                    button->setText(QString::number(v));
                    addButton(button, v, QStringLiteral("rate%1").arg(v));
                }
            }
            if (criterion.allowNotApplicable) {
                if (criterion.scale == AnswerScale::YesNo) {
                    addButton(new QRadioButton(row.box), NotApplicableId, QStringLiteral("na"));
                } else {
                    auto* button = new QToolButton(row.box);
                    button->setCheckable(true);
                    addButton(button, NotApplicableId, QStringLiteral("na"));
                }
            }
            answers->addStretch(1);
            box->addLayout(answers);

            row.commentLabel = new QLabel(row.box);
            row.commentLabel->setObjectName(QStringLiteral("commentLabel_") + id);
            box->addWidget(row.commentLabel);
            row.comment = new QPlainTextEdit(row.box);
            row.comment->setObjectName(QStringLiteral("comment_") + id);
            row.comment->setTabChangesFocus(true);
            row.comment->setFixedHeight(row.comment->fontMetrics().lineSpacing() * 3 + 12);
            row.commentLabel->setBuddy(row.comment);
            box->addWidget(row.comment);

            if (m_pins != PinKind::None) {
                auto* pinRow = new QHBoxLayout;
                row.pin = new QPushButton(row.box);
                row.pin->setObjectName(QStringLiteral("pin_") + id);
                pinRow->addWidget(row.pin);
                row.pinned = new QToolButton(row.box);
                row.pinned->setObjectName(QStringLiteral("pinned_") + id);
                row.pinned->setToolButtonStyle(Qt::ToolButtonTextOnly);
                pinRow->addWidget(row.pinned);
                row.unpin = new QToolButton(row.box);
                row.unpin->setObjectName(QStringLiteral("unpin_") + id);
                row.unpin->setText(QStringLiteral("×"));
                pinRow->addWidget(row.unpin);
                pinRow->addStretch(1);
                box->addLayout(pinRow);
            }
            m_layout->addWidget(row.box);
            row.box->show(); // at once, also when the form is already in sight
            m_order << id;
            m_rows.insert(id, row);
        }
    }
    m_layout->addStretch(1);

    // Connected once every row is in place (the hash does not move them after that).
    for (const QString& id : std::as_const(m_order)) {
        Row& row = m_rows[id];
        connect(row.group, &QButtonGroup::idClicked, this, [this] { changed(); });
        connect(row.comment, &QPlainTextEdit::textChanged, this, [this, id] {
            Row& r = m_rows[id];
            if (r.comment->toPlainText().size() > MaxCommentLength) {
                QTextCursor cursor = r.comment->textCursor();
                r.comment->setPlainText(r.comment->toPlainText().left(MaxCommentLength));
                cursor.movePosition(QTextCursor::End);
                r.comment->setTextCursor(cursor);
            }
            changed();
        });
        if (row.pin) {
            connect(row.pin, &QPushButton::clicked, this, [this, id] { pinNow(m_rows[id]); });
            connect(row.pinned, &QToolButton::clicked, this, [this, id] {
                const Row& r = m_rows[id];
                if (!r.pinValue)
                    return;
                if (m_pins == PinKind::Moment)
                    emit momentActivated(*r.pinValue);
                else
                    emit messageActivated(*r.pinValue);
            });
            connect(row.unpin, &QToolButton::clicked, this, [this, id] {
                Row& r = m_rows[id];
                r.pinValue.reset();
                updatePin(r);
                changed();
            });
        }
    }
}

void EvaluationForm::setAnswer(Row& row, const CriterionAnswer& answer)
{
    int checked = -1;
    if (answer.state == CriterionAnswer::State::NotApplicable)
        checked = NotApplicableId;
    else if (answer.state == CriterionAnswer::State::Answered)
        checked = answer.value;
    if (QAbstractButton* button = row.group->button(checked)) {
        button->setChecked(true);
    } else if (QAbstractButton* current = row.group->checkedButton()) {
        row.group->setExclusive(false);
        current->setChecked(false);
        row.group->setExclusive(true);
    }
    row.comment->setPlainText(answer.comment);
    row.pinValue = m_pins == PinKind::Moment    ? answer.pinMs
                   : m_pins == PinKind::Message ? answer.pinMessageId
                                                : std::nullopt;
    updatePin(row);
}

AnswerMap EvaluationForm::answers() const
{
    AnswerMap out;
    for (const QString& id : m_order) {
        const Row& row = m_rows[id];
        CriterionAnswer answer;
        const int checked = row.group->checkedId();
        if (checked == NotApplicableId) {
            answer.state = CriterionAnswer::State::NotApplicable;
        } else if (checked >= 0) {
            answer.state = CriterionAnswer::State::Answered;
            answer.value = checked;
        }
        answer.comment = row.comment->toPlainText().trimmed();
        if (m_pins == PinKind::Moment)
            answer.pinMs = row.pinValue;
        else if (m_pins == PinKind::Message)
            answer.pinMessageId = row.pinValue;
        if (answer.state != CriterionAnswer::State::Unanswered || !answer.comment.isEmpty() ||
            answer.pinMs || answer.pinMessageId)
            out.insert(id, answer);
    }
    return out;
}

void EvaluationForm::setEditable(bool editable)
{
    m_editable = editable;
    for (const QString& id : std::as_const(m_order)) {
        Row& row = m_rows[id];
        for (QAbstractButton* button : std::as_const(row.buttons))
            button->setEnabled(editable);
        row.comment->setReadOnly(!editable);
        if (row.pin) {
            row.pin->setVisible(editable);
            updatePin(row);
        }
    }
}

void EvaluationForm::markMissingComments(const QStringList& ids)
{
    for (const QString& id : std::as_const(m_order)) {
        Row& row = m_rows[id];
        const bool needed = ids.contains(id);
        if (needed == row.commentNeeded)
            continue;
        row.commentNeeded = needed;
        retranslateRow(row);
    }
}

void EvaluationForm::focusCriterion(const QString& id)
{
    if (!m_rows.contains(id))
        return;
    Row& row = m_rows[id];
    QWidget* target = row.buttons.isEmpty() ? static_cast<QWidget*>(row.comment)
                                            : static_cast<QWidget*>(row.buttons.first());
    // An answered criterion that misses its comment: the comment is what is wanted.
    if (row.group->checkedId() != -1)
        target = row.comment;
    for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
        if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
            scroll->ensureWidgetVisible(row.box);
            break;
        }
    }
    target->setFocus(Qt::OtherFocusReason);
}

void EvaluationForm::pinNow(Row& row)
{
    const std::optional<qint64> value = m_pinSource ? m_pinSource() : std::nullopt;
    if (!value) {
        emit pinUnavailable(m_pins == PinKind::Moment
                                ? tr("Open the recording first: the pin takes the player's "
                                     "position.")
                                : tr("Select a message in the transcript first."));
        return;
    }
    row.pinValue = value;
    updatePin(row);
    changed();
}

void EvaluationForm::updatePin(Row& row)
{
    if (!row.pinned)
        return;
    const bool has = row.pinValue.has_value();
    row.pinned->setVisible(has);
    row.unpin->setVisible(has && m_editable);
    if (!has)
        return;
    if (m_pins == PinKind::Moment) {
        row.pinned->setText(tr("▶ %1").arg(formatMoment(*row.pinValue)));
        row.pinned->setToolTip(tr("Play from the pinned moment"));
    } else {
        const QString label = m_messageLabel ? m_messageLabel(*row.pinValue) : QString();
        row.pinned->setText(label.isEmpty() ? tr("Message %1").arg(*row.pinValue) : label);
        row.pinned->setToolTip(tr("Show the pinned message in the transcript"));
    }
}

void EvaluationForm::changed()
{
    if (!m_loading)
        emit answersChanged();
}

void EvaluationForm::retranslateRow(Row& row)
{
    const ScorecardCriterion& c = *row.criterion;
    row.title->setText(c.critical ? tr("%1 (critical)").arg(c.title) : c.title);
    QFont font = row.title->font();
    font.setBold(c.critical);
    row.title->setFont(font);
    QStringList facts;
    facts << tr("Weight %1").arg(weightText(c.weight));
    if (c.critical)
        facts << tr("critical: its lowest answer makes the score 0");
    if (c.comment == CommentRule::OnFail)
        facts << tr("comment needed on a failing answer");
    else if (c.comment == CommentRule::Always)
        facts << tr("comment always needed");
    QString text = facts.join(QStringLiteral(" · "));
    if (!c.guidance.isEmpty())
        text += QLatin1Char('\n') + c.guidance;
    row.facts->setText(text);
    for (QAbstractButton* button : std::as_const(row.buttons)) {
        const int value = row.group->id(button);
        if (value == NotApplicableId)
            button->setText(tr("N/A"));
        else if (c.scale == AnswerScale::YesNo)
            button->setText(value == 1 ? tr("Yes") : tr("No"));
    }
    for (QAbstractButton* button : std::as_const(row.buttons))
        button->setAccessibleName(QStringLiteral("%1: %2").arg(c.title, button->text()));
    row.commentLabel->setText(row.commentNeeded ? tr("Comment (required):") : tr("Comment:"));
    row.commentLabel->setStyleSheet(row.commentNeeded ? QStringLiteral("color: #c62828;")
                                                      : QString());
    row.comment->setAccessibleName(tr("Comment on %1").arg(c.title));
    if (row.pin) {
        row.pin->setText(m_pins == PinKind::Moment ? tr("Pin to current time")
                                                   : tr("Pin to selected message"));
        row.pin->setToolTip(m_pins == PinKind::Moment
                                ? tr("Ties the comment to the player's position")
                                : tr("Ties the comment to the message selected in the "
                                     "transcript"));
        row.unpin->setToolTip(tr("Remove the pin"));
        updatePin(row);
    }
}

void EvaluationForm::retranslate()
{
    for (const QString& id : std::as_const(m_order))
        retranslateRow(m_rows[id]);
}

void EvaluationForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tallenne
