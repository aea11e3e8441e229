#include "gui/quality/EvaluationPanel.h"

#include "core/Permissions.h"
#include "gui/LockGate.h"
#include "gui/PlayerPanel.h"
#include "gui/StatusLabel.h"
#include "gui/TableRows.h"
#include "gui/WaveformWidget.h"
#include "gui/quality/EvaluationForm.h"
#include "gui/quality/ReviseDialog.h"
#include "services/BrowseService.h"
#include "services/RegisterEvents.h"
#include "services/Session.h"
#include "services/quality/ScorecardService.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tallenne {

namespace {
enum Column
{
    InteractionColumn,
    AgentColumn,
    ScorecardColumn,
    EvaluatorColumn,
    ScoreColumn,
    StatusColumn,
    DateColumn,
    ColumnCount
};

constexpr int IdRole = Qt::UserRole + 1;

QString percentText(std::optional<double> percent)
{
    return percent ? QStringLiteral("%1 %").arg(QLocale().toString(*percent, 'f', 1))
                   : QStringLiteral("—");
}
} // namespace

EvaluationPanel::EvaluationPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_service(session)
{
    buildUi();
    retranslate();
    fillScorecards();
    reload();
    showNothing();

    // Views stay current: a draft saved, an evaluation submitted here or elsewhere.
    connect(&m_session.events(), &RegisterEvents::changed, this, [this](Changes what) {
        if (what & Change::Quality) {
            fillScorecards();
            reload();
        }
    });
}

EvaluationPanel::~EvaluationPanel()
{
    // Nothing lost: the lock and the window's end delete the panels with the session still
    // open. Saving notifies the register's views, this one no longer among them.
    disconnect(&m_session.events(), nullptr, this, nullptr);
    if (!m_dirty || !m_view)
        return;
    Error error;
    if (m_revising)
        (void)m_service.revise(m_evaluationId, m_form->answers(), m_reason, &error);
    else if (m_view->editable)
        (void)m_service.save(m_evaluationId, m_form->answers(), &error);
}

bool EvaluationPanel::mayEvaluate() const
{
    return Permissions::allows(m_session.roles(), Permission::Evaluate);
}

void EvaluationPanel::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("evaluationSplitter"));
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter, 1);

    // On the left the list, and under it the call's player or the chat's transcript; the form
    // beside them. (The player takes the width its controls need; the form, the rest.)
    auto* leftSplitter = new QSplitter(Qt::Vertical, splitter);
    leftSplitter->setObjectName(QStringLiteral("evaluationListSplitter"));
    leftSplitter->setChildrenCollapsible(false);
    auto* left = new QWidget(leftSplitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* choiceRow = new QHBoxLayout;
    m_listLabel = new QLabel(left);
    m_listChoice = new QComboBox(left);
    m_listChoice->setObjectName(QStringLiteral("listComboBox"));
    m_listLabel->setBuddy(m_listChoice);
    choiceRow->addWidget(m_listLabel);
    choiceRow->addWidget(m_listChoice, 1);
    leftLayout->addLayout(choiceRow);
    m_table = new QTableWidget(0, ColumnCount, left);
    m_table->setObjectName(QStringLiteral("evaluationsTableWidget"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Every column as wide as its content (a narrow list scrolls sideways rather than cutting
    // the date short), and at least six rows high beside a tall player.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              m_table->verticalHeader()->defaultSectionSize() * 6 + 4);
    leftLayout->addWidget(m_table, 1);
    leftSplitter->addWidget(left);

    m_media = new QStackedWidget(leftSplitter);
    m_media->setObjectName(QStringLiteral("mediaStackedWidget"));
    if (Permissions::allows(m_session.roles(), Permission::PlayRecordings)) {
        m_player = new PlayerPanel(m_session, m_media);
        m_player->setObjectName(QStringLiteral("evaluationPlayerPanel"));
        // An evaluation is a quality review: the player does not ask why it plays.
        if (PlaybackPurposes::allowedFor(m_session.roles())
                .contains(PlaybackPurpose::QualityReview))
            m_player->presetPurpose(PlaybackPurpose::QualityReview);
        m_media->addWidget(m_player);
        connect(m_player, &PlayerPanel::errorOccurred, this, &EvaluationPanel::errorOccurred);
    }
    m_transcript = new QListWidget(m_media);
    m_transcript->setObjectName(QStringLiteral("transcriptListWidget"));
    m_transcript->setWordWrap(true);
    m_transcript->setAlternatingRowColors(true);
    m_media->addWidget(m_transcript);
    leftSplitter->addWidget(m_media);
    leftSplitter->setStretchFactor(0, 2);
    leftSplitter->setStretchFactor(1, 3);
    splitter->addWidget(leftSplitter);

    // The work: nothing open, or the interaction's form.
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_emptyLabel = new QLabel(right);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    rightLayout->addWidget(m_emptyLabel, 1);
    m_work = new QWidget(right);
    auto* formLayout = new QVBoxLayout(m_work);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_titleLabel = new QLabel(m_work);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setWordWrap(true);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    formLayout->addWidget(m_titleLabel);
    auto* top = new QHBoxLayout;
    m_scorecardLabel = new QLabel(m_work);
    m_scorecards = new QComboBox(m_work);
    m_scorecards->setObjectName(QStringLiteral("scorecardComboBox"));
    m_scorecards->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scorecards->setMinimumContentsLength(10);
    m_scorecardLabel->setBuddy(m_scorecards);
    m_startButton = new QPushButton(m_work);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    top->addWidget(m_scorecardLabel);
    top->addWidget(m_scorecards, 1);
    top->addWidget(m_startButton);
    formLayout->addLayout(top);

    auto* scoreRow = new QHBoxLayout;
    m_scoreLabel = new QLabel(m_work);
    m_scoreLabel->setObjectName(QStringLiteral("scoreLabel"));
    QFont big = m_scoreLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_scoreLabel->setFont(big);
    scoreRow->addWidget(m_scoreLabel);
    m_stateLabel = new QLabel(m_work);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setWordWrap(true);
    scoreRow->addWidget(m_stateLabel, 1);
    formLayout->addLayout(scoreRow);
    m_ruleLabel = new QLabel(m_work);
    m_ruleLabel->setObjectName(QStringLiteral("ruleLabel"));
    m_ruleLabel->setWordWrap(true);
    m_ruleLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ruleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The rule's lines come and go as criteria are answered: a block of fixed height (it
    // scrolls when a long scorecard needs more) keeps the form from jumping under the pointer.
    auto* ruleScroll = new QScrollArea(m_work);
    ruleScroll->setObjectName(QStringLiteral("ruleScrollArea"));
    ruleScroll->setWidgetResizable(true);
    ruleScroll->setFrameShape(QFrame::NoFrame);
    ruleScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    ruleScroll->setWidget(m_ruleLabel);
    // On the page's own background, as the labels around it.
    ruleScroll->viewport()->setAutoFillBackground(false);
    m_ruleLabel->setAutoFillBackground(false);
    ruleScroll->setFixedHeight(m_ruleLabel->fontMetrics().lineSpacing() * 6 + 4);
    // As wide as the form is, never wider: its lines wrap.
    ruleScroll->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    formLayout->addWidget(ruleScroll);
    m_scroll = new QScrollArea(m_work);
    m_scroll->setObjectName(QStringLiteral("formScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_form = new EvaluationForm;
    m_scroll->setWidget(m_form);
    formLayout->addWidget(m_scroll, 1);
    m_revisionsLabel = new QLabel(m_work);
    m_revisions = new QListWidget(m_work);
    m_revisions->setObjectName(QStringLiteral("revisionsListWidget"));
    m_revisions->setWordWrap(true);
    m_revisions->setMaximumHeight(m_revisions->fontMetrics().lineSpacing() * 5);
    m_revisionsLabel->setBuddy(m_revisions);
    formLayout->addWidget(m_revisionsLabel);
    formLayout->addWidget(m_revisions);
    auto* buttons = new QHBoxLayout;
    m_saveButton = new QPushButton(m_work);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_submitButton = new QPushButton(m_work);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_changeButton = new QPushButton(m_work);
    m_changeButton->setObjectName(QStringLiteral("changeButton"));
    m_discardButton = new QPushButton(m_work);
    m_discardButton->setObjectName(QStringLiteral("discardButton"));
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_submitButton);
    buttons->addWidget(m_changeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_discardButton);
    formLayout->addLayout(buttons);
    rightLayout->addWidget(m_work, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_status = new StatusLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    outer->addWidget(m_status);

    const bool evaluates = mayEvaluate();
    m_scorecardLabel->setVisible(evaluates);
    m_scorecards->setVisible(evaluates);
    m_startButton->setVisible(evaluates);
    m_saveButton->setVisible(evaluates);
    m_submitButton->setVisible(evaluates);
    m_changeButton->setVisible(evaluates);
    m_discardButton->setVisible(false); // a draft's own (updateButtons), in Change's place

    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_saveButton->isVisible() && m_saveButton->isEnabled())
            save();
    });

    m_form->setPinSource([this]() -> std::optional<qint64> {
        if (!m_target)
            return std::nullopt;
        if (m_target->isCall()) {
            if (!m_player || m_player->callId() != m_target->id)
                return std::nullopt;
            return m_player->position();
        }
        const QListWidgetItem* item = m_transcript->currentItem();
        if (!item)
            return std::nullopt;
        return item->data(IdRole).toLongLong();
    });
    m_form->setMessageLabel([this](qint64 id) { return messageLabel(id); });
    connect(m_form, &EvaluationForm::answersChanged, this, [this] {
        if (m_form->isEditable())
            m_dirty = true;
        // What Submit refused is being answered: its message no longer stands.
        if (m_status->showsError())
            m_status->forget();
        updateScore();
    });
    connect(m_form, &EvaluationForm::momentActivated, this, [this](qint64 ms) {
        if (m_player && m_target && m_player->callId() == m_target->id)
            m_player->seek(ms);
    });
    connect(m_form, &EvaluationForm::messageActivated, this, [this](qint64 id) {
        for (int row = 0; row < m_transcript->count(); ++row) {
            QListWidgetItem* item = m_transcript->item(row);
            if (item->data(IdRole).toLongLong() == id) {
                m_transcript->setCurrentItem(item);
                m_transcript->scrollToItem(item, QAbstractItemView::PositionAtCenter);
                return;
            }
        }
    });
    connect(m_form, &EvaluationForm::pinUnavailable, this,
            [this](const QString& message) { m_status->sayAsIs(message, true); });

    connect(m_listChoice, &QComboBox::activated, this, [this] { reload(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (m_filling || !current.isValid())
                    return;
                const QTableWidgetItem* item = m_table->item(current.row(), 0);
                const qint64 id = item ? item->data(IdRole).toLongLong() : 0;
                if (id > 0 && id != m_evaluationId)
                    openEvaluation(id);
            });
    // A click on the row already current (after another interaction was opened) opens it too.
    connect(m_table, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
        const QTableWidgetItem* item = m_table->item(index.row(), 0);
        const qint64 id = item ? item->data(IdRole).toLongLong() : 0;
        if (!m_filling && id > 0 && id != m_evaluationId)
            openEvaluation(id);
    });
    connect(m_startButton, &QPushButton::clicked, this, &EvaluationPanel::startEvaluation);
    connect(m_saveButton, &QPushButton::clicked, this, &EvaluationPanel::save);
    connect(m_submitButton, &QPushButton::clicked, this, &EvaluationPanel::submit);
    connect(m_changeButton, &QPushButton::clicked, this, &EvaluationPanel::startChange);
    connect(m_discardButton, &QPushButton::clicked, this, &EvaluationPanel::discardDraft);
}

void EvaluationPanel::retranslate()
{
    m_listLabel->setText(tr("&List:"));
    fillListChoices();
    m_table->setHorizontalHeaderLabels({tr("Interaction"), tr("Agent"), tr("Scorecard"),
                                        tr("Evaluator"), tr("Score"), tr("Status"), tr("Date")});
    m_emptyLabel->setText(
        mayEvaluate()
            ? tr("Choose an evaluation on the left, or select a call or a chat in Calls or Chats "
                 "and press Evaluate.")
            : tr("Choose an evaluation on the left to read it."));
    m_scorecardLabel->setText(tr("Scor&ecard:"));
    m_startButton->setText(tr("St&art"));
    m_startButton->setToolTip(tr("Opens your draft on the scorecard, or starts one"));
    m_revisionsLabel->setText(tr("Earlier revisions:"));
    m_submitButton->setText(tr("Su&bmit"));
    m_changeButton->setText(tr("Chan&ge…"));
    m_changeButton->setToolTip(tr("Change the submitted evaluation, giving a reason"));
    m_transcript->setAccessibleName(tr("Transcript"));
    m_scroll->setAccessibleName(tr("Evaluation form"));
}

void EvaluationPanel::fillListChoices()
{
    const int current = m_listChoice->currentData().isValid()
                            ? m_listChoice->currentData().toInt()
                            : int(mayEvaluate() ? ListKind::Drafts : ListKind::Submitted);
    m_listChoice->clear();
    if (mayEvaluate())
        m_listChoice->addItem(tr("My drafts"), int(ListKind::Drafts));
    m_listChoice->addItem(tr("Submitted evaluations"), int(ListKind::Submitted));
    m_listChoice->setCurrentIndex(std::max(0, m_listChoice->findData(current)));
}

void EvaluationPanel::fillScorecards()
{
    if (!mayEvaluate())
        return;
    const qint64 current = m_scorecards->currentData().toLongLong();
    Error error;
    const auto cards = ScorecardService(m_session).list(&error);
    m_scorecards->clear();
    if (!cards) {
        m_status->sayAsIs(error.message, true);
        return;
    }
    for (const ScorecardRecord& card : *cards) {
        if (!card.retired)
            m_scorecards->addItem(card.name, card.id);
    }
    m_scorecards->setCurrentIndex(std::max(0, m_scorecards->findData(current)));
    updateButtons();
}

void EvaluationPanel::reload()
{
    const auto kind = ListKind(m_listChoice->currentData().toInt());
    EvaluationFilter filter;
    filter.onlySubmitted = kind == ListKind::Submitted;
    Error error;
    const auto records = m_service.list(filter, &error);
    m_filling = true;
    m_table->setRowCount(0);
    if (!records) {
        m_filling = false;
        m_status->sayAsIs(error.message, true);
        return;
    }
    const QLocale locale;
    for (const EvaluationRecord& r : *records) {
        if (kind == ListKind::Drafts && (r.submitted || r.evaluator != m_session.userName()))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString status = !r.submitted       ? tr("Draft")
                               : r.revision > 1   ? tr("Submitted, revision %1").arg(r.revision)
                               : r.criticalFailed ? tr("Submitted, critical failure")
                                                  : tr("Submitted");
        const QStringList cells{
            interactionName(r.target),
            r.agent,
            tr("%1 (v%2)").arg(r.scorecardName).arg(r.scorecardVersion),
            r.evaluator,
            percentText(r.score),
            status,
            locale.toString(r.interactionAt.toLocalTime(), QLocale::ShortFormat)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(IdRole, r.id);
            m_table->setItem(row, c, item);
        }
    }
    selectListRow(m_evaluationId);
    m_filling = false;
}

void EvaluationPanel::selectListRow(qint64 evaluationId)
{
    const bool filling = std::exchange(m_filling, true);
    m_table->clearSelection();
    m_table->selectionModel()->clearCurrentIndex();
    if (const int row = TableRows::rowOf(m_table, 0, IdRole, evaluationId); row >= 0) {
        m_table->setCurrentCell(row, 0);
        m_table->selectRow(row);
    }
    m_filling = filling;
}

QString EvaluationPanel::interactionName(const Interaction& target) const
{
    return target.isCall() ? tr("Call %1").arg(target.id) : tr("Chat %1").arg(target.id);
}

QString EvaluationPanel::messageLabel(qint64 messageId) const
{
    for (int row = 0; row < m_transcript->count(); ++row) {
        const QListWidgetItem* item = m_transcript->item(row);
        if (item->data(IdRole).toLongLong() == messageId)
            return item->data(Qt::UserRole + 2).toString();
    }
    return {};
}

void EvaluationPanel::saveBeforeLeaving()
{
    if (!m_dirty || !m_view)
        return;
    const QString name = interactionName(m_view->record.target);
    Error error;
    if (m_revising) {
        if (m_service.revise(m_evaluationId, m_form->answers(), m_reason, &error))
            m_status->say(
                [name] { return tr("Your change to the evaluation of %1 was saved.").arg(name); });
        else
            m_status->sayAsIs(tr("Your change to the evaluation of %1 was not saved: %2")
                                  .arg(name, error.message),
                              true);
    } else if (m_view->editable) {
        if (m_service.save(m_evaluationId, m_form->answers(), &error))
            m_status->say([name] {
                return tr("Your draft of %1 was saved before the next one opened.").arg(name);
            });
        else
            m_status->sayAsIs(
                tr("Your draft of %1 could not be saved: %2").arg(name, error.message), true);
    }
    m_dirty = false;
    m_revising = false;
}

void EvaluationPanel::openInteraction(const Interaction& target)
{
    m_status->forget();
    saveBeforeLeaving();
    if (mayEvaluate()) {
        // The user's own draft on it opens as it was left.
        EvaluationFilter filter;
        filter.target = target;
        Error error;
        if (const auto records = m_service.list(filter, &error)) {
            for (const EvaluationRecord& r : *records) {
                if (!r.submitted && r.evaluator == m_session.userName()) {
                    load(r.id);
                    return;
                }
            }
        }
    }
    m_view.reset();
    m_evaluationId = 0;
    m_revising = false;
    m_dirty = false;
    m_form->clear();
    m_revisions->clear();
    m_target = target;
    if (mayEvaluate()) {
        // The scorecard last used on a call (or a chat) is offered for the next one.
        Error error;
        const auto suggested = m_service.suggestedScorecard(target.kind, &error);
        const int index = suggested ? m_scorecards->findData(*suggested) : -1;
        if (index >= 0)
            m_scorecards->setCurrentIndex(index);
    }
    showInteraction(target);
    m_titleLabel->setText(interactionName(target));
    m_emptyLabel->hide();
    m_work->show();
    m_media->show();
    selectListRow(0);
    updateScore();
    updateButtons();
}

void EvaluationPanel::openEvaluation(qint64 evaluationId)
{
    if (evaluationId == m_evaluationId && m_view && m_dirty)
        return; // already open, with the user's answers
    m_status->forget();
    saveBeforeLeaving();
    load(evaluationId);
}

void EvaluationPanel::load(qint64 evaluationId)
{
    Error error;
    const auto view = m_service.get(evaluationId, &error);
    if (!view) {
        m_status->sayAsIs(error.message, true);
        emit errorOccurred(error.message);
        return;
    }
    showView(*view);
}

void EvaluationPanel::showView(const EvaluationView& view)
{
    if (!m_view || m_view->record.id != view.record.id)
        m_scroll->verticalScrollBar()->setValue(0); // another form starts at its top
    m_view = view;
    m_evaluationId = view.record.id;
    m_target = view.record.target;
    m_revising = false;
    m_dirty = false;
    showInteraction(view.record.target);
    const QLocale locale;
    m_titleLabel->setText(
        tr("%1 — %2 — %3")
            .arg(interactionName(view.record.target),
                 view.record.agent.isEmpty() ? tr("no agent") : view.record.agent,
                 locale.toString(view.record.interactionAt.toLocalTime(), QLocale::ShortFormat)));
    m_form->setEditable(view.editable);
    m_form->setScorecard(view.card, view.answers,
                         view.record.target.isCall() ? EvaluationForm::PinKind::Moment
                                                     : EvaluationForm::PinKind::Message);
    m_scorecards->setCurrentIndex(std::max(0, m_scorecards->findData(view.record.scorecardId)));
    m_revisions->clear();
    for (const EvaluationRevisionRecord& r : view.revisions) {
        m_revisions->addItem(
            tr("Revision %1: %2, changed by %3 on %4 — %5")
                .arg(r.revision)
                .arg(percentText(r.score), r.replacedBy,
                     locale.toString(r.replacedAt.toLocalTime(), QLocale::ShortFormat), r.reason));
    }
    m_revisionsLabel->setVisible(!view.revisions.isEmpty());
    m_revisions->setVisible(!view.revisions.isEmpty());
    m_emptyLabel->hide();
    m_work->show();
    m_media->show();
    selectListRow(m_evaluationId);
    updateScore();
    updateButtons();
}

void EvaluationPanel::showNothing()
{
    m_work->hide();
    m_media->hide();
    m_emptyLabel->show();
}

void EvaluationPanel::showInteraction(const Interaction& target)
{
    if (target.isCall()) {
        if (m_player) {
            m_media->setCurrentWidget(m_player);
            if (m_player->callId() != target.id)
                m_player->openCall(target.id);
        }
    } else {
        if (m_player && m_player->callId() != 0)
            m_player->stop();
        m_media->setCurrentWidget(m_transcript);
        if (m_transcript->property("chatId").toLongLong() != target.id)
            showTranscript(target.id);
    }
}

void EvaluationPanel::showTranscript(qint64 chatId)
{
    m_transcript->clear();
    m_transcript->setProperty("chatId", chatId);
    Error error;
    const auto chat = BrowseService(m_session).openChat(chatId, &error);
    if (!chat) {
        m_status->sayAsIs(error.message, true);
        return;
    }
    const QLocale locale;
    for (const ChatMessage& m : chat->messages) {
        const QString who = m.sender == QLatin1String("customer") ? tr("Customer")
                            : m.sender == QLatin1String("agent")  ? tr("Agent")
                            : m.sender == QLatin1String("bot")    ? tr("Bot")
                                                                  : tr("System");
        const QString when = locale.toString(m.sentAt.toLocalTime().time(), QLocale::ShortFormat);
        auto* item =
            new QListWidgetItem(QStringLiteral("%1 %2: %3").arg(when, who, m.text), m_transcript);
        item->setData(IdRole, m.id);
        item->setData(Qt::UserRole + 2, QStringLiteral("%1 %2").arg(when, who));
    }
}

void EvaluationPanel::updateScore()
{
    const ScorecardDefinition& card = m_form->scorecard();
    if (m_form->isEmpty()) {
        m_scoreLabel->setText(QStringLiteral("—"));
        m_scoreLabel->setStyleSheet(QString());
        m_ruleLabel->clear();
        showPins();
        m_stateLabel->setText(mayEvaluate() && !m_view ? tr("Choose a scorecard and press Start.")
                                                       : QString());
        return;
    }
    const ScoreBreakdown score = EvaluationService::preview(card, m_form->answers());
    m_scoreLabel->setText(percentText(score.percent));
    // Green or red once every criterion is answered (red at once for a critical failure);
    // grey while the score is only what has been answered so far.
    const bool complete = score.unanswered.isEmpty();
    m_scoreLabel->setStyleSheet(score.criticalFailed ? QStringLiteral("color: #c62828;")
                                : !complete          ? QStringLiteral("color: #757575;")
                                : score.passed       ? QStringLiteral("color: #2e7d32;")
                                                     : QStringLiteral("color: #c62828;"));
    m_ruleLabel->setText(score.explanation(card).join(QLatin1Char('\n')));
    showPins();
    if (m_form->isEditable())
        m_form->markMissingComments(score.missingComments);
    const QString passMark = QLocale().toString(card.passMark, 'f', QLocale::FloatingPointShortest);
    QString state;
    if (m_revising)
        state =
            tr("Changing revision %1 — pass mark %2 %").arg(m_view->record.revision).arg(passMark);
    else if (m_view && !m_view->record.submitted && m_view->record.calibrationId)
        state = tr("Calibration %1, your draft: the other reviewers do not see your answers "
                   "until it is closed — pass mark %2 %")
                    .arg(*m_view->record.calibrationId)
                    .arg(passMark);
    else if (m_view && !m_view->record.submitted)
        state = tr("Draft — pass mark %1 %").arg(passMark);
    else if (m_view && m_view->record.calibrationId)
        state = tr("Calibration %1, submitted by %2 — pass mark %3 %")
                    .arg(*m_view->record.calibrationId)
                    .arg(m_view->record.evaluator, passMark);
    else if (m_view)
        state = tr("Submitted by %1 (revision %2) — pass mark %3 %")
                    .arg(m_view->record.evaluator)
                    .arg(m_view->record.revision)
                    .arg(passMark);
    m_stateLabel->setText(state);
}

void EvaluationPanel::showPins()
{
    if (!m_player)
        return;
    // The comments pinned to moments of this call, as flags on its waveform.
    QList<WaveformWidget::Pin> pins;
    if (m_target && m_target->isCall()) {
        const AnswerMap answers = m_form->answers();
        for (const ScorecardSection& section : m_form->scorecard().sections) {
            for (const ScorecardCriterion& c : section.criteria) {
                const CriterionAnswer a = answers.value(c.id);
                if (a.pinMs)
                    pins.append({*a.pinMs, c.title});
            }
        }
    }
    m_player->waveform()->setPins(pins);
}

void EvaluationPanel::updateButtons()
{
    const bool draft = m_view && m_view->editable;
    // While a draft is open it is the one evaluation being made of the call or chat: another
    // scorecard is chosen after it is submitted or discarded.
    // Start is for a call or chat opened without an evaluation: on one that is open (a draft,
    // a submitted one, a calibration's) it would silently begin another.
    m_startButton->setEnabled(m_target && m_scorecards->count() > 0 && !m_view);
    m_scorecards->setEnabled(m_scorecards->count() > 0 && !m_view);
    // A draft is discarded, a submitted evaluation changed: one of the two buttons at a time.
    const bool evaluates = mayEvaluate();
    m_discardButton->setVisible(evaluates && (draft || m_revising));
    m_changeButton->setVisible(evaluates && !draft && !m_revising);
    m_discardButton->setText(m_revising ? tr("Cancel c&hange") : tr("D&iscard…"));
    m_discardButton->setToolTip(m_revising ? tr("Leaves the submitted evaluation as it was")
                                           : tr("Discards your draft: deletes it and its answers"));
    m_saveButton->setEnabled(draft || m_revising);
    m_saveButton->setText(m_revising ? tr("Save &revision") : tr("Save &draft"));
    m_saveButton->setToolTip(tr("Ctrl+S"));
    m_submitButton->setEnabled(draft && !m_revising);
    m_changeButton->setEnabled(m_view && m_view->revisable && !m_revising);
}

void EvaluationPanel::startEvaluation()
{
    if (!m_target || m_scorecards->currentIndex() < 0)
        return;
    const Interaction target = *m_target;
    m_status->forget();
    saveBeforeLeaving();
    Error error;
    const auto id = m_service.start(target, m_scorecards->currentData().toLongLong(), &error);
    if (!id) {
        m_status->sayAsIs(error.message, true);
        return;
    }
    load(*id);
    reload();
    if (!m_form->isEmpty())
        m_form->setFocus();
}

bool EvaluationPanel::save()
{
    if (!m_view || !(m_view->editable || m_revising))
        return false;
    Error error;
    if (m_revising) {
        const auto score = m_service.revise(m_evaluationId, m_form->answers(), m_reason, &error);
        if (!score) {
            m_status->sayAsIs(error.message, true);
            return false;
        }
        m_dirty = false;
        m_revising = false;
        const auto view = m_service.get(m_evaluationId, &error);
        if (view)
            showView(*view);
        const int revision = m_view ? m_view->record.revision : 0;
        m_status->say([revision] { return tr("Saved as revision %1.").arg(revision); });
        return true;
    }
    if (!m_service.save(m_evaluationId, m_form->answers(), &error)) {
        m_status->sayAsIs(error.message, true);
        return false;
    }
    m_dirty = false;
    const QString at = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    m_status->say([at] { return tr("Draft saved at %1.").arg(at); });
    return true;
}

bool EvaluationPanel::submit()
{
    if (!m_view || !m_view->editable || m_revising)
        return false;
    const AnswerMap answers = m_form->answers();
    Error error;
    const auto score = m_service.submit(m_evaluationId, answers, &error);
    if (!score) {
        // The draft keeps what was answered; the keyboard goes to what is missing.
        Error saveError;
        const bool saved = m_service.save(m_evaluationId, answers, &saveError).has_value();
        if (saved)
            m_dirty = false;
        m_status->sayAsIs(saved ? error.message + QLatin1Char(' ') +
                                      tr("Your answers so far are saved in the draft.")
                                : error.message,
                          true);
        const ScoreBreakdown preview = EvaluationService::preview(m_form->scorecard(), answers);
        for (const ScorecardSection& section : m_form->scorecard().sections) {
            for (const ScorecardCriterion& c : section.criteria) {
                if (preview.unanswered.contains(c.id) || preview.missingComments.contains(c.id) ||
                    preview.invalidAnswers.contains(c.id)) {
                    m_form->focusCriterion(c.id);
                    return false;
                }
            }
        }
        return false;
    }
    m_dirty = false;
    const auto view = m_service.get(m_evaluationId, &error);
    if (view)
        showView(*view);
    const QString text = percentText(score->percent);
    m_status->say([text] { return tr("Submitted: %1.").arg(text); });
    return true;
}

void EvaluationPanel::discardDraft()
{
    if (m_view && m_revising) {
        // Cancel change: the submitted evaluation shown again as it is.
        m_dirty = false;
        load(m_evaluationId);
        m_status->say([] { return tr("The change was cancelled: nothing was saved."); });
        return;
    }
    if (!m_view || !m_view->editable)
        return;
    const QPointer<EvaluationPanel> self(this);
    const auto answer =
        QMessageBox::question(this, tr("Discard the draft"),
                              tr("Delete your draft of %1 and its answers? This cannot be undone.")
                                  .arg(interactionName(m_view->record.target)),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (!self || LockGate::instance().lockPending() || answer != QMessageBox::Discard)
        return;
    const Interaction target = m_view->record.target;
    Error error;
    if (!m_service.discard(m_evaluationId, &error)) {
        m_status->sayAsIs(error.message, true);
        return;
    }
    m_dirty = false;
    reload();
    openInteraction(target);
    m_status->say([] { return tr("The draft was discarded."); });
}

void EvaluationPanel::startChange()
{
    if (!m_view || !m_view->revisable || m_revising)
        return;
    const QPointer<EvaluationPanel> self(this);
    ScopedDialog<ReviseDialog> dialog(this);
    const int result = dialog.exec();
    if (!self || !dialog || LockGate::instance().lockPending() || result != QDialog::Accepted)
        return;
    m_reason = dialog->reason();
    m_revising = true;
    m_form->setEditable(true);
    updateScore();
    updateButtons();
    m_status->say([] {
        return tr("Change the answers, then press Save revision: the earlier revision is kept "
                  "with your reason.");
    });
}

void EvaluationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
        updateScore();
        updateButtons();
        if (m_view) {
            const QLocale locale;
            m_titleLabel->setText(
                tr("%1 — %2 — %3")
                    .arg(interactionName(m_view->record.target),
                         m_view->record.agent.isEmpty() ? tr("no agent") : m_view->record.agent,
                         locale.toString(m_view->record.interactionAt.toLocalTime(),
                                         QLocale::ShortFormat)));
        } else if (m_target) {
            m_titleLabel->setText(interactionName(*m_target));
        }
    }
    QWidget::changeEvent(event);
}

} // namespace tallenne
