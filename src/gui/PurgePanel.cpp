#include "gui/PurgePanel.h"

#include "services/Session.h"
#include "services/retention/CompactionService.h"
#include "services/retention/PurgeService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tallenne {

namespace {
QString categoryName(const PurgeCategory& category)
{
    switch (category.kind) {
    case RetentionPolicy::Kind::Recordings:
        return PurgePanel::tr("Recordings");
    case RetentionPolicy::Kind::CallMetadata:
        return PurgePanel::tr("Call details");
    case RetentionPolicy::Kind::ChatTranscripts:
        return PurgePanel::tr("Chat transcripts");
    case RetentionPolicy::Kind::EvaluationsAndTags:
        // One period, two rows, named as the notice names the category ("Quality evaluations
        // and tags on recordings").
        return category.evaluations ? PurgePanel::tr("Quality evaluations")
                                    : PurgePanel::tr("Tags on recordings");
    case RetentionPolicy::Kind::AccessRequests:
        return PurgePanel::tr("Access-request records");
    case RetentionPolicy::Kind::AuditTrail:
        return PurgePanel::tr("Audit trail");
    }
    return {};
}
} // namespace

PurgePanel::PurgePanel(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("purgeSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("purgePreviewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The numbers take what they need; the reason gets the rest of the width and wraps, rows
    // as tall as it needs (and the whole text as a tooltip).
    m_table->setWordWrap(true);
    for (int column = 0; column < 4; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("purgeProgressBar"));
    m_progress->hide();
    layout->addWidget(m_progress);
    auto* buttons = new QHBoxLayout;
    m_previewButton = new QPushButton(this);
    m_previewButton->setObjectName(QStringLiteral("purgePreviewButton"));
    m_purgeButton = new QPushButton(this);
    m_purgeButton->setObjectName(QStringLiteral("purgeNowButton"));
    buttons->addStretch();
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_purgeButton);
    layout->addLayout(buttons);
    connect(m_previewButton, &QPushButton::clicked, this, &PurgePanel::refresh);
    connect(m_purgeButton, &QPushButton::clicked, this, &PurgePanel::startPurge);
    retranslate();
    // The preview is read when the tab is shown (showEvent()), not for every page built.
}

PurgePanel::~PurgePanel() = default;

void PurgePanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!isPurging() && !m_previewShown) {
        m_previewShown = true;
        refresh();
    }
}

void PurgePanel::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Category"), tr("Would be deleted"),
                                        tr("Kept: legal hold"), tr("Kept: restriction"),
                                        tr("Why kept or not purged")});
    m_table->setAccessibleName(tr("Purge preview"));
    m_previewButton->setText(tr("&Preview again"));
    m_purgeButton->setText(tr("P&urge now"));
}

void PurgePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!isPurging())
            refresh();
    }
    QWidget::changeEvent(event);
}

QString PurgePanel::statusText() const
{
    return m_summary->text();
}

void PurgePanel::show(const PurgeReport& report)
{
    // Nothing offered that would be refused (a trial found "Purge now" enabled beside it).
    m_purgeButton->setEnabled(report.refusal.isEmpty() && !isPurging());
    m_table->setRowCount(0);
    if (report.noProfile) {
        m_summary->setText(tr("No register profile has been set: there are no retention "
                              "periods, and nothing is purged."));
        return;
    }
    for (const PurgeCategory& c : report.categories) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(categoryName(c)));
        const bool purged = c.applicable && c.cutoff.isValid();
        m_table->setItem(
            row, 1, new QTableWidgetItem(purged ? QString::number(c.purged) : QStringLiteral("–")));
        m_table->setItem(row, 2, new QTableWidgetItem(QString::number(c.held)));
        m_table->setItem(row, 3, new QTableWidgetItem(QString::number(c.restricted)));
        QStringList why;
        if (!c.note.isEmpty())
            why << c.note;
        else if (!c.cutoff.isValid())
            why << tr("No fixed period: kept as long as the profile's criterion says.");
        if (c.held > 0)
            why << tr("Legal holds keep %1.").arg(c.held);
        if (c.restricted > 0)
            why << tr("%1 under restriction of processing: the privacy officer lifts the "
                      "restriction first.")
                       .arg(c.restricted);
        if (c.calibrations > 0)
            why << tr("With them, %n calibration(s) left without evaluations.", nullptr,
                      int(std::min<qint64>(c.calibrations, INT_MAX)));
        auto* reason = new QTableWidgetItem(why.join(QLatin1Char(' ')));
        reason->setToolTip(reason->text());
        m_table->setItem(row, 4, reason);
    }
    if (report.subjectsPurged > 0 || report.subjectsKept > 0) {
        // People the register holds nothing else of: they go with their identifiers.
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(tr("Data subjects without calls or chats")));
        m_table->setItem(row, 1, new QTableWidgetItem(QString::number(report.subjectsPurged)));
        m_table->setItem(row, 2, new QTableWidgetItem(QStringLiteral("–")));
        m_table->setItem(row, 3, new QTableWidgetItem(QStringLiteral("–")));
        auto* reason = new QTableWidgetItem(
            report.subjectsKept > 0 ? tr("%1 kept under a legal hold or restriction of processing.")
                                          .arg(report.subjectsKept)
                                    : tr("Their identifiers go with them."));
        reason->setToolTip(reason->text());
        m_table->setItem(row, 4, reason);
    }
    QString summary =
        tr("%Ln item(s) past their retention period would be deleted now.", nullptr,
           int(std::min<qint64>(report.totalPurged() + report.subjectsPurged, INT_MAX)));
    if (report.holdsLifted > 0)
        summary += QLatin1Char(' ') + tr("%n legal hold(s) have ended and would be lifted.",
                                         nullptr, report.holdsLifted);
    summary += QLatin1Char(' ') + compactionText();
    // On a register that failed its checks at open, "Purge now" would be refused: said first.
    if (!report.refusal.isEmpty())
        summary = report.refusal + QLatin1Char(' ') + summary;
    m_summary->setText(summary);
}

QString PurgePanel::compactionText()
{
    Error error;
    const auto status = CompactionService(m_session).status(&error);
    if (!status)
        return {};
    const QString free = QLocale().formattedDataSize(status->freePages * status->pageSize);
    const QString when = status->compactedAt.isValid()
                             ? tr("The register file was last compacted on %1.")
                                   .arg(QLocale().toString(status->compactedAt.toLocalTime().date(),
                                                           QLocale::ShortFormat))
                             : tr("The register file has not been compacted yet.");
    return when + QLatin1Char(' ') +
           (status->due ? tr("%1 of deleted rows (already overwritten) will be given back by "
                             "the next purge from the command line or the daily timer.")
                              .arg(free)
            : status->freePages == 0 ? tr("No space is free in it.")
                                     : tr("%1 free in it.").arg(free));
}

void PurgePanel::refresh()
{
    if (isPurging())
        return;
    Error error;
    const auto report = PurgeService(m_session).preview(&error);
    if (!report) {
        m_table->setRowCount(0);
        m_summary->setText(error.message);
        return;
    }
    show(*report);
}

bool PurgePanel::startPurge()
{
    if (isPurging())
        return false;
    m_service = std::make_unique<PurgeService>(m_session);
    Error error;
    if (!m_service->begin(&error)) {
        m_service.reset();
        // A refusal says itself that the purge did not run, and why: no prefix repeating it.
        // The status bar gets one whole short sentence; this tab's label (wrapped) the reason.
        if (error.kind == ErrorKind::RefusedByRule) {
            m_summary->setText(error.message);
            emit purgeFinished(tr("The purge did not run: the register failed its checks at "
                                  "login. The Purge tab says why."),
                               true);
        } else {
            m_summary->setText(tr("The purge could not start: %1").arg(error.message));
            emit purgeFinished(m_summary->text(), true);
        }
        return false;
    }
    m_purgeButton->setEnabled(false);
    m_previewButton->setEnabled(false);
    m_progress->setRange(0, int(std::min<qint64>(m_service->total(), INT_MAX)));
    m_progress->setValue(0);
    m_progress->setVisible(m_service->total() > 0);
    m_summary->setText(tr("Purging what is past its retention period…"));
    QTimer::singleShot(0, this, &PurgePanel::nextBatch);
    return true;
}

void PurgePanel::stop(const QString& message, bool noteworthy)
{
    m_service.reset();
    m_progress->hide();
    m_purgeButton->setEnabled(true);
    m_previewButton->setEnabled(true);
    m_summary->setText(message);
    emit purgeFinished(message, noteworthy);
}

void PurgePanel::nextBatch()
{
    if (!m_service)
        return;
    if (!m_session.isOpen()) {
        m_service.reset();
        return;
    }
    Error error;
    const auto finished = m_service->step(&error);
    if (!finished) {
        stop(tr("The purge stopped: %1 What was deleted stays deleted; the next purge "
                "finishes the rest.")
                 .arg(error.message));
        return;
    }
    m_progress->setValue(int(std::min<qint64>(m_service->done(), INT_MAX)));
    emit progress(m_service->done(), m_service->total());
    if (!*finished) {
        QTimer::singleShot(0, this, &PurgePanel::nextBatch);
        return;
    }
    const auto report = m_service->finish(&error);
    if (!report) {
        stop(tr("The purge stopped: %1").arg(error.message));
        return;
    }
    const qint64 total = report->totalPurged() + report->subjectsPurged;
    QString message =
        report->noProfile ? tr("No register profile has been set: nothing was purged.")
        : total == 0      ? tr("Purge done: nothing was past its retention period.")
                     : tr("Purge done: %Ln item(s) past their retention period deleted.", nullptr,
                          int(std::min<qint64>(total, INT_MAX)));
    if (report->holdsLifted > 0)
        message +=
            QLatin1Char(' ') + tr("%n ended legal hold(s) lifted.", nullptr, report->holdsLifted);
    m_service.reset();
    Error previewError;
    if (const auto preview = PurgeService(m_session).preview(&previewError))
        show(*preview);
    stop(message, total > 0 || report->holdsLifted > 0);
}

} // namespace tallenne
