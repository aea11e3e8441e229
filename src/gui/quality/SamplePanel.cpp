#include "gui/quality/SamplePanel.h"

#include "core/ChatJsonl.h"
#include "core/Interaction.h"
#include "core/LocalCalendar.h"
#include "core/Permissions.h"
#include "gui/DateFields.h"
#include "gui/EmptyState.h"
#include "gui/StatusLabel.h"
#include "gui/TableRows.h"
#include "services/BrowseService.h"
#include "services/RegisterEvents.h"
#include "services/Session.h"
#include "services/quality/EvaluationService.h"
#include "services/quality/SamplingService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tallenne {

namespace {
enum RunColumn
{
    RunDrawnBy,
    RunDrawnAt,
    RunWeeks,
    RunSeed,
    RunProgress,
    RunFilter,
    RunColumnCount
};

enum ItemColumn
{
    ItemWeek,
    ItemAgent,
    ItemTarget,
    ItemStarted,
    ItemState,
    ItemColumnCount
};

constexpr int IdRole = Qt::UserRole;
constexpr int EvaluationRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2;
constexpr int WeekRole = Qt::UserRole + 3;

/// A run's filter in a few words, for the runs table: "2 per agent and week; calls, queue
/// Sales, inbound, 30 s or longer; evaluated left out".
QString describe(const SampleSpec& spec)
{
    QStringList what;
    if (spec.calls) {
        QStringList call{SamplePanel::tr("calls")};
        if (!spec.queue.isEmpty())
            call << SamplePanel::tr("queue %1").arg(spec.queue);
        if (spec.direction == QLatin1String("inbound"))
            call << SamplePanel::tr("inbound");
        else if (spec.direction == QLatin1String("outbound"))
            call << SamplePanel::tr("outbound");
        else if (spec.direction == QLatin1String("internal"))
            call << SamplePanel::tr("internal");
        if (spec.minDurationS > 0)
            call << SamplePanel::tr("%1 s or longer").arg(spec.minDurationS);
        what << call.join(QStringLiteral(", "));
    }
    if (spec.chats) {
        what << (spec.channel.isEmpty() ? SamplePanel::tr("chats")
                                        : SamplePanel::tr("chats on %1").arg(spec.channel));
    }
    QString text = SamplePanel::tr("%1 per agent and week").arg(spec.perAgentPerWeek);
    if (!what.isEmpty())
        text += QStringLiteral("; ") + what.join(QStringLiteral("; "));
    if (spec.skipEvaluated)
        text += QStringLiteral("; ") + SamplePanel::tr("evaluated left out");
    return text;
}

const QStringList& directionValues()
{
    static const QStringList values{QString(), QStringLiteral("inbound"),
                                    QStringLiteral("outbound"), QStringLiteral("internal")};
    return values;
}

QTableWidget* makeTable(int columns, const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}
} // namespace

SamplePanel::SamplePanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session),
      m_canDraw(Permissions::allows(session.roles(), Permission::Evaluate))
{
    auto* layout = new QVBoxLayout(this);
    buildFilter();
    layout->addWidget(m_filter);
    m_filter->setVisible(m_canDraw);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("sampleSplitter"));
    splitter->setChildrenCollapsible(false);
    auto* runsPane = new QWidget(splitter);
    auto* runsLayout = new QVBoxLayout(runsPane);
    runsLayout->setContentsMargins(0, 0, 0, 0);
    m_runsLabel = new QLabel(runsPane);
    m_runs = makeTable(RunColumnCount, QStringLiteral("sampleRunsTable"), runsPane);
    m_runsLabel->setBuddy(m_runs);
    runsLayout->addWidget(m_runsLabel);
    runsLayout->addWidget(m_runs);
    auto* itemsPane = new QWidget(splitter);
    auto* itemsLayout = new QVBoxLayout(itemsPane);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    auto* itemsHeader = new QHBoxLayout;
    m_itemsLabel = new QLabel(itemsPane);
    m_items = makeTable(ItemColumnCount, QStringLiteral("sampleItemsTable"), itemsPane);
    m_itemsLabel->setBuddy(m_items);
    m_progress = new QLabel(itemsPane);
    m_progress->setObjectName(QStringLiteral("sampleProgressLabel"));
    itemsHeader->addWidget(m_itemsLabel);
    itemsHeader->addStretch();
    itemsHeader->addWidget(m_progress);
    itemsLayout->addLayout(itemsHeader);
    itemsLayout->addWidget(m_items);
    auto* itemButtons = new QHBoxLayout;
    m_status = new StatusLabel(itemsPane);
    m_status->setObjectName(QStringLiteral("sampleStatusLabel"));
    m_openButton = new QPushButton(itemsPane);
    m_openButton->setObjectName(QStringLiteral("openSampleItemButton"));
    m_calibrateButton = new QPushButton(itemsPane);
    m_calibrateButton->setObjectName(QStringLiteral("calibrateSampleItemButton"));
    m_calibrateButton->setVisible(m_canDraw);
    itemButtons->addWidget(m_status, 1);
    itemButtons->addWidget(m_calibrateButton, 0, Qt::AlignTop);
    itemButtons->addWidget(m_openButton, 0, Qt::AlignTop);
    itemsLayout->addLayout(itemButtons);
    splitter->addWidget(runsPane);
    splitter->addWidget(itemsPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    EmptyState::install(m_runs, [this] {
        return m_canDraw ? tr("No samples drawn yet. Set the filter above and press Draw.")
                         : tr("No samples drawn yet. Quality managers draw them.");
    });
    EmptyState::install(m_items, [] { return tr("Select a sample to see its items."); });

    connect(m_runs, &QTableWidget::itemSelectionChanged, this, &SamplePanel::showRun);
    connect(m_items, &QTableWidget::activated, this,
            [this](const QModelIndex& index) { openItem(index.row()); });
    connect(m_items, &QTableWidget::itemSelectionChanged, this, &SamplePanel::updateButtons);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const int row = TableRows::selected(m_items); row >= 0)
            openItem(row);
    });
    connect(m_calibrateButton, &QPushButton::clicked, this, [this] {
        if (const int row = TableRows::selected(m_items); row >= 0)
            emit calibrateRequested(itemTarget(row));
    });
    // Enter on a run moves to its items, as a person reading down the queue expects.
    m_runs->installEventFilter(this);
    connect(&m_session.events(), &RegisterEvents::changed, this, [this](Changes changes) {
        if (changes & (Change::Calls | Change::Chats))
            fillChoices();
        if (changes & (Change::Quality | Change::Calls | Change::Chats | Change::Subjects))
            reload();
    });

    retranslate();
    fillChoices();
    reload();
}

SamplePanel::~SamplePanel() = default;

void SamplePanel::buildFilter()
{
    m_filter = new QWidget(this);
    m_filter->setObjectName(QStringLiteral("sampleFilter"));
    auto* grid = new QGridLayout(m_filter);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto label = [this](QWidget* buddy) {
        auto* l = new QLabel(m_filter);
        l->setBuddy(buddy);
        return l;
    };
    // The previous full week, Monday to Sunday, in the register's time zone.
    const QDate today = m_session.clock().nowUtc().toTimeZone(LocalCalendar::defaultZone()).date();
    const QDate lastMonday = today.addDays(1 - today.dayOfWeek() - 7);
    m_from = new QDateEdit(lastMonday, m_filter);
    m_from->setObjectName(QStringLiteral("sampleFromDateEdit"));
    m_to = new QDateEdit(lastMonday.addDays(6), m_filter);
    m_to->setObjectName(QStringLiteral("sampleToDateEdit"));
    for (QDateEdit* edit : {m_from, m_to})
        edit->setCalendarPopup(true);
    m_perAgent = new QSpinBox(m_filter);
    m_perAgent->setObjectName(QStringLiteral("perAgentSpinBox"));
    m_perAgent->setRange(1, SampleSpec::MaxPerAgentPerWeek);
    m_perAgent->setValue(2);
    m_calls = new QCheckBox(m_filter);
    m_calls->setObjectName(QStringLiteral("sampleCallsCheckBox"));
    m_calls->setChecked(true);
    m_chats = new QCheckBox(m_filter);
    m_chats->setObjectName(QStringLiteral("sampleChatsCheckBox"));
    m_queue = new QComboBox(m_filter);
    m_queue->setObjectName(QStringLiteral("sampleQueueComboBox"));
    m_direction = new QComboBox(m_filter);
    m_direction->setObjectName(QStringLiteral("sampleDirectionComboBox"));
    m_minDuration = new QSpinBox(m_filter);
    m_minDuration->setObjectName(QStringLiteral("sampleMinDurationSpinBox"));
    m_minDuration->setRange(0, 24 * 3600);
    m_channel = new QComboBox(m_filter);
    m_channel->setObjectName(QStringLiteral("sampleChannelComboBox"));
    m_seed = new QLineEdit(m_filter);
    m_seed->setObjectName(QStringLiteral("sampleSeedLineEdit"));
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,20}")), m_seed));
    m_skipEvaluated = new QCheckBox(m_filter);
    m_skipEvaluated->setObjectName(QStringLiteral("skipEvaluatedCheckBox"));
    m_skipEvaluated->setChecked(true);
    m_drawButton = new QPushButton(m_filter);
    m_drawButton->setObjectName(QStringLiteral("drawButton"));
    m_drawAgainButton = new QPushButton(m_filter);
    m_drawAgainButton->setObjectName(QStringLiteral("drawAgainButton"));

    m_fromLabel = label(m_from);
    m_toLabel = label(m_to);
    m_perAgentLabel = label(m_perAgent);
    m_kindLabel = new QLabel(m_filter); // two check boxes, each with its own key
    m_queueLabel = label(m_queue);
    m_directionLabel = label(m_direction);
    m_durationLabel = label(m_minDuration);
    m_channelLabel = label(m_channel);
    m_seedLabel = label(m_seed);
    auto* kinds = new QHBoxLayout;
    kinds->addWidget(m_calls);
    kinds->addWidget(m_chats);
    kinds->addStretch();
    grid->addWidget(m_fromLabel, 0, 0);
    grid->addWidget(m_from, 0, 1);
    grid->addWidget(m_toLabel, 0, 2);
    grid->addWidget(m_to, 0, 3);
    grid->addWidget(m_perAgentLabel, 1, 0);
    grid->addWidget(m_perAgent, 1, 1);
    grid->addWidget(m_kindLabel, 1, 2);
    grid->addLayout(kinds, 1, 3);
    grid->addWidget(m_queueLabel, 2, 0);
    grid->addWidget(m_queue, 2, 1);
    grid->addWidget(m_directionLabel, 2, 2);
    grid->addWidget(m_direction, 2, 3);
    grid->addWidget(m_durationLabel, 3, 0);
    grid->addWidget(m_minDuration, 3, 1);
    grid->addWidget(m_channelLabel, 3, 2);
    grid->addWidget(m_channel, 3, 3);
    grid->addWidget(m_seedLabel, 4, 0);
    grid->addWidget(m_seed, 4, 1);
    grid->addWidget(m_skipEvaluated, 4, 2, 1, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_drawAgainButton);
    buttons->addWidget(m_drawButton);
    grid->addLayout(buttons, 5, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    // Enter in any field of the filter draws, as in a dialog with Draw as its default button.
    for (QWidget* field : std::initializer_list<QWidget*>{
             m_from, m_to, m_perAgent, m_calls, m_chats, m_queue, m_direction, m_minDuration,
             m_channel, m_seed, m_skipEvaluated})
        field->installEventFilter(this);
    connect(m_drawButton, &QPushButton::clicked, this, &SamplePanel::draw);
    connect(m_drawAgainButton, &QPushButton::clicked, this, &SamplePanel::drawAgain);
    connect(m_calls, &QCheckBox::toggled, this, &SamplePanel::updateButtons);
    connect(m_chats, &QCheckBox::toggled, this, &SamplePanel::updateButtons);
}

void SamplePanel::retranslate()
{
    for (QDateEdit* edit : {m_from, m_to})
        DateFields::setUp(edit, DateFields::localeFormat());
    m_fromLabel->setText(tr("Fro&m week:"));
    m_toLabel->setText(tr("To wee&k:"));
    m_perAgentLabel->setText(tr("&Per agent and week:"));
    m_kindLabel->setText(tr("Sample:"));
    m_calls->setText(tr("&Calls"));
    m_chats->setText(tr("Ch&ats"));
    m_queueLabel->setText(tr("&Queue:"));
    m_directionLabel->setText(tr("&Direction:"));
    m_durationLabel->setText(tr("Shortest d&uration:"));
    m_minDuration->setSuffix(tr(" s"));
    m_minDuration->setSpecialValueText(tr("any"));
    m_channelLabel->setText(tr("Chat channe&l:"));
    m_seedLabel->setText(tr("&Seed:"));
    m_seed->setPlaceholderText(tr("empty: random"));
    m_seed->setToolTip(tr("The same seed, filter and register draw the same sample. Leave it "
                          "empty for a random seed; the run shows the seed it used."));
    m_skipEvaluated->setText(tr("Leave out what is alread&y evaluated"));
    m_skipEvaluated->setToolTip(
        tr("Calls and chats with a submitted evaluation are not drawn. With this on, the same "
           "seed draws other items once some of its items have been evaluated."));
    m_drawButton->setText(tr("Dra&w"));
    m_drawAgainButton->setText(tr("Draw a&gain with this seed"));
    m_drawAgainButton->setToolTip(
        tr("Draws again with the selected sample's filter and seed: the same items, if the "
           "register has not changed and (when evaluated ones are left out) none of them has "
           "been evaluated since."));
    m_runsLabel->setText(tr("Earlier &runs:"));
    m_itemsLabel->setText(tr("&Items of the run:"));
    m_openButton->setText(tr("Op&en item"));
    m_calibrateButton->setText(tr("Cali&brate…"));
    m_calibrateButton->setToolTip(
        tr("Starts a calibration on the selected call or chat: several reviewers score it "
           "and see where they differ."));
    m_openButton->setToolTip(tr("Evaluate the selected call or chat, or open its evaluation "
                                "(also Enter or a double click)."));
    m_runs->setHorizontalHeaderLabels(
        {tr("Drawn by"), tr("Drawn"), tr("Weeks"), tr("Seed"), tr("Evaluated"), tr("Filter")});
    m_items->setHorizontalHeaderLabels(
        {tr("Week"), tr("Agent"), tr("Call or chat"), tr("Started"), tr("State")});
    m_runs->setAccessibleName(tr("Samples drawn"));
    m_items->setAccessibleName(tr("Items of the selected sample"));
    const int direction = std::max(0, m_direction->currentIndex());
    m_direction->clear();
    m_direction->addItems({tr("Any"), tr("Inbound"), tr("Outbound"), tr("Internal")});
    m_direction->setCurrentIndex(direction);
}

void SamplePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillChoices();
        reload();
    }
    QWidget::changeEvent(event);
}

bool SamplePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_runs) {
                if (m_items->rowCount() > 0) {
                    m_items->setFocus();
                    if (m_items->selectionModel()->selectedRows().isEmpty())
                        m_items->selectRow(0);
                }
                return true;
            }
            if (m_canDraw && m_filter->isAncestorOf(qobject_cast<QWidget*>(watched))) {
                // A combo box's open list takes Enter itself; this is a closed field.
                draw();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SamplePanel::fillChoices()
{
    BrowseService service(m_session);
    Error error;
    const QString queue = m_queue->currentIndex() > 0 ? m_queue->currentText() : QString();
    m_queue->clear();
    m_queue->addItem(tr("Any"));
    m_queue->addItems(service.queues(&error));
    m_queue->setCurrentIndex(std::max(0, m_queue->findText(queue)));
    const QString channel = m_channel->currentData().toString();
    m_channel->clear();
    m_channel->addItem(tr("Any"), QString());
    for (const QString& c : service.chatChannels(&error))
        m_channel->addItem(ChatJsonl::channelName(c), c);
    m_channel->setCurrentIndex(channel.isEmpty() ? 0 : std::max(0, m_channel->findData(channel)));
}

SampleSpec SamplePanel::specFromForm(bool* seedOk) const
{
    SampleSpec spec;
    spec.from = m_from->date();
    spec.to = m_to->date();
    spec.perAgentPerWeek = m_perAgent->value();
    spec.calls = m_calls->isChecked();
    spec.chats = m_chats->isChecked();
    if (m_queue->currentIndex() > 0)
        spec.queue = m_queue->currentText();
    spec.direction = directionValues().value(m_direction->currentIndex());
    spec.minDurationS = m_minDuration->value();
    spec.channel = m_channel->currentData().toString();
    spec.skipEvaluated = m_skipEvaluated->isChecked();
    const QString seed = m_seed->text().trimmed();
    *seedOk = true;
    if (!seed.isEmpty())
        spec.seed = seed.toULongLong(seedOk);
    return spec;
}

void SamplePanel::setForm(const SampleSpec& spec)
{
    m_from->setDate(spec.from);
    m_to->setDate(spec.to);
    m_perAgent->setValue(spec.perAgentPerWeek);
    m_calls->setChecked(spec.calls);
    m_chats->setChecked(spec.chats);
    m_queue->setCurrentIndex(spec.queue.isEmpty() ? 0 : std::max(0, m_queue->findText(spec.queue)));
    m_direction->setCurrentIndex(std::max(0, int(directionValues().indexOf(spec.direction))));
    m_minDuration->setValue(spec.minDurationS);
    m_channel->setCurrentIndex(
        spec.channel.isEmpty() ? 0 : std::max(0, m_channel->findData(spec.channel)));
    m_skipEvaluated->setChecked(spec.skipEvaluated);
    m_seed->setText(QString::number(spec.seed));
}

bool SamplePanel::draw()
{
    bool seedOk = false;
    const SampleSpec spec = specFromForm(&seedOk);
    if (!seedOk || (spec.seed == 0 && !m_seed->text().trimmed().isEmpty())) {
        m_status->say(
            [] {
                return tr("The seed is a whole number from 1 to 18446744073709551615, "
                          "or empty for a random one.");
            },
            true);
        m_seed->setFocus();
        return false;
    }
    return drawSpec(spec);
}

bool SamplePanel::drawAgain()
{
    Error error;
    const auto run = SamplingService(m_session).run(selectedRunId(), &error);
    if (!run) {
        m_status->sayAsIs(error.message, true);
        return false;
    }
    setForm(run->spec);
    return drawSpec(run->spec, true);
}

bool SamplePanel::drawSpec(const SampleSpec& spec, bool again)
{
    Error error;
    const auto id = SamplingService(m_session).draw(spec, &error);
    if (!id) {
        m_status->sayAsIs(error.message, true);
        return false;
    }
    reload();
    selectRun(*id);
    const int items = m_items->rowCount();
    // An agent with fewer calls or chats in a week than asked for has all of them drawn: said,
    // so that an uneven queue is not taken for a fault.
    QHash<QPair<QString, QDate>, int> perAgentWeek;
    for (int row = 0; row < items; ++row) {
        const QTableWidgetItem* week = m_items->item(row, ItemWeek);
        const QTableWidgetItem* agent = m_items->item(row, ItemAgent);
        ++perAgentWeek[{agent ? agent->text() : QString(),
                        week ? week->data(WeekRole).toDate() : QDate()}];
    }
    int fewer = 0;
    for (const int n : std::as_const(perAgentWeek))
        fewer += n < spec.perAgentPerWeek ? 1 : 0;
    const int asked = spec.perAgentPerWeek;
    const bool mayDiffer = again && spec.skipEvaluated;
    m_status->say([items, fewer, asked, mayDiffer] {
        QString text = tr("Drew %Ln item(s).", nullptr, items);
        if (fewer > 0)
            text += QLatin1Char(' ') +
                    tr("In %n agent-week(s) there were fewer than %1 to draw from: all of them "
                       "are in the queue.",
                       nullptr, fewer)
                        .arg(asked);
        if (items == 0)
            text += QLatin1Char(' ') + tr("Nothing matched the filter in these weeks.");
        if (mayDiffer)
            text += QLatin1Char(' ') + tr("Calls and chats evaluated since the first draw are "
                                          "left out, so the queue can differ from it.");
        return text;
    });
    m_items->setFocus();
    if (items > 0)
        m_items->selectRow(0);
    return true;
}

qint64 SamplePanel::selectedRunId() const
{
    return TableRows::selectedId(m_runs, 0, IdRole);
}

void SamplePanel::selectRun(qint64 runId)
{
    if (const int row = TableRows::rowOf(m_runs, 0, IdRole, runId); row >= 0)
        m_runs->selectRow(row);
}

void SamplePanel::reload()
{
    const qint64 selected = selectedRunId();
    Error error;
    const auto runs = SamplingService(m_session).runs(&error);
    const QSignalBlocker blocker(m_runs);
    m_runs->setRowCount(0);
    if (!runs) {
        m_status->sayAsIs(error.message, true);
        emit errorOccurred(error.message);
        return;
    }
    const QLocale locale;
    for (const SampleRunRecord& r : *runs) {
        const int row = m_runs->rowCount();
        m_runs->insertRow(row);
        auto* by = new QTableWidgetItem(r.createdBy);
        by->setData(IdRole, r.id);
        m_runs->setItem(row, RunDrawnBy, by);
        m_runs->setItem(
            row, RunDrawnAt,
            new QTableWidgetItem(locale.toString(r.createdAt.toLocalTime(), QLocale::ShortFormat)));
        const auto spec = SampleSpec::fromJson(r.spec);
        const QString weeks =
            spec ? tr("%1 – %2").arg(DateFields::text(spec->from), DateFields::text(spec->to))
                 : QString();
        m_runs->setItem(row, RunWeeks, new QTableWidgetItem(weeks));
        m_runs->setItem(row, RunSeed, new QTableWidgetItem(QString::number(r.seed)));
        m_runs->setItem(row, RunProgress,
                        new QTableWidgetItem(tr("%1 of %2").arg(r.evaluated).arg(r.items)));
        auto* filter = new QTableWidgetItem(spec ? describe(*spec) : QString());
        filter->setToolTip(filter->text());
        m_runs->setItem(row, RunFilter, filter);
    }
    m_runs->resizeColumnsToContents();
    for (EmptyState* e : m_runs->findChildren<EmptyState*>())
        e->update();
    selectRun(selected);
    showRun(); // also the same run: its items' states may have changed
}

void SamplePanel::showRun()
{
    const qint64 runId = selectedRunId();
    const bool sameRun = runId == m_shownRun;
    m_shownRun = runId;
    const int selectedRow = !sameRun || m_items->selectionModel()->selectedRows().isEmpty()
                                ? -1
                                : m_items->selectionModel()->selectedRows().first().row();
    m_items->setRowCount(0);
    m_progress->clear();
    updateButtons();
    if (runId == 0) {
        for (EmptyState* e : m_items->findChildren<EmptyState*>())
            e->update();
        return;
    }
    Error error;
    const auto run = SamplingService(m_session).run(runId, &error);
    if (!run) {
        m_status->sayAsIs(error.message, true);
        return;
    }
    // The scores of the evaluated items, read in one go over the run's time.
    QHash<qint64, std::optional<double>> scores;
    QDateTime first;
    QDateTime last;
    for (const SampleItemRecord& i : run->items) {
        if (!i.evaluationId)
            continue;
        if (!first.isValid() || i.startedAt < first)
            first = i.startedAt;
        if (!last.isValid() || i.startedAt > last)
            last = i.startedAt;
    }
    if (first.isValid()) {
        EvaluationFilter filter;
        filter.from = first;
        filter.to = last.addSecs(1);
        if (const auto evaluations = EvaluationService(m_session).list(filter, &error)) {
            for (const EvaluationRecord& e : *evaluations)
                scores.insert(e.id, e.score);
        }
    }
    const QLocale locale;
    int evaluated = 0;
    for (const SampleItemRecord& i : run->items) {
        const int row = m_items->rowCount();
        m_items->insertRow(row);
        auto* week = new QTableWidgetItem(
            tr("week %1, %2").arg(i.weekStart.weekNumber()).arg(DateFields::text(i.weekStart)));
        week->setData(IdRole, i.target.id);
        week->setData(WeekRole, i.weekStart);
        week->setData(KindRole, int(i.target.kind));
        week->setData(EvaluationRole, i.evaluationId ? *i.evaluationId : 0);
        m_items->setItem(row, ItemWeek, week);
        m_items->setItem(row, ItemAgent, new QTableWidgetItem(i.agent));
        m_items->setItem(row, ItemTarget,
                         new QTableWidgetItem(i.target.isCall() ? tr("Call %1").arg(i.target.id)
                                                                : tr("Chat %1").arg(i.target.id)));
        m_items->setItem(
            row, ItemStarted,
            new QTableWidgetItem(locale.toString(i.startedAt.toLocalTime(), QLocale::ShortFormat)));
        QString state;
        if (i.evaluated) {
            ++evaluated;
            const auto score = scores.value(i.evaluationId.value_or(0));
            state = score ? tr("evaluated, %1 %").arg(locale.toString(*score, 'f', 1))
                          : tr("evaluated");
        } else if (i.evaluationId) {
            state = tr("draft");
        } else {
            state = tr("to evaluate");
        }
        m_items->setItem(row, ItemState, new QTableWidgetItem(state));
    }
    m_items->resizeColumnsToContents();
    if (selectedRow >= 0 && selectedRow < m_items->rowCount())
        m_items->selectRow(selectedRow);
    m_progress->setText(tr("%1 of %2 evaluated").arg(evaluated).arg(run->items.size()));
    for (EmptyState* e : m_items->findChildren<EmptyState*>())
        e->update();
    updateButtons();
}

void SamplePanel::openItem(int row)
{
    const QTableWidgetItem* item = m_items->item(row, ItemWeek);
    if (!item)
        return;
    const qint64 evaluationId = item->data(EvaluationRole).toLongLong();
    if (evaluationId > 0) {
        emit openEvaluationRequested(evaluationId);
        return;
    }
    if (!m_canDraw) {
        m_status->say([] { return tr("Not evaluated yet: quality managers evaluate it."); });
        return;
    }
    emit evaluateRequested(itemTarget(row));
}

Interaction SamplePanel::itemTarget(int row) const
{
    const QTableWidgetItem* item = m_items->item(row, ItemWeek);
    if (!item)
        return {};
    const qint64 id = item->data(IdRole).toLongLong();
    return Interaction::Kind(item->data(KindRole).toInt()) == Interaction::Kind::Call
               ? Interaction::call(id)
               : Interaction::chat(id);
}

void SamplePanel::updateButtons()
{
    m_drawButton->setEnabled(m_calls->isChecked() || m_chats->isChecked());
    m_drawAgainButton->setEnabled(selectedRunId() != 0);
    m_openButton->setEnabled(!m_items->selectionModel()->selectedRows().isEmpty());
    m_calibrateButton->setEnabled(m_openButton->isEnabled());
}

} // namespace tallenne
