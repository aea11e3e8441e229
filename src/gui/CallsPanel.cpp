#include "gui/CallsPanel.h"

#include "core/AsteriskCdr.h"
#include "core/ChatJsonl.h"
#include "core/PhoneNumber.h"
#include "gui/CallFilterStore.h"
#include "gui/CallListModel.h"
#include "gui/DateFields.h"
#include "gui/EmptyState.h"
#include "gui/FilterFields.h"
#include "gui/LockGate.h"
#include "gui/PlayerPanel.h"
#include "gui/SplitterLayout.h"
#include "gui/StayOpenMenu.h"
#include "services/Session.h"
#include "services/UserPreferences.h"

#include "ui_CallsPanel.h"

#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>

#include <limits>

namespace tallenne {

namespace {
const QString viewKey = QStringLiteral("calls.view");

/// A drop-down of "Any", yes and no: nullopt, true or false.
std::optional<bool> triState(const QComboBox* box)
{
    switch (box->currentIndex()) {
    case 1:
        return true;
    case 2:
        return false;
    default:
        return std::nullopt;
    }
}

QString html(const QString& text)
{
    return text.toHtmlEscaped();
}

/// The language's time to the second without its time zone ("H.mm.ss" in Finnish,
/// "HH:mm:ss" in British English): QLocale's long time format less its "t".
QString secondsFormat(const QLocale& locale)
{
    QString format = locale.timeFormat(QLocale::LongFormat);
    format.remove(QLatin1Char('t'));
    return format.trimmed();
}
} // namespace

CallsPanel::CallsPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CallsPanel>()), m_session(session)
{
    m_ui->setupUi(this);
    m_model = new CallListModel(session, this);
    m_ui->callsTableView->setModel(m_model);
    // Tab moves on to the next control; the arrows move within the list.
    m_ui->callsTableView->setTabKeyNavigation(false);
    m_ui->callsTableView->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_ui->callsTableView->horizontalHeader()->setSectionsMovable(true);
    m_ui->callsTableView->verticalHeader()->setDefaultSectionSize(
        m_ui->callsTableView->fontMetrics().height() + 8);
    m_ui->callsTableView->verticalHeader()->hide();
    QHeaderView* header = m_ui->callsTableView->horizontalHeader();
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(24);
    // The reviewer's columns come first, as the model orders them: time, duration, direction,
    // caller, service number, queue, agent, disposition; then the recording, tags, evaluation
    // and leg. A user who wants the recording nearer drags its heading (remembered).
    // The player sits under the call's details, beside the list, for roles that may listen.
    if (Permissions::allows(session.roles(), Permission::PlayRecordings) ||
        Permissions::allows(session.roles(), Permission::PlayRecordingsInRequest)) {
        auto* right = new QSplitter(Qt::Vertical, m_ui->splitter);
        right->addWidget(m_ui->detailTextBrowser);
        m_player = new PlayerPanel(session, right);
        m_player->setObjectName(QStringLiteral("playerPanel"));
        right->addWidget(m_player);
        connect(m_player, &PlayerPanel::errorOccurred, this, &CallsPanel::errorOccurred);
        connect(this, &CallsPanel::callOpened, m_player, &PlayerPanel::openCall);
    }
    // Quality managers evaluate the selected call on the Quality page, from under its details.
    if (Permissions::allows(session.roles(), Permission::Evaluate)) {
        QWidget* detail = m_ui->detailTextBrowser;
        auto* holder = qobject_cast<QSplitter*>(detail->parentWidget());
        const int index = holder ? holder->indexOf(detail) : -1;
        auto* box = new QWidget(this);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(detail);
        auto* row = new QHBoxLayout;
        row->addStretch(1);
        m_evaluateButton = new QPushButton(box);
        m_evaluateButton->setObjectName(QStringLiteral("evaluateButton"));
        m_evaluateButton->setEnabled(false);
        row->addWidget(m_evaluateButton);
        layout->addLayout(row);
        if (holder)
            holder->insertWidget(index, box);
        connect(m_evaluateButton, &QPushButton::clicked, this, [this] {
            if (m_shownCallId > 0 && m_shownCallHasRecording)
                emit evaluateRequested(Interaction::call(m_shownCallId));
        });
        connect(m_model, &QAbstractItemModel::modelReset, this, &CallsPanel::updateEvaluateButton);
    }
    // The list takes what the window can spare: its reviewer's columns come first.
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 0);
    m_ui->splitter->setCollapsible(0, false);
    // The filter's drop-downs ask for a few characters' width, not for their longest item
    // (an agent's name, a saved filter's): the filter then fits the window's default size in
    // every language, and an open drop-down still shows its items whole.
    for (QComboBox* box : m_ui->filterGroupBox->findChildren<QComboBox*>()) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
    }
    const QDate today = this->today();
    m_ui->fromDateEdit->setDate(today.addMonths(-1));
    m_ui->toDateEdit->setDate(today);
    retranslate();
    m_ui->periodComboBox->setCurrentIndex(CallPeriods::AnyTime);
    fillChoices();
    fillSavedFilters();
    fitColumns();
    fitDetail();

    // A date typed or picked counts: it turns its side of the range on (the fields stay
    // editable, so a day typed is never silently left out of the filter).
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this,
            [this] { dateEdited(m_ui->fromCheckBox); });
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this,
            [this] { dateEdited(m_ui->toCheckBox); });
    for (QCheckBox* box : {m_ui->fromCheckBox, m_ui->toCheckBox})
        connect(box, &QCheckBox::clicked, this,
                [this] { m_ui->periodComboBox->setCurrentIndex(CallPeriods::Custom); });
    connect(m_ui->periodComboBox, &QComboBox::activated, this, &CallsPanel::applyPeriod);
    connect(m_ui->savedFilterComboBox, &QComboBox::activated, this,
            [this](int index) { applySavedFilter(m_ui->savedFilterComboBox->itemText(index)); });
    // Remove removes the filter chosen, so it waits for one.
    connect(m_ui->savedFilterComboBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_ui->deleteFilterButton->setEnabled(index >= 0); });
    connect(m_ui->saveFilterButton, &QPushButton::clicked, this, &CallsPanel::saveFilter);
    connect(m_ui->deleteFilterButton, &QPushButton::clicked, this, &CallsPanel::deleteFilter);
    connect(m_ui->columnsButton, &QPushButton::clicked, this, [this] {
        execColumnMenu(m_ui->columnsButton->mapToGlobal(QPoint(0, m_ui->columnsButton->height())));
    });
    connect(m_ui->applyButton, &QPushButton::clicked, this, &CallsPanel::applyFilter);
    connect(m_ui->phoneLineEdit, &QLineEdit::returnPressed, this, &CallsPanel::applyFilter);
    applyWhenCleared(m_ui->phoneLineEdit, this, [this] { applyFilter(); });
    // A filter the user changes applies itself, as on the Chats page: a choice at once, a
    // number or a date being typed after a pause (not at each digit). Only the user's own
    // edits count (activated, clicked, or a field with the keyboard focus), so restoring a
    // saved filter or a session does not read the list twice. The phone number waits for
    // Enter or Apply: a partial number is no search, and each search by number is audited.
    m_filterTimer = new QTimer(this);
    QTimer* filterTimer = m_filterTimer;
    filterTimer->setSingleShot(true);
    filterTimer->setInterval(400);
    connect(filterTimer, &QTimer::timeout, this, &CallsPanel::applyFilter);
    for (QComboBox* box : {m_ui->agentComboBox, m_ui->queueComboBox, m_ui->directionComboBox,
                           m_ui->recordingComboBox, m_ui->taggedComboBox, m_ui->evaluatedComboBox})
        connect(box, &QComboBox::activated, this, &CallsPanel::applyFilter);
    for (QCheckBox* box : {m_ui->fromCheckBox, m_ui->toCheckBox})
        connect(box, &QCheckBox::clicked, filterTimer, qOverload<>(&QTimer::start));
    for (QSpinBox* spin : {m_ui->minDurationSpinBox, m_ui->maxDurationSpinBox})
        connect(spin, &QSpinBox::valueChanged, filterTimer, [spin, filterTimer] {
            if (spin->hasFocus())
                filterTimer->start();
        });
    for (QDateEdit* edit : {m_ui->fromDateEdit, m_ui->toDateEdit})
        connect(edit, &QDateEdit::dateChanged, filterTimer, [edit, filterTimer] {
            if (edit->hasFocus() || edit->calendarWidget()->isVisible())
                filterTimer->start();
        });

    m_ui->callsTableView->installEventFilter(this);
    m_ui->detailTextBrowser->installEventFilter(this);
    for (QWidget* field : m_ui->filterGroupBox->findChildren<QWidget*>()) {
        if (field != m_ui->phoneLineEdit && field->focusPolicy() != Qt::NoFocus)
            field->installEventFilter(this);
    }
    connect(m_ui->resetButton, &QPushButton::clicked, this, &CallsPanel::resetFilter);
    m_emptyState = EmptyState::install(m_ui->callsTableView, [this] { return emptyText(); });
    connect(m_model, &CallListModel::errorOccurred, this, &CallsPanel::errorOccurred);
    // A broad filter's exact count follows its first rows.
    connect(m_model, &CallListModel::countChanged, this, [this] {
        if (m_model->isCounting() || !m_countLabelShowsError)
            showCount();
    });
    connect(m_ui->callsTableView->horizontalHeader(), &QHeaderView::customContextMenuRequested,
            this, &CallsPanel::showColumnMenu);
    connect(m_ui->callsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showDetail(m_model->callId(current.row()));
                updateEvaluateButton();
            });
    // Enter or a double-click plays the call, as in a media player: opened (its purpose asked
    // once) and started. A call without a recording to play asks nothing: the player says why
    // (PlayerPanel::openCall()).
    connect(m_ui->callsTableView, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) {
                const qint64 id = m_model->callId(index.row());
                if (!m_player || m_player->callId() != id)
                    emit callOpened(id);
                if (m_player && m_player->callId() == id && !m_player->isPlaying())
                    m_player->togglePlay();
            });
    // The legs of a transferred call are links in the detail: a click shows that leg and
    // opens its recording.
    m_ui->detailTextBrowser->setOpenLinks(false);
    connect(m_ui->detailTextBrowser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        bool ok = false;
        const qint64 id = url.path().toLongLong(&ok);
        if (!ok)
            return;
        if (url.scheme() == QLatin1String("play")) {
            if (!m_player || m_player->callId() != id)
                emit callOpened(id);
        } else if (url.scheme() == QLatin1String("call")) {
            // Selected in the list when it is there (which shows its details), else shown.
            const int row = m_model->loadedRowOf(id);
            if (row >= 0)
                m_ui->callsTableView->selectRow(row);
            else
                showDetail(id);
        }
    });

    restoreViewState();
    // Connected after the restore, so restoring does not write the state back.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { saveViewState(); });
    connect(header, &QHeaderView::sectionMoved, this, [this] { saveViewState(); });
    applyFilter();
}

CallsPanel::~CallsPanel() = default;

void CallsPanel::retranslate()
{
    const auto fill = [](QComboBox* box, const QStringList& items) {
        const int current = std::max(0, box->currentIndex());
        box->clear();
        box->addItems(items);
        box->setCurrentIndex(std::min<int>(current, int(items.size()) - 1));
    };
    fill(m_ui->directionComboBox, {tr("Any"), tr("Inbound"), tr("Outbound"), tr("Internal")});
    fill(m_ui->recordingComboBox, {tr("Any"), tr("With recording"), tr("Without recording")});
    fill(m_ui->taggedComboBox, {tr("Any"), tr("Tagged"), tr("Not tagged")});
    fill(m_ui->evaluatedComboBox, {tr("Any"), tr("Evaluated"), tr("Not evaluated")});
    fill(m_ui->periodComboBox, {tr("Dates below"), tr("Any time"), tr("Today"), tr("Yesterday"),
                                tr("Last 7 days"), tr("This month")});
    m_ui->savedFilterComboBox->setPlaceholderText(tr("Choose a filter"));
    m_ui->maxDurationSpinBox->setSpecialValueText(tr("no limit"));
    for (QDateEdit* edit : {m_ui->fromDateEdit, m_ui->toDateEdit})
        DateFields::setUp(edit, DateFields::localeFormat());
    m_ui->phoneLineEdit->setPlaceholderText(tr("e.g. 040 123 4567"));
    showCount();
    if (m_evaluateButton) {
        m_evaluateButton->setText(tr("Evaluate"));
        m_evaluateButton->setToolTip(
            tr("Evaluate the selected call on a scorecard, beside its player (Quality)"));
    }
}

void CallsPanel::showCount()
{
    m_countLabelShowsError = false;
    const int shown = int(std::min<qint64>(m_model->matchCount(), INT_MAX));
    m_ui->countLabel->setText(
        m_model->isCounting()
            ? tr("At least %1 calls match; counting…").arg(QLocale().toString(shown))
            : tr("%Ln call(s) match", nullptr, shown));
}

void CallsPanel::updateEvaluateButton()
{
    // The call whose details are shown, when it has a recording to evaluate beside.
    if (m_evaluateButton)
        m_evaluateButton->setEnabled(m_shownCallId > 0 && m_shownCallHasRecording &&
                                     selectedCallId() > 0);
}

bool CallsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->detailTextBrowser) {
        if (event->type() == QEvent::Resize)
            showDetailLayout();
        return QWidget::eventFilter(watched, event); // its keys are its own (links)
    }
    if (event->type() == QEvent::KeyPress && watched == m_ui->callsTableView) {
        // Space in the list plays the selected call (opening it first), as in the player.
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier && m_player) {
            const qint64 selected = selectedCallId();
            if (selected > 0 && m_player->callId() != selected)
                emit callOpened(selected);
            if (selected > 0 && m_player->callId() == selected)
                m_player->togglePlay();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // An open drop-down takes Enter for its own choice; a button its own click.
        const auto* box = qobject_cast<QComboBox*>(watched);
        if (enter && key->modifiers() == Qt::NoModifier && !(box && box->view()->isVisible()) &&
            !qobject_cast<QPushButton*>(watched)) {
            applyFilter();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CallsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // A layout kept over a lock (SplitterLayout) is the user's: no fitting over it.
    if (!m_splitterFitted && !SplitterLayout::isRestored(m_ui->splitter)) {
        m_splitterFitted = true;
        fitSplitter();
    }
}

void CallsPanel::fitDetail()
{
    // The width at which the labels and a caller's number fit side by side, in the current
    // language: narrower, each value goes under its label (a pane beside the player broke
    // "Asiakaspalvelij-a" and numbers over two lines).
    QTextBrowser* detail = m_ui->detailTextBrowser;
    QFont boldFont = detail->font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    int label = 0;
    for (const QString& text :
         {tr("Started"), tr("Duration"), tr("Talk time"), tr("Caller"), tr("Service number"),
          tr("Queue"), tr("Agent"), tr("Disposition"), tr("Recording")})
        label = std::max(label, bold.horizontalAdvance(text));
    const int value = detail->fontMetrics().horizontalAdvance(QStringLiteral("+358 40 123 4567"));
    // The cells' padding and spacing, the document's margin, the frame and a scroll bar.
    const int chrome = 2 * detail->frameWidth() + 2 * int(detail->document()->documentMargin()) +
                       style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 16;
    m_detailSideBySideWidth = label + value + chrome;
    showDetailLayout();
}

void CallsPanel::showDetailLayout()
{
    if (m_detailHtml[0].isEmpty())
        return;
    const bool stacked = m_ui->detailTextBrowser->width() < m_detailSideBySideWidth;
    if (m_detailStacked == stacked && m_detailShown)
        return;
    // The same details laid out anew keep their place; another call's start at the top.
    const int scrolled = m_detailShown ? m_ui->detailTextBrowser->verticalScrollBar()->value() : 0;
    m_detailStacked = stacked;
    m_detailShown = true;
    m_ui->detailTextBrowser->setHtml(m_detailHtml[stacked ? 1 : 0]);
    m_ui->detailTextBrowser->verticalScrollBar()->setValue(scrolled);
}

void CallsPanel::fitSplitter()
{
    // The list gets the width of the columns a reviewer reads (up to the last of them shown),
    // the details and the player what is left, at least what they need; a wider window widens
    // the list.
    QSplitter* splitter = m_ui->splitter;
    if (splitter->count() < 2)
        return;
    QHeaderView* header = m_ui->callsTableView->horizontalHeader();
    int last = -1;
    for (int c : {CallListModel::StartedAt, CallListModel::Duration, CallListModel::Direction,
                  CallListModel::Caller, CallListModel::ServiceNumber, CallListModel::Queue,
                  CallListModel::Agent, CallListModel::Disposition}) {
        if (!header->isSectionHidden(c))
            last = std::max(last, header->visualIndex(c));
    }
    int needed = 2 * m_ui->callsTableView->frameWidth() +
                 m_ui->callsTableView->verticalScrollBar()->sizeHint().width();
    for (int v = 0; v <= last; ++v) {
        const int c = header->logicalIndex(v);
        needed += header->isSectionHidden(c) ? 0 : header->sectionSize(c);
    }
    const int total = splitter->width() - splitter->handleWidth();
    const int rightMinimum = splitter->widget(1)->minimumSizeHint().width();
    if (needed + rightMinimum > total) {
        // Too narrow for both side by side (the default window beside a player): the details
        // and the player go under the list, side by side, and the list keeps its columns.
        splitter->setOrientation(Qt::Vertical);
        if (auto* right = qobject_cast<QSplitter*>(splitter->widget(1)))
            right->setOrientation(Qt::Horizontal);
        const int height = splitter->height() - splitter->handleWidth();
        const int below = std::min(splitter->widget(1)->minimumSizeHint().height(), height / 2);
        splitter->setSizes({height - below, below});
        return;
    }
    const int list = std::clamp(std::max(needed, total / 2), 0, std::max(0, total - rightMinimum));
    splitter->setSizes({list, total - list});
}

void CallsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        fillChoices();
        fitColumns();
        fitDetail();
        m_emptyState->update();
        if (const qint64 selected = selectedCallId())
            showDetail(selected);
    }
    QWidget::changeEvent(event);
}

void CallsPanel::fillChoices()
{
    BrowseService service(m_session);
    Error error;
    const auto fill = [this](QComboBox* box, const QStringList& names) {
        const QString current = box->currentIndex() > 0 ? box->currentText() : QString();
        box->clear();
        box->addItem(tr("Any"));
        box->addItems(names);
        const int index = box->findText(current);
        box->setCurrentIndex(index > 0 ? index : 0);
    };
    fill(m_ui->agentComboBox, service.agents(&error));
    fill(m_ui->queueComboBox, service.queues(&error));
}

CallFilter CallsPanel::filterFromForm() const
{
    CallFilter f;
    if (m_ui->fromCheckBox->isChecked())
        f.from = QDateTime(m_ui->fromDateEdit->date(), QTime(0, 0));
    if (m_ui->toCheckBox->isChecked())
        f.to = QDateTime(m_ui->toDateEdit->date(), QTime(23, 59, 59)); // inclusive
    if (m_ui->agentComboBox->currentIndex() > 0)
        f.agent = m_ui->agentComboBox->currentText();
    if (m_ui->queueComboBox->currentIndex() > 0)
        f.queue = m_ui->queueComboBox->currentText();
    static const QStringList directions = {QString(), QStringLiteral("inbound"),
                                           QStringLiteral("outbound"), QStringLiteral("internal")};
    f.direction = directions.value(m_ui->directionComboBox->currentIndex());
    if (m_ui->minDurationSpinBox->value() > 0)
        f.minDurationS = m_ui->minDurationSpinBox->value();
    if (m_ui->maxDurationSpinBox->value() > 0)
        f.maxDurationS = m_ui->maxDurationSpinBox->value();
    f.phone = m_ui->phoneLineEdit->text().trimmed();
    f.hasRecording = triState(m_ui->recordingComboBox);
    f.tagged = triState(m_ui->taggedComboBox);
    f.evaluated = triState(m_ui->evaluatedComboBox);
    return f;
}

bool CallsPanel::applyFilter()
{
    m_filterTimer->stop(); // applied now: nothing waits behind it
    Error error;
    if (!m_model->setFilter(filterFromForm(), &error)) {
        m_ui->countLabel->setText(error.message);
        m_countLabelShowsError = true;
        m_ui->detailTextBrowser->clear();
        emit errorOccurred(error.message);
        return false;
    }
    showCount();
    m_ui->detailTextBrowser->clear();
    m_emptyState->update();
    return true;
}

QString CallsPanel::emptyText() const
{
    const CallFilter& f = m_model->filter();
    const bool filtered = f.from || f.to || !f.agent.isEmpty() || !f.queue.isEmpty() ||
                          !f.direction.isEmpty() || f.minDurationS || f.maxDurationS ||
                          !f.phone.isEmpty() || f.hasRecording || f.tagged || f.evaluated;
    return filtered ? tr("No calls match the filter. Widen the dates or press Reset to see all "
                         "calls.")
                    : tr("No calls yet. An administrator imports Asterisk call records with "
                         "File → Import Asterisk calls, or tallenne-admin import asterisk.");
}

void CallsPanel::refresh()
{
    const qint64 selected = selectedCallId();
    const int row = m_ui->callsTableView->selectionModel()->currentIndex().row();
    fillChoices();
    if (applyFilter() && selected > 0)
        selectCall(selected, row);
}

qint64 CallsPanel::selectedCallId() const
{
    const QModelIndex current = m_ui->callsTableView->selectionModel()->currentIndex();
    return current.isValid() ? m_model->callId(current.row()) : 0;
}

bool CallsPanel::selectCall(qint64 callId, int hintRow)
{
    int row = m_model->loadedRowOf(callId);
    if (row < 0 && hintRow >= 0 && hintRow < m_model->rowCount() &&
        m_model->callId(hintRow) == callId)
        row = hintRow;
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_ui->callsTableView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->callsTableView->scrollTo(index);
    return true;
}

void CallsPanel::goToCall()
{
    bool ok = false;
    const QPointer<CallsPanel> self(this);
    const int callId = LockGate::run([this, &ok] {
        return QInputDialog::getInt(this, tr("Go to call"),
                                    tr("Call number (as the player, a note or 'tallenne-admin' "
                                       "names it):"),
                                    1, 1, std::numeric_limits<int>::max(), 1, &ok);
    });
    if (!self || LockGate::instance().lockPending() || !ok)
        return;
    if (!goToCall(callId))
        emit errorOccurred(tr("There is no call %1 among the calls you can see.").arg(callId));
}

bool CallsPanel::goToCall(qint64 callId)
{
    int row = m_model->rowOf(callId);
    if (row < 0) {
        resetFilter();
        row = m_model->rowOf(callId);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_ui->callsTableView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->callsTableView->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_ui->callsTableView->setFocus(Qt::ShortcutFocusReason);
    return true;
}

QVariantMap CallsPanel::sessionState() const
{
    QVariantMap state;
    state.insert(QStringLiteral("fromOn"), m_ui->fromCheckBox->isChecked());
    state.insert(QStringLiteral("from"), m_ui->fromDateEdit->date());
    state.insert(QStringLiteral("toOn"), m_ui->toCheckBox->isChecked());
    state.insert(QStringLiteral("to"), m_ui->toDateEdit->date());
    state.insert(QStringLiteral("period"), m_ui->periodComboBox->currentIndex());
    state.insert(QStringLiteral("agent"), m_ui->agentComboBox->currentIndex() > 0
                                              ? m_ui->agentComboBox->currentText()
                                              : QString());
    state.insert(QStringLiteral("queue"), m_ui->queueComboBox->currentIndex() > 0
                                              ? m_ui->queueComboBox->currentText()
                                              : QString());
    state.insert(QStringLiteral("direction"), m_ui->directionComboBox->currentIndex());
    state.insert(QStringLiteral("recording"), m_ui->recordingComboBox->currentIndex());
    state.insert(QStringLiteral("tagged"), m_ui->taggedComboBox->currentIndex());
    state.insert(QStringLiteral("evaluated"), m_ui->evaluatedComboBox->currentIndex());
    state.insert(QStringLiteral("minDuration"), m_ui->minDurationSpinBox->value());
    state.insert(QStringLiteral("maxDuration"), m_ui->maxDurationSpinBox->value());
    state.insert(QStringLiteral("phone"), m_ui->phoneLineEdit->text());
    state.insert(QStringLiteral("selected"), selectedCallId());
    state.insert(QStringLiteral("selectedRow"),
                 m_ui->callsTableView->selectionModel()->currentIndex().row());
    if (m_player)
        state.insert(QStringLiteral("player"), m_player->sessionState());
    state.insert(QStringLiteral("savedFilter"), m_ui->savedFilterComboBox->currentIndex() >= 0
                                                    ? m_ui->savedFilterComboBox->currentText()
                                                    : QString());
    return state;
}

void CallsPanel::restoreSessionState(const QVariantMap& state)
{
    if (state.isEmpty())
        return;
    {
        const QSignalBlocker fromBlocker(m_ui->fromDateEdit), toBlocker(m_ui->toDateEdit);
        m_ui->fromCheckBox->setChecked(state.value(QStringLiteral("fromOn")).toBool());
        m_ui->fromDateEdit->setDate(state.value(QStringLiteral("from")).toDate());
        m_ui->toCheckBox->setChecked(state.value(QStringLiteral("toOn")).toBool());
        m_ui->toDateEdit->setDate(state.value(QStringLiteral("to")).toDate());
    }
    m_ui->periodComboBox->setCurrentIndex(state.value(QStringLiteral("period")).toInt());
    restoreFilterFields(state);
    m_ui->phoneLineEdit->setText(state.value(QStringLiteral("phone")).toString());
    // The splitters are the window's to keep (MainWindow, SplitterLayout).
    fillSavedFilters(state.value(QStringLiteral("savedFilter")).toString());
    if (!applyFilter())
        return;
    selectCall(state.value(QStringLiteral("selected")).toLongLong(),
               state.value(QStringLiteral("selectedRow")).toInt());
    // The purpose given before the lock still holds: the unlock does not ask again.
    if (m_player)
        m_player->restoreSessionState(state.value(QStringLiteral("player")).toMap());
}

void CallsPanel::resetFilter()
{
    setDates(std::nullopt);
    m_ui->periodComboBox->setCurrentIndex(CallPeriods::AnyTime);
    m_ui->phoneLineEdit->clear();
    for (QComboBox* box : {m_ui->agentComboBox, m_ui->queueComboBox, m_ui->directionComboBox,
                           m_ui->recordingComboBox, m_ui->taggedComboBox, m_ui->evaluatedComboBox})
        box->setCurrentIndex(0);
    m_ui->minDurationSpinBox->setValue(0);
    m_ui->maxDurationSpinBox->setValue(0);
    // The saved filter chosen no longer describes the form: the box says "Choose a filter".
    m_ui->savedFilterComboBox->setCurrentIndex(-1);
    applyFilter();
}

void CallsPanel::focusSearch()
{
    m_ui->phoneLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->phoneLineEdit->selectAll();
}

void CallsPanel::showDetail(qint64 callId)
{
    Error error;
    const auto detail = BrowseService(m_session).openCall(callId, &error);
    m_shownCallId = detail ? callId : 0;
    m_shownCallHasRecording = detail && detail->call.hasRecording;
    updateEvaluateButton();
    if (!detail) {
        m_detailHtml = {};
        m_ui->detailTextBrowser->setPlainText(error.message);
        return;
    }
    const QLocale locale;
    QString text = QStringLiteral("<h3>%1</h3><table>").arg(html(tr("Call %1").arg(callId)));
    // A label never breaks inside a word, nor a number (a narrow pane broke "Asiakaspalvelij-a"
    // and a caller's number over two lines); other values wrap between words.
    // Two layouts, chosen by the pane's width (showDetailLayout()): side by side, or each value
    // under its label. A label never breaks inside a word, nor a number.
    QString stacked = text;
    const auto row = [&text, &stacked](const QString& label, const QString& value,
                                       bool whole = false) {
        const QString nowrap = QStringLiteral(" style=\"white-space:nowrap\"");
        text += QStringLiteral("<tr><td%3><b>%1</b></td><td%4>%2</td></tr>")
                    .arg(html(label), html(value), nowrap, whole ? nowrap : QString());
        stacked += QStringLiteral("<tr><td%3><b>%1</b></td></tr>"
                                  "<tr><td style=\"padding-left:12px%4\">%2</td></tr>")
                       .arg(html(label), html(value), nowrap,
                            whole ? QStringLiteral("; white-space:nowrap") : QString());
    };
    // The day, the date and the time to the second, as the language writes them: the long
    // format's month name and time zone took three lines of a narrow pane.
    const QDateTime started = detail->call.startedAt.toLocalTime();
    row(tr("Started"), locale.toString(started, QStringLiteral("ddd ")) +
                           locale.toString(started.date(), QLocale::ShortFormat) +
                           QLatin1Char(' ') +
                           locale.toString(started.time(), secondsFormat(locale)));
    row(tr("Duration"), tr("%Ln second(s)", nullptr, detail->call.durationS));
    // The time from the answer to the end: what a recording covers (the rest rang).
    if (detail->call.billsec > 0 && detail->call.billsec != detail->call.durationS)
        row(tr("Talk time"), tr("%Ln second(s)", nullptr, detail->call.billsec));
    row(tr("Caller"), PhoneNumber::formatForDisplay(detail->call.caller), true);
    row(tr("Service number"), detail->call.serviceNumber, true);
    row(tr("Queue"), detail->call.queue);
    row(tr("Agent"), detail->call.agent);
    row(tr("Disposition"), AsteriskCdr::dispositionName(detail->call.disposition));
    const RecordingState state =
        detail->call.hasRecording ? RecordingState::Attached : detail->call.recordingState;
    row(tr("Recording"), state == RecordingState::None
                             ? tr("No")
                             : RecordingStates::shortText(state, detail->call.recordingIssue));
    text += QStringLiteral("</table>");
    stacked += QStringLiteral("</table>");
    const qsizetype tableEnd = text.size();
    // Selecting a call shows it; opening its recording is a deliberate, audited step.
    if (state == RecordingState::Attached && m_player)
        text += QStringLiteral("<p><a href=\"play:%1\">%2</a> %3</p>")
                    .arg(callId)
                    .arg(html(tr("Open the recording in the player")),
                         html(tr("(Enter or Space in the list)")));
    if (state != RecordingState::Attached && state != RecordingState::None)
        text += QStringLiteral("<p>%1</p>")
                    .arg(html(RecordingStates::describe(state, detail->call.recordingIssue,
                                                        detail->call.recordingFoundMs,
                                                        detail->call.billsec)));
    if (detail->legs.size() > 1) {
        text += QStringLiteral("<h4>%1</h4><ol>")
                    .arg(html(tr("Leg %1 of %2 of a transferred call")
                                  .arg(detail->call.leg)
                                  .arg(detail->call.legs)));
        for (const CallRow& leg : detail->legs) {
            const QString recording = RecordingStates::shortText(
                leg.hasRecording ? RecordingState::Attached : leg.recordingState,
                leg.recordingIssue);
            const QString label =
                tr("%1, %2, %3 s, recording: %4")
                    .arg(locale.toString(leg.startedAt.toLocalTime(), QLocale::ShortFormat),
                         leg.agent.isEmpty() ? tr("no agent") : leg.agent)
                    .arg(leg.durationS)
                    .arg(recording.isEmpty() ? tr("No") : recording);
            const QString play = leg.hasRecording && m_player
                                     ? QStringLiteral(" &nbsp;<a href=\"play:%1\">%2</a>")
                                           .arg(leg.id)
                                           .arg(html(tr("Play")))
                                     : QString();
            text += (leg.id == detail->call.id ? QStringLiteral("<li><b>%1</b>").arg(html(label))
                                               : QStringLiteral("<li><a href=\"call:%1\">%2</a>")
                                                     .arg(leg.id)
                                                     .arg(html(label))) +
                    play + QStringLiteral("</li>");
        }
        text += QStringLiteral("</ol>");
    }
    if (detail->call.restricted)
        text += QStringLiteral("<p><i>%1</i></p>")
                    .arg(html(tr("Processing of this record is restricted (GDPR art. 18).")));
    if (!detail->linkedChats.isEmpty()) {
        text += QStringLiteral("<h4>%1</h4><ul>").arg(html(tr("Chats of the same person")));
        for (const auto& chat : detail->linkedChats)
            text +=
                QStringLiteral("<li>%1</li>")
                    .arg(html(locale.toString(chat.startedAt.toLocalTime(), QLocale::ShortFormat) +
                              QStringLiteral(" — ") + ChatJsonl::channelName(chat.channel)));
        text += QStringLiteral("</ul>");
    }
    m_detailHtml = {text, stacked + text.mid(tableEnd)};
    m_detailShown = false;
    showDetailLayout();
}

void CallsPanel::showColumnMenu(const QPoint& position)
{
    execColumnMenu(m_ui->callsTableView->horizontalHeader()->mapToGlobal(position));
}

void CallsPanel::execColumnMenu(const QPoint& at)
{
    QHeaderView* header = m_ui->callsTableView->horizontalHeader();
    // On the heap, guarded: the menu's exec() is a nested loop the lock closes.
    // It stays open while columns are ticked, so several are chosen in one go.
    auto* menu = new StayOpenMenu(this);
    menu->setObjectName(QStringLiteral("columnsMenu"));
    const QPointer<QMenu> guard(menu);
    // The last column shown stays: a list without columns cannot get them back by its
    // headings' menu.
    const auto keepOne = [menu] {
        int shown = 0;
        for (const QAction* a : menu->actions())
            shown += a->isChecked() ? 1 : 0;
        for (QAction* a : menu->actions())
            a->setEnabled(shown > 1 || !a->isChecked());
    };
    // In the order the list shows them, so the menu reads like the headings.
    for (int v = 0; v < header->count(); ++v) {
        const int c = header->logicalIndex(v);
        QAction* action =
            menu->addAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        connect(action, &QAction::toggled, this, [this, header, c, keepOne](bool on) {
            header->setSectionHidden(c, !on);
            saveViewState();
            keepOne();
        });
    }
    keepOne();
    LockGate::run([&guard, at] { return guard ? guard->exec(at) : nullptr; });
    delete guard.data();
}

void CallsPanel::fitColumns()
{
    // Widths from the text the columns hold, not from the rows: measuring rows would load
    // them all. Names are measured from the directory, up to a sane maximum, so the columns a
    // reviewer reads fit beside the details at the default window size.
    QHeaderView* header = m_ui->callsTableView->horizontalHeader();
    const QFontMetrics cell = m_ui->callsTableView->fontMetrics();
    const QFontMetrics heading = header->fontMetrics();
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 12;
    const int sortArrow = style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + 8;
    const auto widest = [&cell](const QStringList& texts) {
        int w = 0;
        for (const QString& t : texts)
            w = std::max(w, cell.horizontalAdvance(t));
        return w;
    };
    const auto items = [](const QComboBox* box) {
        QStringList out;
        for (int i = 1; i < box->count(); ++i)
            out << box->itemText(i);
        return out;
    };
    const QLocale locale;
    const auto fit = [&](int column, const QStringList& samples, int maxContent) {
        const int title =
            heading.horizontalAdvance(
                m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()) +
            sortArrow;
        header->resizeSection(column,
                              std::max(title, std::min(widest(samples), maxContent) + padding));
    };
    const int name = cell.horizontalAdvance(QLatin1Char('M')) * 10;
    fit(CallListModel::StartedAt,
        {locale.toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat)},
        INT_MAX);
    fit(CallListModel::Duration, {CallListModel::formatDuration(3599)}, INT_MAX);
    fit(CallListModel::Direction, {tr("Inbound"), tr("Outbound"), tr("Internal")}, INT_MAX);
    fit(CallListModel::Caller, {QStringLiteral("+358 40 *** **67")}, INT_MAX);
    fit(CallListModel::ServiceNumber, {QStringLiteral("+358203123456")}, name);
    fit(CallListModel::Queue, items(m_ui->queueComboBox), name);
    fit(CallListModel::Agent, items(m_ui->agentComboBox), name);
    fit(CallListModel::Disposition,
        {AsteriskCdr::dispositionName(QStringLiteral("ANSWERED")),
         AsteriskCdr::dispositionName(QStringLiteral("NO ANSWER"))},
        name);
    fit(CallListModel::Recording, {RecordingStates::shortText(RecordingState::Attached)}, name);
    fit(CallListModel::Tags, {QStringLiteral("99")}, INT_MAX);
    fit(CallListModel::Evaluation, {QStringLiteral("9")}, INT_MAX);
    fit(CallListModel::Leg, {QStringLiteral("2/3")}, INT_MAX);
}

QDate CallsPanel::today() const
{
    return m_session.clock().nowUtc().toLocalTime().date();
}

void CallsPanel::setDates(const std::optional<std::pair<QDate, QDate>>& range)
{
    const QSignalBlocker fromBlocker(m_ui->fromDateEdit), toBlocker(m_ui->toDateEdit);
    m_ui->fromCheckBox->setChecked(range.has_value());
    m_ui->toCheckBox->setChecked(range.has_value());
    if (range) {
        m_ui->fromDateEdit->setDate(range->first);
        m_ui->toDateEdit->setDate(range->second);
    }
}

void CallsPanel::dateEdited(QCheckBox* side)
{
    side->setChecked(true);
    m_ui->periodComboBox->setCurrentIndex(CallPeriods::Custom);
}

void CallsPanel::applyPeriod(int period)
{
    const auto p = CallPeriods::Period(period);
    if (p == CallPeriods::Custom)
        return;
    setDates(CallPeriods::range(p, today()));
    applyFilter();
}

QJsonObject CallsPanel::filterState() const
{
    // Choices only: a phone number is personal data and stays out of the preferences.
    QJsonObject state;
    const int period = m_ui->periodComboBox->currentIndex();
    if (period != CallPeriods::Custom) {
        state.insert(QStringLiteral("period"), period);
    } else {
        if (m_ui->fromCheckBox->isChecked())
            state.insert(QStringLiteral("from"), m_ui->fromDateEdit->date().toString(Qt::ISODate));
        if (m_ui->toCheckBox->isChecked())
            state.insert(QStringLiteral("to"), m_ui->toDateEdit->date().toString(Qt::ISODate));
    }
    if (m_ui->agentComboBox->currentIndex() > 0)
        state.insert(QStringLiteral("agent"), m_ui->agentComboBox->currentText());
    if (m_ui->queueComboBox->currentIndex() > 0)
        state.insert(QStringLiteral("queue"), m_ui->queueComboBox->currentText());
    state.insert(QStringLiteral("direction"), m_ui->directionComboBox->currentIndex());
    state.insert(QStringLiteral("recording"), m_ui->recordingComboBox->currentIndex());
    state.insert(QStringLiteral("tagged"), m_ui->taggedComboBox->currentIndex());
    state.insert(QStringLiteral("evaluated"), m_ui->evaluatedComboBox->currentIndex());
    state.insert(QStringLiteral("minDuration"), m_ui->minDurationSpinBox->value());
    state.insert(QStringLiteral("maxDuration"), m_ui->maxDurationSpinBox->value());
    return state;
}

void CallsPanel::restoreFilterFields(const QVariantMap& state)
{
    // A name no longer in the list (an agent gone, a queue renamed) falls back to Any.
    const auto choose = [](QComboBox* box, const QString& text) {
        const int index = text.isEmpty() ? 0 : box->findText(text);
        box->setCurrentIndex(std::max(0, index));
    };
    choose(m_ui->agentComboBox, state.value(QStringLiteral("agent")).toString());
    choose(m_ui->queueComboBox, state.value(QStringLiteral("queue")).toString());
    m_ui->directionComboBox->setCurrentIndex(state.value(QStringLiteral("direction")).toInt());
    m_ui->recordingComboBox->setCurrentIndex(state.value(QStringLiteral("recording")).toInt());
    m_ui->taggedComboBox->setCurrentIndex(state.value(QStringLiteral("tagged")).toInt());
    m_ui->evaluatedComboBox->setCurrentIndex(state.value(QStringLiteral("evaluated")).toInt());
    m_ui->minDurationSpinBox->setValue(state.value(QStringLiteral("minDuration")).toInt());
    m_ui->maxDurationSpinBox->setValue(state.value(QStringLiteral("maxDuration")).toInt());
}

void CallsPanel::setFilterState(const QJsonObject& state)
{
    const auto period = CallPeriods::Period(
        std::clamp(state.value(QStringLiteral("period")).toInt(CallPeriods::Custom),
                   int(CallPeriods::Custom), int(CallPeriods::ThisMonth)));
    if (period != CallPeriods::Custom) {
        setDates(CallPeriods::range(period, today()));
    } else {
        const QDate from =
            QDate::fromString(state.value(QStringLiteral("from")).toString(), Qt::ISODate);
        const QDate to =
            QDate::fromString(state.value(QStringLiteral("to")).toString(), Qt::ISODate);
        const QSignalBlocker fromBlocker(m_ui->fromDateEdit), toBlocker(m_ui->toDateEdit);
        m_ui->fromCheckBox->setChecked(from.isValid());
        m_ui->toCheckBox->setChecked(to.isValid());
        if (from.isValid())
            m_ui->fromDateEdit->setDate(from);
        if (to.isValid())
            m_ui->toDateEdit->setDate(to);
    }
    m_ui->periodComboBox->setCurrentIndex(period);
    restoreFilterFields(state.toVariantMap());
    m_ui->phoneLineEdit->clear();
}

void CallsPanel::fillSavedFilters(const QString& current)
{
    const QStringList names = CallFilterStore(m_session).names();
    m_ui->savedFilterComboBox->clear();
    m_ui->savedFilterComboBox->addItems(names);
    m_ui->savedFilterComboBox->setCurrentIndex(int(names.indexOf(current)));
    m_ui->savedFilterComboBox->setEnabled(!names.isEmpty());
    m_ui->deleteFilterButton->setEnabled(m_ui->savedFilterComboBox->currentIndex() >= 0);
}

void CallsPanel::applySavedFilter(const QString& name)
{
    const QJsonObject state = CallFilterStore(m_session).filter(name);
    if (state.isEmpty())
        return;
    setFilterState(state);
    applyFilter();
}

void CallsPanel::saveFilter()
{
    bool ok = false;
    const QPointer<CallsPanel> self(this);
    const QString suggested = m_ui->savedFilterComboBox->currentText();
    const QString name = LockGate::run([this, &ok, &suggested] {
        return QInputDialog::getText(this, tr("Save filter"),
                                     tr("Name of the filter (the phone number is not saved):"),
                                     QLineEdit::Normal, suggested, &ok);
    });
    if (!self || LockGate::instance().lockPending() || !ok || name.trimmed().isEmpty())
        return;
    Error error;
    if (!CallFilterStore(m_session).save(name, filterState(), &error)) {
        emit errorOccurred(error.message);
        return;
    }
    fillSavedFilters(name.trimmed());
}

void CallsPanel::deleteFilter()
{
    const QString name = m_ui->savedFilterComboBox->currentText();
    if (m_ui->savedFilterComboBox->currentIndex() < 0 || name.isEmpty())
        return;
    Error error;
    if (!CallFilterStore(m_session).remove(name, &error)) {
        emit errorOccurred(error.message);
        return;
    }
    fillSavedFilters();
}

void CallsPanel::saveViewState()
{
    QHeaderView* header = m_ui->callsTableView->horizontalHeader();
    QJsonArray hidden;
    QJsonArray order; // logical columns in the order shown
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (header->isSectionHidden(c))
            hidden.append(c);
        order.append(header->logicalIndex(c));
    }
    QJsonObject state{{QStringLiteral("hidden"), hidden},
                      {QStringLiteral("order"), order},
                      {QStringLiteral("sortColumn"), header->sortIndicatorSection()},
                      {QStringLiteral("sortOrder"), int(header->sortIndicatorOrder())}};
    Error error;
    if (!UserPreferences(m_session).setValue(viewKey, state, &error))
        emit errorOccurred(error.message);
}

void CallsPanel::restoreViewState()
{
    const QJsonObject state = UserPreferences(m_session).value(viewKey);
    QHeaderView* header = m_ui->callsTableView->horizontalHeader();
    const QJsonArray order = state.value(QStringLiteral("order")).toArray();
    int visual = 0;
    for (const QJsonValue& c : order) {
        const int logical = c.toInt(-1);
        // Columns of a later version that the saved order does not name keep their place
        // after the ones it does.
        if (logical < 0 || logical >= m_model->columnCount())
            continue;
        header->moveSection(header->visualIndex(logical), visual++);
    }
    for (const QJsonValue& c : state.value(QStringLiteral("hidden")).toArray()) {
        if (c.toInt(-1) >= 0 && c.toInt() < m_model->columnCount())
            header->setSectionHidden(c.toInt(), true);
    }
    const int column = state.value(QStringLiteral("sortColumn")).toInt(CallListModel::StartedAt);
    const auto sortOrder =
        Qt::SortOrder(state.value(QStringLiteral("sortOrder")).toInt(Qt::DescendingOrder));
    m_ui->callsTableView->sortByColumn(column, sortOrder);
}

} // namespace tallenne
