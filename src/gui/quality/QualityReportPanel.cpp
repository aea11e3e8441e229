#include "gui/quality/QualityReportPanel.h"

#include "core/LocalCalendar.h"
#include "gui/DateFields.h"
#include "gui/LockGate.h"
#include "gui/StatusLabel.h"
#include "gui/quality/QualityReportCharts.h"
#include "services/BrowseService.h"
#include "services/RegisterEvents.h"
#include "services/Session.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace tallenne {

namespace {

const QString trendImage = QStringLiteral("quality-trend.png");
const QString agentImage = QStringLiteral("quality-agents.png");

// The wait cursor while a report is made on the GUI thread (thousands of rows: well under a
// second, not worth a thread).
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

QString percent(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–");
}

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget* makeTable(QWidget* parent, const char* name, int columns)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    // Columns as wide as their titles and cells (in Finnish too), never cut.
    table->horizontalHeader()->setStretchLastSection(false);
    return table;
}

void setHeaders(QTableWidget* table, const QStringList& titles)
{
    table->setHorizontalHeaderLabels(titles);
    table->resizeColumnsToContents();
}

void fillGroups(QTableWidget* table, const QList<ScoreGroup>& groups)
{
    table->setRowCount(0);
    table->setRowCount(int(groups.size()));
    for (int row = 0; row < groups.size(); ++row) {
        const ScoreGroup& g = groups.at(row);
        table->setItem(row, 0, cell(g.name));
        table->setItem(row, 1, cell(QLocale().toString(g.evaluations), true));
        table->setItem(row, 2, cell(percent(g.average), true));
        table->setItem(row, 3,
                       cell(QStringLiteral("%1 (%2)").arg(QLocale().toString(g.criticalFailures),
                                                          percent(g.criticalFailureRate())),
                            true));
        table->setItem(row, 4, cell(percent(g.passRate()), true));
    }
    table->resizeColumnsToContents();
}

} // namespace

QualityReportPanel::QualityReportPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    buildForm();
    retranslate();

    connect(m_showButton, &QPushButton::clicked, this, [this] { (void)showReport(); });
    // A choice picked applies at once, as the call and chat filters do; a day typed applies
    // when the field is left (or with Enter).
    for (QComboBox* combo : {m_periodCombo, m_agentCombo, m_queueCombo}) {
        connect(combo, &QComboBox::activated, this, [this] {
            if (m_started)
                (void)showReport();
        });
    }
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            if (m_started && m_report &&
                (m_report->spec.from != m_fromEdit->date() ||
                 m_report->spec.to != m_toEdit->date()))
                (void)showReport();
        });
    }
    connect(m_csvButton, &QPushButton::clicked, this, [this] { askExport(false); });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { askExport(true); });
    connect(m_printButton, &QPushButton::clicked, this, &QualityReportPanel::print);
    connect(m_evaluationTable, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        const QTableWidgetItem* item = m_evaluationTable->item(index.row(), 0);
        if (item)
            emit openEvaluationRequested(item->data(Qt::UserRole).toLongLong());
    });
    // The report shown stays current: the same choices again when evaluations change (or
    // calls and chats, their restrictions or erasure); once shown again if hidden meanwhile.
    connect(&session.events(), &RegisterEvents::changed, this, [this](Changes what) {
        if (!m_report ||
            !(what & (Change::Quality | Change::Calls | Change::Chats | Change::Subjects)))
            return;
        if (isVisible())
            (void)build(m_report->spec);
        else
            m_stale = true;
    });
}

QualityReportPanel::~QualityReportPanel()
{
    // The date fields finish their editing as the focus leaves them while the window's widgets
    // are deleted, when this panel is only a QWidget any more: no report then.
    for (QDateEdit* edit : {m_fromEdit, m_toEdit})
        disconnect(edit, nullptr, this, nullptr);
}

void QualityReportPanel::buildForm()
{
    auto* layout = new QVBoxLayout(this);

    // The choices: two rows that fit the page's width in Finnish; Enter in any field shows.
    auto* form = new QGridLayout;
    const auto label = [this](QWidget* buddy) {
        auto* l = new QLabel(this);
        l->setBuddy(buddy);
        buddy->installEventFilter(this);
        return l;
    };
    const QDate today = m_session.clock().nowUtc().toTimeZone(LocalCalendar::defaultZone()).date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    // The last eight weeks: this one (up to today) and the seven before it.
    m_fromEdit = new QDateEdit(monday.addDays(-7 * 7), this);
    m_fromEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_fromLabel = label(m_fromEdit);
    m_toEdit = new QDateEdit(today, this);
    m_toEdit->setObjectName(QStringLiteral("toDateEdit"));
    m_toLabel = label(m_toEdit);
    m_periodCombo = new QComboBox(this);
    m_periodCombo->setObjectName(QStringLiteral("periodComboBox"));
    m_periodCombo->addItem(QString(), int(ReportPeriod::Week));
    m_periodCombo->addItem(QString(), int(ReportPeriod::Month));
    m_periodLabel = label(m_periodCombo);
    m_agentCombo = new QComboBox(this);
    m_agentCombo->setObjectName(QStringLiteral("agentComboBox"));
    m_agentCombo->addItem(QString(), QString());
    m_agentLabel = label(m_agentCombo);
    m_queueCombo = new QComboBox(this);
    m_queueCombo->setObjectName(QStringLiteral("queueComboBox"));
    m_queueCombo->addItem(QString(), QString());
    m_queueLabel = label(m_queueCombo);
    for (QComboBox* combo : {m_agentCombo, m_queueCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(20); // "Kaikki asiakaspalvelijat" whole
    }
    m_showButton = new QPushButton(this);
    m_showButton->setObjectName(QStringLiteral("showButton"));
    form->addWidget(m_fromLabel, 0, 0);
    form->addWidget(m_fromEdit, 0, 1);
    form->addWidget(m_toLabel, 0, 2);
    form->addWidget(m_toEdit, 0, 3);
    form->addWidget(m_periodLabel, 0, 4);
    form->addWidget(m_periodCombo, 0, 5);
    form->addWidget(m_agentLabel, 1, 0);
    form->addWidget(m_agentCombo, 1, 1);
    form->addWidget(m_queueLabel, 1, 2);
    form->addWidget(m_queueCombo, 1, 3);
    form->addWidget(m_showButton, 1, 5);
    form->setColumnStretch(6, 1);
    layout->addLayout(form);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summaryLabel->font();
    bold.setBold(true);
    m_summaryLabel->setFont(bold);
    layout->addWidget(m_summaryLabel);

    // The report, or a sentence when there is nothing to show.
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("reportStackedWidget"));
    auto* splitter = new QSplitter(Qt::Vertical, m_stack);
    splitter->setObjectName(QStringLiteral("reportSplitter"));
    splitter->setChildrenCollapsible(false);
    auto* charts = new QWidget(splitter);
    auto* chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    const auto chartView = [charts](const char* name) {
        auto* view = new QChartView(new QChart, charts);
        view->setObjectName(QString::fromLatin1(name));
        view->setRenderHint(QPainter::Antialiasing);
        view->setFocusPolicy(Qt::NoFocus); // nothing to do with the keyboard in a chart
        view->setMinimumSize(200, 240);
        return view;
    };
    m_trendView = chartView("trendChartView");
    m_agentView = chartView("agentChartView");
    chartRow->addWidget(m_trendView, 3);
    chartRow->addWidget(m_agentView, 2);
    m_detailTabs = new QTabWidget(splitter);
    m_detailTabs->setObjectName(QStringLiteral("reportTabs"));
    m_agentTable = makeTable(m_detailTabs, "agentTableWidget", 5);
    m_queueTable = makeTable(m_detailTabs, "queueTableWidget", 5);
    m_missedTable = makeTable(m_detailTabs, "missedTableWidget", 4);
    m_evaluationTable = makeTable(m_detailTabs, "evaluationTableWidget", 7);
    m_periodTable = makeTable(m_detailTabs, "periodTableWidget", 5);
    m_detailTabs->addTab(m_agentTable, QString());
    m_detailTabs->addTab(m_queueTable, QString());
    m_detailTabs->addTab(m_missedTable, QString());
    m_detailTabs->addTab(m_evaluationTable, QString());
    m_detailTabs->addTab(m_periodTable, QString()); // the trend's figures, exactly
    splitter->addWidget(charts);
    splitter->addWidget(m_detailTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_emptyLabel = new QLabel(m_stack);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_emptyLabel);
    layout->addWidget(m_stack, 1);

    auto* bottom = new QHBoxLayout;
    m_statusLabel = new StatusLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_csvButton = new QPushButton(this);
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_pdfButton = new QPushButton(this);
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    bottom->addWidget(m_statusLabel, 1);
    bottom->addWidget(m_csvButton);
    bottom->addWidget(m_pdfButton);
    bottom->addWidget(m_printButton);
    layout->addLayout(bottom);
}

void QualityReportPanel::retranslate()
{
    m_fromLabel->setText(tr("Fro&m:"));
    m_toLabel->setText(tr("Unti&l:"));
    for (QDateEdit* edit : {m_fromEdit, m_toEdit})
        DateFields::setUp(edit, DateFields::localeFormat());
    m_fromEdit->setAccessibleName(tr("First day"));
    m_toEdit->setAccessibleName(tr("Last day"));
    m_periodLabel->setText(tr("Pe&riod:"));
    m_periodCombo->setItemText(0, tr("By week"));
    m_periodCombo->setItemText(1, tr("By month"));
    m_agentLabel->setText(tr("A&gent:"));
    m_agentCombo->setItemText(0, tr("All agents"));
    m_queueLabel->setText(tr("&Queue:"));
    m_queueCombo->setItemText(0, tr("All queues"));
    m_showButton->setText(tr("&Show"));
    m_showButton->setToolTip(tr("Make the report of these days (Enter in any field)"));
    m_csvButton->setText(tr("Export &CSV…"));
    m_pdfButton->setText(tr("Export P&DF…"));
    m_printButton->setText(tr("&Print report…"));
    m_trendView->setAccessibleName(tr("Trend chart"));
    m_agentView->setAccessibleName(tr("Average score per agent"));
    m_detailTabs->setTabText(0, tr("By agent"));
    m_detailTabs->setTabText(1, tr("By queue"));
    m_detailTabs->setTabText(2, tr("Criteria most often missed"));
    m_detailTabs->setTabText(3, tr("Evaluations"));
    m_detailTabs->setTabText(4, tr("By period"));
    const QStringList scores{tr("Evaluations"), tr("Average score"), tr("Critical failures"),
                             tr("Passed")};
    setHeaders(m_agentTable, QStringList{tr("Agent")} + scores);
    setHeaders(m_queueTable, QStringList{tr("Queue")} + scores);
    setHeaders(m_periodTable, QStringList{tr("Period")} + scores);
    setHeaders(m_missedTable,
               {tr("Scorecard"), tr("Criterion"), tr("Missed / answered"), tr("Share missed")});
    setHeaders(m_evaluationTable, {tr("Date"), tr("Call or chat"), tr("Agent"), tr("Queue"),
                                   tr("Scorecard"), tr("Evaluator"), tr("Score")});
    // The report's own words (period labels) in the new language, without reading it again.
    if (m_report) {
        for (TrendPoint& p : m_report->trend)
            p.scores.name = QualityReportService::periodLabel(m_report->spec.period, p.start);
        for (auto& [agent, points] : m_report->agentTrends) {
            for (TrendPoint& p : points)
                p.scores.name = QualityReportService::periodLabel(m_report->spec.period, p.start);
        }
    }
    showCurrent();
}

void QualityReportPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QualityReportPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Read (and audited) only when someone looks.
    if (!m_started) {
        m_started = true;
        fillChoices();
        (void)showReport();
    } else if (m_stale && m_report) {
        (void)build(m_report->spec);
    }
}

bool QualityReportPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            (void)showReport();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

ReportSpec QualityReportPanel::specFromForm() const
{
    ReportSpec spec;
    spec.from = m_fromEdit->date();
    spec.to = m_toEdit->date();
    spec.period = ReportPeriod(m_periodCombo->currentData().toInt());
    spec.agent = m_agentCombo->currentData().toString();
    spec.queue = m_queueCombo->currentData().toString();
    return spec;
}

bool QualityReportPanel::showReport()
{
    m_started = true;
    return build(specFromForm());
}

bool QualityReportPanel::build(const ReportSpec& spec)
{
    Error error;
    std::optional<QualityReport> report;
    {
        const BusyCursor busy;
        report = QualityReportService(m_session).build(spec, &error);
    }
    if (!report) {
        fail(error.message);
        return false;
    }
    m_report = std::move(report);
    m_stale = false;
    m_statusLabel->forget();
    showCurrent();
    fillChoices();
    return true;
}

QVariantMap QualityReportPanel::sessionState() const
{
    QVariantMap state;
    state.insert(QStringLiteral("from"), m_fromEdit->date());
    state.insert(QStringLiteral("to"), m_toEdit->date());
    state.insert(QStringLiteral("period"), m_periodCombo->currentData());
    state.insert(QStringLiteral("agent"), m_agentCombo->currentData());
    state.insert(QStringLiteral("queue"), m_queueCombo->currentData());
    state.insert(QStringLiteral("shown"), m_report.has_value());
    return state;
}

void QualityReportPanel::restoreSessionState(const QVariantMap& state)
{
    if (state.isEmpty())
        return;
    m_fromEdit->setDate(state.value(QStringLiteral("from")).toDate());
    m_toEdit->setDate(state.value(QStringLiteral("to")).toDate());
    m_periodCombo->setCurrentIndex(
        std::max(0, m_periodCombo->findData(state.value(QStringLiteral("period")))));
    fillChoices();
    for (auto [combo, key] : {std::pair{m_agentCombo, "agent"}, std::pair{m_queueCombo, "queue"}}) {
        const QString name = state.value(QLatin1String(key)).toString();
        if (!name.isEmpty() && combo->findData(name) < 0)
            combo->addItem(name, name);
        combo->setCurrentIndex(std::max(0, combo->findData(name)));
    }
    if (!state.value(QStringLiteral("shown")).toBool())
        return;
    // Shown now if the tab is in view, else when it is first shown (showEvent).
    if (isVisible())
        (void)showReport();
}

void QualityReportPanel::fillChoices()
{
    // Every agent and queue of the register, and any the report names besides.
    Error error;
    BrowseService browse(m_session);
    QStringList agents = browse.agents(&error);
    QStringList queues = browse.queues(&error);
    if (m_report) {
        for (const ScoreGroup& g : m_report->byAgent) {
            if (!g.name.isEmpty() && !agents.contains(g.name))
                agents << g.name;
        }
    }
    const auto refill = [](QComboBox* combo, const QStringList& names) {
        const QString chosen = combo->currentData().toString();
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString& name : names) {
            if (!name.isEmpty())
                combo->addItem(name, name);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    };
    refill(m_agentCombo, agents);
    refill(m_queueCombo, queues);
}

QString QualityReportPanel::summaryText() const
{
    return m_summaryLabel->text();
}

QString QualityReportPanel::statusText() const
{
    return m_statusLabel->text();
}

void QualityReportPanel::showCurrent()
{
    const bool shown = m_report.has_value();
    m_csvButton->setEnabled(shown);
    m_pdfButton->setEnabled(shown);
    m_printButton->setEnabled(shown);
    if (!shown) {
        m_summaryLabel->setText(tr("Choose the days, the period, an agent or a queue, then Show."));
        m_emptyLabel->clear();
        m_stack->setCurrentWidget(m_emptyLabel);
        return;
    }
    const QualityReport& r = *m_report;
    QStringList choices;
    if (!r.spec.agent.isEmpty())
        choices << tr("agent %1").arg(r.spec.agent);
    if (!r.spec.queue.isEmpty())
        choices << tr("queue %1").arg(r.spec.queue);
    const QString from = DateFields::text(r.spec.from);
    const QString to = DateFields::text(r.spec.to);
    if (r.total.evaluations == 0) {
        m_summaryLabel->setText(choices.isEmpty()
                                    ? tr("Nothing was evaluated from %1 to %2.").arg(from, to)
                                    : tr("Nothing was evaluated from %1 to %2 (%3).")
                                          .arg(from, to, choices.join(QStringLiteral(", "))));
        m_emptyLabel->setText(tr("No submitted evaluation of a call or chat of these days. "
                                 "Choose other days, another agent or another queue, then "
                                 "Show."));
        m_stack->setCurrentWidget(m_emptyLabel);
    } else {
        QString text = tr("From %1 to %2: %L3 evaluations, average score %4, critical-failure "
                          "rate %5, pass rate %6")
                           .arg(from, to)
                           .arg(r.total.evaluations)
                           .arg(percent(r.total.average), percent(r.total.criticalFailureRate()),
                                percent(r.total.passRate()));
        if (!choices.isEmpty())
            text += QStringLiteral(" (%1)").arg(choices.join(QStringLiteral(", ")));
        m_summaryLabel->setText(text + QLatin1Char('.'));
        m_stack->setCurrentIndex(0);
    }
    QualityReportCharts::fillTrend(m_trendView->chart(), r);
    QualityReportCharts::fillAgents(m_agentView->chart(), r);
    fillTables();
}

void QualityReportPanel::fillTables()
{
    const QualityReport& r = *m_report;
    fillGroups(m_agentTable, r.byAgent);
    fillGroups(m_queueTable, r.byQueue);
    QList<ScoreGroup> periods;
    for (const TrendPoint& p : r.trend)
        periods << p.scores;
    fillGroups(m_periodTable, periods);

    m_missedTable->setRowCount(0);
    m_missedTable->setRowCount(int(r.mostMissed.size()));
    for (int row = 0; row < r.mostMissed.size(); ++row) {
        const MissedCriterion& m = r.mostMissed.at(row);
        m_missedTable->setItem(row, 0, cell(m.scorecard));
        m_missedTable->setItem(row, 1, cell(m.title));
        m_missedTable->setItem(row, 2,
                               cell(QStringLiteral("%1 / %2").arg(QLocale().toString(m.missed),
                                                                  QLocale().toString(m.answered)),
                                    true));
        m_missedTable->setItem(row, 3, cell(percent(m.rate()), true));
    }
    m_missedTable->resizeColumnsToContents();

    const QTimeZone zone = LocalCalendar::defaultZone();
    m_evaluationTable->setRowCount(0);
    m_evaluationTable->setRowCount(int(r.evaluations.size()));
    for (int row = 0; row < r.evaluations.size(); ++row) {
        const EvaluationRecord& e = r.evaluations.at(row);
        QTableWidgetItem* date = cell(DateFields::text(e.interactionAt.toTimeZone(zone).date()));
        date->setData(Qt::UserRole, e.id);
        m_evaluationTable->setItem(row, 0, date);
        m_evaluationTable->setItem(row, 1,
                                   cell(e.target.isCall() ? tr("Call %1").arg(e.target.id)
                                                          : tr("Chat %1").arg(e.target.id)));
        m_evaluationTable->setItem(row, 2, cell(e.agent));
        m_evaluationTable->setItem(row, 3, cell(e.queue));
        m_evaluationTable->setItem(
            row, 4, cell(tr("%1 (version %2)").arg(e.scorecardName).arg(e.scorecardVersion)));
        m_evaluationTable->setItem(row, 5, cell(e.evaluator));
        m_evaluationTable->setItem(
            row, 6,
            cell(e.criticalFailed ? tr("%1, critical criterion failed").arg(percent(e.score))
                                  : percent(e.score),
                 true));
    }
    m_evaluationTable->resizeColumnsToContents();
}

void QualityReportPanel::fail(const QString& message)
{
    m_statusLabel->sayAsIs(message, true);
    emit errorOccurred(message);
}

QList<std::pair<QString, QImage>> QualityReportPanel::chartImages() const
{
    const QualityReport& r = *m_report;
    return {{trendImage, QualityReportCharts::render(
                             [&r](QChart* chart) { QualityReportCharts::fillTrend(chart, r); })},
            {agentImage, QualityReportCharts::render(
                             [&r](QChart* chart) { QualityReportCharts::fillAgents(chart, r); })}};
}

void QualityReportPanel::askExport(bool pdf)
{
    if (!m_report)
        return;
    const QPointer<QualityReportPanel> self(this);
    const QString suggested = QDir::home().filePath(
        QStringLiteral("quality-report_%1_%2.%3")
            .arg(m_report->spec.from.toString(Qt::ISODate), m_report->spec.to.toString(Qt::ISODate),
                 pdf ? QStringLiteral("pdf") : QStringLiteral("csv")));
    QString path = LockGate::run([this, pdf, &suggested] {
        return pdf ? QFileDialog::getSaveFileName(this, tr("Export the quality report as PDF"),
                                                  suggested, tr("PDF documents (*.pdf)"))
                   : QFileDialog::getSaveFileName(this, tr("Export the quality report as CSV"),
                                                  suggested, tr("CSV files (*.csv)"));
    });
    if (!self || LockGate::instance().lockPending() || path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv");
    (void)(pdf ? exportPdf(path) : exportCsv(path));
}

bool QualityReportPanel::exportCsv(const QString& path)
{
    if (!m_report) {
        fail(tr("Show a report first."));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QualityReportService::toCsv(*m_report)) < 0 || !file.commit()) {
        fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QString shown = QDir::toNativeSeparators(path);
    m_statusLabel->say([shown] { return tr("Exported the report to %1.").arg(shown); });
    return true;
}

bool QualityReportPanel::exportPdf(const QString& path)
{
    if (!m_report) {
        fail(tr("Show a report first."));
        return false;
    }
    Error error;
    bool written = false;
    {
        const BusyCursor busy;
        written = QualityReportService::writePdf(*m_report, path, chartImages(), &error);
    }
    if (!written) {
        fail(error.message);
        return false;
    }
    const QString shown = QDir::toNativeSeparators(path);
    m_statusLabel->say([shown] { return tr("Exported the report to %1.").arg(shown); });
    return true;
}

void QualityReportPanel::print()
{
    if (!m_report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Quality report"));
    const QPointer<QualityReportPanel> self(this);
    ScopedDialog<QPrintDialog> dialog(&printer, this);
    dialog->setWindowTitle(tr("Print the quality report"));
    const int result = dialog.exec();
    if (!self || !dialog || LockGate::instance().lockPending() || result != QDialog::Accepted ||
        !m_report)
        return;
    const BusyCursor busy;
    QTextDocument document;
    QStringList names;
    for (const auto& [name, image] : chartImages()) {
        document.addResource(QTextDocument::ImageResource, QUrl(name), image);
        names << name;
    }
    document.setHtml(QualityReportService::toHtml(*m_report, names));
    document.print(&printer);
    if (printer.printerState() == QPrinter::Error) {
        fail(tr("The report could not be printed."));
    } else if (const QString file = printer.outputFileName(); !file.isEmpty()) {
        // "Print to file" in the dialog: a file was written, nothing printed.
        const QString shown = QDir::toNativeSeparators(file);
        m_statusLabel->say([shown] { return tr("Saved the report as %1.").arg(shown); });
    } else {
        m_statusLabel->say([] { return tr("Sent the report to the printer."); });
    }
}

} // namespace tallenne
