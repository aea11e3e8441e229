#include "gui/quality/CalibrationPanel.h"

#include "core/Permissions.h"
#include "gui/EmptyState.h"
#include "gui/LockGate.h"
#include "gui/StatusLabel.h"
#include "gui/TableRows.h"
#include "gui/quality/NewCalibrationDialog.h"
#include "services/RegisterEvents.h"
#include "services/Session.h"
#include "services/quality/CalibrationService.h"
#include "services/quality/ScorecardService.h"

#include <QCheckBox>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tallenne {

namespace {
enum ListColumn
{
    ListNumber,
    ListTarget,
    ListScorecard,
    ListCreatedBy,
    ListReviewers,
    ListState,
    ListColumnCount
};

constexpr int IdRole = Qt::UserRole;
/// The spread cell's value (a double, or invalid for none), for tests and screen readers.
constexpr int SpreadRole = Qt::UserRole + 1;
constexpr int OpenRole = Qt::UserRole + 2;
constexpr int SubmittedRole = Qt::UserRole + 3;

QTableWidget* makeTable(int columns, const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    return table;
}

/// Points and spreads as people read them: whole numbers whole, else one decimal.
QString number(double value)
{
    const QLocale locale;
    return qFuzzyCompare(value + 1, std::round(value) + 1) ? locale.toString(qRound(value))
                                                           : locale.toString(value, 'f', 1);
}

QString targetText(const Interaction& target)
{
    return target.isCall() ? CalibrationPanel::tr("Call %1").arg(target.id)
                           : CalibrationPanel::tr("Chat %1").arg(target.id);
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}
} // namespace

CalibrationPanel::CalibrationPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session),
      m_canEvaluate(Permissions::allows(session.roles(), Permission::Evaluate))
{
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    m_listLabel = new QLabel(this);
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newCalibrationButton"));
    m_scoreButton = new QPushButton(this);
    m_scoreButton->setObjectName(QStringLiteral("scoreCalibrationButton"));
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeCalibrationButton"));
    buttons->addWidget(m_listLabel);
    buttons->addStretch();
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_scoreButton);
    buttons->addWidget(m_closeButton);
    for (QPushButton* b : {m_newButton, m_scoreButton, m_closeButton})
        b->setVisible(m_canEvaluate);
    layout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("calibrationSplitter"));
    splitter->setChildrenCollapsible(false);
    m_list = makeTable(ListColumnCount, QStringLiteral("calibrationsTable"), splitter);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_listLabel->setBuddy(m_list);
    auto* resultPane = new QWidget(splitter);
    auto* resultLayout = new QVBoxLayout(resultPane);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(resultPane);
    m_summary->setObjectName(QStringLiteral("calibrationSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLayout->addWidget(m_summary);
    m_scorecardOrder = new QCheckBox(resultPane);
    m_scorecardOrder->setObjectName(QStringLiteral("scorecardOrderCheckBox"));
    resultLayout->addWidget(m_scorecardOrder);
    m_spreads = makeTable(0, QStringLiteral("calibrationSpreadTable"), resultPane);
    m_spreads->setSelectionMode(QAbstractItemView::NoSelection);
    m_spreads->setFocusPolicy(Qt::StrongFocus);
    resultLayout->addWidget(m_spreads, 1);
    m_totals = new QLabel(resultPane);
    m_totals->setObjectName(QStringLiteral("calibrationTotalsLabel"));
    m_totals->setWordWrap(true);
    resultLayout->addWidget(m_totals);
    m_status = new StatusLabel(resultPane);
    m_status->setObjectName(QStringLiteral("calibrationStatusLabel"));
    resultLayout->addWidget(m_status);
    splitter->addWidget(m_list);
    splitter->addWidget(resultPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    EmptyState::install(m_list, [this] {
        return m_canEvaluate ? tr("No calibrations yet. Start one with New calibration.")
                             : tr("No calibrations yet. Quality managers start them.");
    });

    connect(m_newButton, &QPushButton::clicked, this, [this] { newCalibration(); });
    connect(m_scoreButton, &QPushButton::clicked, this, &CalibrationPanel::scoreSelected);
    connect(m_closeButton, &QPushButton::clicked, this, &CalibrationPanel::closeSelected);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        m_status->forget();
        showResult();
    });
    connect(m_list, &QTableWidget::activated, this, [this] {
        if (m_canEvaluate && m_scoreButton->isEnabled())
            scoreSelected();
    });
    connect(m_scorecardOrder, &QCheckBox::toggled, this, &CalibrationPanel::showResult);
    connect(&m_session.events(), &RegisterEvents::changed, this, [this](Changes changes) {
        if (changes & (Change::Quality | Change::Subjects))
            reload();
    });
    retranslate();
    reload();
}

CalibrationPanel::~CalibrationPanel() = default;

void CalibrationPanel::retranslate()
{
    m_listLabel->setText(tr("Ca&librations:"));
    m_newButton->setText(tr("Ne&w calibration…"));
    m_scoreButton->setText(tr("&Score it"));
    m_scoreButton->setToolTip(tr("Opens your own evaluation in the selected calibration on the "
                                 "Evaluate tab (also Enter or a double click)."));
    m_closeButton->setText(tr("&Close calibration…"));
    m_closeButton->setToolTip(tr("Closes the calibration once two reviewers or more have "
                                 "submitted: no more answers, and everyone sees them."));
    m_scorecardOrder->setText(tr("In scorecard o&rder (else the widest spread first)"));
    m_list->setHorizontalHeaderLabels({tr("No."), tr("Call or chat"), tr("Scorecard"),
                                       tr("Started by"), tr("Submitted"), tr("State")});
    m_list->setAccessibleName(tr("Calibrations"));
    m_spreads->setAccessibleName(tr("Points per criterion and reviewer"));
}

void CalibrationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

qint64 CalibrationPanel::selectedId() const
{
    return TableRows::selectedId(m_list, 0, IdRole);
}

void CalibrationPanel::selectCalibration(qint64 id)
{
    if (const int row = TableRows::rowOf(m_list, 0, IdRole, id); row >= 0)
        m_list->selectRow(row);
}

void CalibrationPanel::reload()
{
    const qint64 selected = selectedId();
    Error error;
    const auto list = CalibrationService(m_session).list(&error);
    {
        const QSignalBlocker blocker(m_list);
        m_list->setRowCount(0);
        if (!list) {
            m_status->sayAsIs(error.message, true);
            emit errorOccurred(error.message);
            return;
        }
        const QLocale locale;
        for (const CalibrationRecord& c : *list) {
            const int row = m_list->rowCount();
            m_list->insertRow(row);
            auto* number = cell(locale.toString(c.id), Qt::AlignRight);
            number->setData(IdRole, c.id);
            number->setData(OpenRole, !c.closedAt.has_value());
            number->setData(SubmittedRole, c.submitted);
            m_list->setItem(row, ListNumber, number);
            m_list->setItem(row, ListTarget, cell(targetText(c.target)));
            m_list->setItem(
                row, ListScorecard,
                cell(tr("%1 (version %2)").arg(c.scorecardName).arg(c.scorecardVersion)));
            m_list->setItem(
                row, ListCreatedBy,
                cell(tr("%1, %2").arg(c.createdBy, locale.toString(c.createdAt.toLocalTime(),
                                                                   QLocale::ShortFormat))));
            m_list->setItem(row, ListReviewers,
                            cell(tr("%1 of %2 reviewers").arg(c.submitted).arg(c.reviewers)));
            m_list->setItem(row, ListState,
                            cell(c.closedAt ? tr("closed %1")
                                                  .arg(locale.toString(c.closedAt->toLocalTime(),
                                                                       QLocale::ShortFormat))
                                            : tr("open")));
        }
        m_list->resizeColumnsToContents();
        selectCalibration(selected);
    }
    for (EmptyState* e : m_list->findChildren<EmptyState*>())
        e->update();
    showResult();
}

void CalibrationPanel::showResult()
{
    m_spreads->clear();
    m_spreads->setRowCount(0);
    m_spreads->setColumnCount(0);
    // Shown again by showSpreads() for a closed calibration; hidden only when it is not one, so
    // the order toggle keeps the focus while the table is made again.
    const auto hideSpreads = [this] {
        m_spreads->hide();
        m_scorecardOrder->hide();
    };
    m_totals->clear();
    m_summary->clear();
    updateButtons();
    const qint64 id = selectedId();
    if (id == 0) {
        hideSpreads();
        m_summary->setText(m_list->rowCount() > 0
                               ? tr("Select a calibration to see who has scored it and, once it "
                                    "is closed, where the reviewers differ.")
                               : QString());
        return;
    }
    Error error;
    const auto result = CalibrationService(m_session).result(id, &error);
    if (!result) {
        hideSpreads();
        m_status->sayAsIs(error.message, true);
        return;
    }
    const CalibrationRecord& c = result->calibration;
    QStringList submitted;
    QStringList drafts;
    for (const CalibrationReviewer& r : result->reviewers)
        (r.submitted ? submitted : drafts) << r.evaluator;
    QString text = tr("Calibration %1: %2 on the scorecard \"%3\" (version %4).")
                       .arg(c.id)
                       .arg(targetText(c.target), c.scorecardName)
                       .arg(c.scorecardVersion);
    if (!result->answersVisible) {
        text += QLatin1Char(' ') + tr("Open, %n submitted", nullptr, c.submitted) +
                (submitted.isEmpty() ? QStringLiteral(".")
                                     : QStringLiteral(": ") + submitted.join(QStringLiteral(", ")) +
                                           QLatin1Char('.'));
        const int unsubmitted = c.reviewers - c.submitted;
        if (unsubmitted > 0)
            text += QLatin1Char(' ') + tr("%n reviewer(s) still scoring.", nullptr, unsubmitted);
        text += QLatin1Char(' ') +
                (c.submitted >= 2
                     ? tr("The answers are shown to everyone when the calibration is closed.")
                     : tr("It can be closed once two reviewers have submitted; then the answers "
                          "are shown to everyone."));
        m_summary->setText(text);
        hideSpreads();
        return;
    }
    const QLocale locale;
    text += QLatin1Char(' ') +
            tr("Closed by %1 on %2, %n submitted.", nullptr, int(submitted.size()))
                .arg(c.closedBy, locale.toString(c.closedAt->toLocalTime(), QLocale::ShortFormat));
    m_summary->setText(text);
    showSpreads(*result);
}

void CalibrationPanel::showSpreads(const CalibrationResult& result)
{
    QList<const CalibrationReviewer*> reviewers;
    for (const CalibrationReviewer& r : result.reviewers) {
        if (r.submitted)
            reviewers << &r;
    }
    QList<const CriterionSpread*> rows;
    for (const CriterionSpread& s : result.criteria)
        rows << &s;
    if (!m_scorecardOrder->isChecked()) {
        // Widest first; a criterion some found not applicable and others answered comes
        // before an equal spread without that. Otherwise scorecard order.
        std::stable_sort(rows.begin(), rows.end(),
                         [](const CriterionSpread* a, const CriterionSpread* b) {
                             const double sa = a->spread.value_or(0);
                             const double sb = b->spread.value_or(0);
                             if (sa != sb)
                                 return sa > sb;
                             return a->mixedApplicability && !b->mixedApplicability;
                         });
    }
    const int spreadColumn = int(reviewers.size()) + 1;
    m_spreads->setColumnCount(spreadColumn + 1);
    QStringList headers{tr("Criterion")};
    for (const CalibrationReviewer* r : std::as_const(reviewers))
        headers << r->evaluator;
    headers << tr("Spread");
    m_spreads->setHorizontalHeaderLabels(headers);
    m_spreads->horizontalHeaderItem(spreadColumn)
        ->setToolTip(tr("Largest minus smallest share of the criterion's points, in percentage "
                        "points: 0 is full agreement, 100 the widest difference."));
    const auto spreadCell = [](std::optional<double> spread, bool mixed) {
        QString text = spread ? number(*spread) : QString();
        if (mixed)
            text = text.isEmpty() ? tr("N/A mixed") : tr("%1, N/A mixed").arg(text);
        auto* item = cell(text, Qt::AlignRight);
        if (spread)
            item->setData(SpreadRole, *spread);
        // From no colour at 0 to a strong one at 100, so the eye finds the differences.
        const int alpha = qRound(std::clamp(spread.value_or(0), 0.0, 100.0) * 2.2);
        if (alpha > 0 || mixed)
            item->setBackground(QColor(239, 108, 0, std::max(alpha, mixed ? 60 : 0)));
        if (mixed) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
            item->setToolTip(tr("Some reviewers found this criterion not applicable and others "
                                "answered it."));
        }
        return item;
    };
    for (const CriterionSpread* s : std::as_const(rows)) {
        const int row = m_spreads->rowCount();
        m_spreads->insertRow(row);
        auto* title = cell(s->title);
        title->setToolTip(s->section.isEmpty() ? s->title
                                               : s->section + QStringLiteral(" › ") + s->title);
        m_spreads->setItem(row, 0, title);
        for (int i = 0; i < reviewers.size(); ++i) {
            const std::optional<double> p = s->points.value(i);
            m_spreads->setItem(row, i + 1, cell(p ? number(*p) : tr("N/A"), Qt::AlignRight));
        }
        m_spreads->setItem(row, spreadColumn, spreadCell(s->spread, s->mixedApplicability));
    }
    // The total scores as the last row, their spread in the spread column.
    const int total = m_spreads->rowCount();
    m_spreads->insertRow(total);
    auto* totalTitle = cell(tr("Total score"));
    QFont bold = totalTitle->font();
    bold.setBold(true);
    totalTitle->setFont(bold);
    m_spreads->setItem(total, 0, totalTitle);
    QStringList scores;
    for (int i = 0; i < reviewers.size(); ++i) {
        const auto score = reviewers.at(i)->score;
        auto* item = cell(score ? tr("%1 %").arg(number(*score)) : QString(), Qt::AlignRight);
        item->setFont(bold);
        m_spreads->setItem(total, i + 1, item);
        if (score)
            scores << tr("%1 %2 %").arg(reviewers.at(i)->evaluator, number(*score));
    }
    auto* totalSpread = spreadCell(result.scoreSpread, false);
    totalSpread->setFont(bold);
    m_spreads->setItem(total, spreadColumn, totalSpread);
    m_spreads->resizeColumnsToContents();
    m_spreads->horizontalHeader()->setStretchLastSection(false);
    m_spreads->show();
    m_scorecardOrder->show();
    QString totals = tr("Total scores: %1.").arg(scores.join(QStringLiteral(", ")));
    if (result.scoreSpread)
        totals += QLatin1Char(' ') +
                  tr("They lie %1 percentage points apart.").arg(number(*result.scoreSpread));
    m_totals->setText(totals);
}

void CalibrationPanel::updateButtons()
{
    const int row = TableRows::selected(m_list);
    const QTableWidgetItem* item = row >= 0 ? m_list->item(row, ListNumber) : nullptr;
    const bool open = item && item->data(OpenRole).toBool();
    m_scoreButton->setEnabled(open);
    // Closing needs two submitted evaluations (CalibrationService::close): the button waits.
    m_closeButton->setEnabled(open && item->data(SubmittedRole).toInt() >= 2);
}

bool CalibrationPanel::newCalibration(const Interaction& preset)
{
    Error error;
    const auto cards = ScorecardService(m_session).list(&error);
    if (!cards) {
        m_status->sayAsIs(error.message, true);
        return false;
    }
    const Interaction offered = preset.isValid() || !m_presetSource ? preset : m_presetSource();
    ScopedDialog<NewCalibrationDialog> dialog(*cards, offered, this);
    const QPointer<CalibrationPanel> self(this);
    for (;;) {
        const int result = dialog.exec();
        if (!self || !dialog || LockGate::instance().lockPending() || result != QDialog::Accepted)
            return false;
        const auto id =
            CalibrationService(m_session).create(dialog->target(), dialog->scorecardId(), &error);
        if (id) {
            const QString what = targetText(dialog->target());
            reload();
            selectCalibration(*id);
            m_list->setFocus();
            m_status->say([what] { return tr("Calibration of %1 started.").arg(what); });
            return true;
        }
        dialog->showProblem(error.message);
    }
}

bool CalibrationPanel::scoreSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return false;
    Error error;
    const auto evaluation = CalibrationService(m_session).join(id, &error);
    if (!evaluation) {
        m_status->sayAsIs(error.message, true);
        return false;
    }
    emit openEvaluationRequested(*evaluation);
    return true;
}

bool CalibrationPanel::closeSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return false;
    // Closing shows everyone's answers and ends the answering: not undone, so asked first.
    const QPointer<CalibrationPanel> self(this);
    const auto answer = QMessageBox::question(
        this, tr("Close the calibration"),
        tr("Close calibration %1? Every reviewer's answers are shown to all, and no one can "
           "answer or change them any more. This cannot be undone.")
            .arg(id),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (!self || LockGate::instance().lockPending() || answer != QMessageBox::Yes)
        return false;
    Error error;
    if (!CalibrationService(m_session).close(id, &error)) {
        m_status->sayAsIs(error.message, true);
        return false;
    }
    m_status->say([] { return tr("Calibration closed: the answers are shown below."); });
    reload();
    selectCalibration(id);
    return true;
}

} // namespace tallenne
