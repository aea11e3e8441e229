#include "gui/HoldsPanel.h"

#include "core/LocalCalendar.h"
#include "gui/DateFields.h"
#include "gui/HoldDialog.h"
#include "gui/LockGate.h"
#include "gui/StatusLabel.h"
#include "gui/TableRows.h"
#include "services/ProfileService.h"
#include "services/Session.h"
#include "services/retention/HoldService.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tallenne {

namespace {
enum Column
{
    IdColumn,
    ScopeColumn,
    ReasonColumn,
    CaseColumn,
    UntilColumn,
    PlacedColumn,
    StateColumn,
    ColumnCount
};
} // namespace

HoldsPanel::HoldsPanel(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("holdsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_status = new StatusLabel(this);
    m_status->setObjectName(QStringLiteral("holdsStatusLabel"));
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    m_showReleased = new QCheckBox(this);
    m_showReleased->setObjectName(QStringLiteral("showReleasedCheckBox"));
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addHoldButton"));
    m_releaseButton = new QPushButton(this);
    m_releaseButton->setObjectName(QStringLiteral("releaseHoldButton"));
    buttons->addWidget(m_showReleased);
    buttons->addStretch();
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_releaseButton);
    layout->addLayout(buttons);
    connect(m_showReleased, &QCheckBox::toggled, this, &HoldsPanel::refresh);
    connect(m_addButton, &QPushButton::clicked, this, &HoldsPanel::addHold);
    connect(m_releaseButton, &QPushButton::clicked, this, &HoldsPanel::releaseSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = TableRows::selected(m_table);
        m_releaseButton->setEnabled(row >= 0 &&
                                    m_table->item(row, IdColumn)->data(Qt::UserRole).toBool());
    });
    retranslate();
    refresh();
}

void HoldsPanel::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Hold"), tr("Covers"), tr("Reason"), tr("Case"),
                                        tr("Last day"), tr("Placed by"), tr("State")});
    m_table->setAccessibleName(tr("Legal holds"));
    m_showReleased->setText(tr("Show &released holds"));
    m_addButton->setText(tr("&Place hold…"));
    m_releaseButton->setText(tr("Rel&ease…"));
}

void HoldsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

QString HoldsPanel::statusText() const
{
    return m_status->text();
}

void HoldsPanel::refresh()
{
    Error error;
    const auto holds = HoldService(m_session).list(m_showReleased->isChecked(), &error);
    m_table->setRowCount(0);
    m_releaseButton->setEnabled(false);
    if (!holds) {
        m_status->sayAsIs(error.message);
        return;
    }
    Error ignored;
    const auto policy = ProfileService(m_session).retentionPolicy(&ignored);
    const QTimeZone zone = policy ? policy->timeZone() : LocalCalendar::defaultZone();
    const QDateTime now = m_session.clock().nowUtc();
    const QLocale locale;
    for (const HoldRecord& h : *holds) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* id = new QTableWidgetItem(QString::number(h.id));
        id->setData(Qt::UserRole, !h.isReleased());
        id->setData(Qt::UserRole + 1, h.id);
        m_table->setItem(row, IdColumn, id);
        m_table->setItem(row, ScopeColumn, new QTableWidgetItem(HoldService::describeScope(h)));
        m_table->setItem(row, ReasonColumn,
                         new QTableWidgetItem(RetentionPolicy::holdReasonName(h.reason)));
        m_table->setItem(row, CaseColumn, new QTableWidgetItem(h.caseRef));
        m_table->setItem(
            row, UntilColumn,
            new QTableWidgetItem(DateFields::text(HoldService::lastDay(h.until, zone))));
        m_table->setItem(
            row, PlacedColumn,
            new QTableWidgetItem(tr("%1, %2").arg(
                h.placedBy, locale.toString(h.placedAt.toLocalTime(), QLocale::ShortFormat))));
        QString state;
        if (h.isReleased())
            state =
                h.releasedBy == QLatin1String("-")
                    ? tr("ended %1")
                          .arg(locale.toString(h.releasedAt.toLocalTime(), QLocale::ShortFormat))
                    : tr("released by %1, %2")
                          .arg(h.releasedBy,
                               locale.toString(h.releasedAt.toLocalTime(), QLocale::ShortFormat));
        else
            state = h.inForce(now) ? tr("in force") : tr("ended, lifted at the next purge");
        if (!h.releaseNote.isEmpty() && h.releasedBy != QLatin1String("-"))
            state += QStringLiteral(": ") + h.releaseNote;
        m_table->setItem(row, StateColumn, new QTableWidgetItem(state));
    }
    m_table->resizeColumnsToContents();
    const QString none = tr("No legal holds in force.");
    if (holds->isEmpty())
        m_status->say([] { return tr("No legal holds in force."); });
    else if (m_status->text() == none)
        m_status->forget();
}

bool HoldsPanel::addHold()
{
    Error error;
    const auto policy = ProfileService(m_session).retentionPolicy(&error);
    if (!policy || !policy->allowsHolds()) {
        if (error.isError())
            m_status->sayAsIs(error.message);
        else
            m_status->say([hasPolicy = bool(policy)] {
                return hasPolicy ? tr("The register profile allows no legal holds.")
                                 : tr("No register profile has been set: it names the reasons a "
                                      "legal hold may be placed for.");
            });
        return false;
    }
    const QDateTime now = m_session.clock().nowUtc();
    const QDate today = now.toTimeZone(policy->timeZone()).date();
    const auto limit = policy->holdLimit(now);
    const QDate latest = limit ? HoldService::lastDay(*limit, policy->timeZone()) : QDate();
    HoldDialog dialog(policy->holdReasons(), today, latest, this);
    const QPointer<HoldsPanel> self(this);
    for (;;) {
        const int result = LockGate::run([&dialog] { return dialog.exec(); });
        if (!self || LockGate::instance().lockPending() || result != QDialog::Accepted)
            return false;
        const auto id = HoldService(m_session).add(dialog.request(), &error);
        if (id) {
            m_status->say([id = *id] { return tr("Legal hold %1 placed.").arg(id); });
            refresh();
            emit holdsChanged();
            return true;
        }
        dialog.showProblem(error.message);
    }
}

bool HoldsPanel::releaseSelected()
{
    const int row = TableRows::selected(m_table);
    if (row < 0)
        return false;
    const qint64 id = m_table->item(row, IdColumn)->data(Qt::UserRole + 1).toLongLong();
    // The dialog names the hold it releases, as the table shows it.
    const QString what =
        tr("Legal hold %1 covers %2 (case %3, %4), last day %5.")
            .arg(id)
            .arg(m_table->item(row, ScopeColumn)->text(), m_table->item(row, CaseColumn)->text(),
                 m_table->item(row, ReasonColumn)->text(), m_table->item(row, UntilColumn)->text());
    const QPointer<HoldsPanel> self(this);
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("releaseHoldDialog"));
    dialog.setWindowTitle(tr("Release legal hold %1").arg(id));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setLabelText(what + QStringLiteral("\n\n") +
                        tr("Why is the hold released (optional; kept with the hold and in the "
                           "audit trail):"));
    dialog.setOkButtonText(tr("&Release"));
    if (auto* line = dialog.findChild<QLineEdit*>())
        line->setMaxLength(HoldService::maxNoteLength);
    const int result = LockGate::run([&dialog] { return dialog.exec(); });
    if (!self || LockGate::instance().lockPending() || result != QDialog::Accepted)
        return false;
    const QString note = dialog.textValue();
    Error error;
    if (!HoldService(m_session).release(id, note, &error)) {
        m_status->sayAsIs(error.message);
        return false;
    }
    m_status->say([id] { return tr("Legal hold %1 released.").arg(id); });
    refresh();
    emit holdsChanged();
    return true;
}

} // namespace tallenne
