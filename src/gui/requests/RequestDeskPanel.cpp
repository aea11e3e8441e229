#include "gui/requests/RequestDeskPanel.h"

#include "gui/DateFields.h"
#include "gui/EmptyState.h"
#include "gui/LockGate.h"
#include "gui/TableRows.h"
#include "gui/requests/NewRequestDialog.h"
#include "gui/requests/RequestDetailPanel.h"
#include "services/Session.h"
#include "services/requests/AccessRequestService.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tallenne {

namespace {
enum Column
{
    IdColumn,
    KindColumn,
    PersonColumn,
    ReceivedColumn,
    DueColumn,
    StateColumn,
    ColumnCount
};
} // namespace

RequestDeskPanel::RequestDeskPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("requestDeskSplitter"));
    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_newButton = new QPushButton(left);
    m_newButton->setObjectName(QStringLiteral("newRequestButton"));
    m_showClosed = new QCheckBox(left);
    m_showClosed->setObjectName(QStringLiteral("showClosedRequestsCheckBox"));
    top->addWidget(m_newButton);
    top->addStretch();
    top->addWidget(m_showClosed);
    leftLayout->addLayout(top);
    m_table = new QTableWidget(0, ColumnCount, left);
    m_table->setObjectName(QStringLiteral("requestsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    leftLayout->addWidget(m_table, 1);
    m_summary = new QLabel(left);
    m_summary->setObjectName(QStringLiteral("requestsSummaryLabel"));
    m_summary->setWordWrap(true);
    leftLayout->addWidget(m_summary);
    m_detail = new RequestDetailPanel(session, m_splitter);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    layout->addWidget(m_splitter);

    EmptyState::install(m_table, [this] {
        return m_showClosed->isChecked()
                   ? tr("No requests yet. When a person asks for their data, open a request "
                        "with New request (Ctrl+N).")
                   : tr("No open requests. Open one with New request (Ctrl+N); closed requests "
                        "are shown with \"Show closed\".");
    });
    connect(m_newButton, &QPushButton::clicked, this, &RequestDeskPanel::newRequest);
    // Anywhere in the window while the desk is shown (the section list may hold the focus).
    auto* shortcut = new QShortcut(QKeySequence::New, this);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] {
        if (isVisible())
            newRequest();
    });
    connect(m_showClosed, &QCheckBox::toggled, this, &RequestDeskPanel::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RequestDeskPanel::showSelected);
    connect(m_detail, &RequestDetailPanel::errorOccurred, this, &RequestDeskPanel::errorOccurred);
    connect(m_detail, &RequestDetailPanel::requestChanged, this, [this](qint64 id) {
        refresh();
        selectRequest(id);
    });
    retranslate();
    refresh();
}

void RequestDeskPanel::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Right"), tr("Person"), tr("Received"), tr("Due"), tr("State")});
    m_table->setAccessibleName(tr("Requests"));
    m_newButton->setText(tr("&New request…"));
    m_newButton->setToolTip(tr("Open a request for the person at the counter (Ctrl+N)"));
    m_showClosed->setText(tr("Sho&w closed"));
}

void RequestDeskPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void RequestDeskPanel::refresh()
{
    const qint64 selected = m_detail->requestId();
    Error error;
    const auto requests = AccessRequestService(m_session).list(!m_showClosed->isChecked(), &error);
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    if (!requests) {
        m_summary->setText(error.message);
        return;
    }
    int overdue = 0, soon = 0;
    for (const AccessRequestView& v : *requests) {
        const AccessRequestRecord& r = v.record;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* id = new QTableWidgetItem(QString::number(r.id));
        id->setData(Qt::UserRole, r.id);
        m_table->setItem(row, IdColumn, id);
        m_table->setItem(row, KindColumn,
                         new QTableWidgetItem(AccessRequestTerms::kindShortName(r.kind)));
        m_table->setItem(row, PersonColumn, new QTableWidgetItem(v.identifier));
        m_table->setItem(row, ReceivedColumn,
                         new QTableWidgetItem(DateFields::text(r.receivedAt.toLocalTime().date())));
        m_table->setItem(row, DueColumn, new QTableWidgetItem(DateFields::text(v.due)));
        QString state = AccessRequestTerms::statusName(r.status);
        if (v.overdue) {
            state = tr("Overdue · %1").arg(state);
            ++overdue;
        } else if (v.dueSoon) {
            state = tr("Due this week · %1").arg(state);
            ++soon;
        }
        if (r.possiblyRepetitive)
            state += tr(" · possibly repetitive");
        m_table->setItem(row, StateColumn, new QTableWidgetItem(state));
        const QColor text = v.overdue   ? QColor(0xb0, 0x00, 0x20)
                            : v.dueSoon ? QColor(0x8a, 0x4b, 0x00)
                                        : QColor();
        if (text.isValid())
            for (int c = 0; c < ColumnCount; ++c) {
                m_table->item(row, c)->setForeground(text);
                QFont f = m_table->item(row, c)->font();
                f.setBold(true);
                m_table->item(row, c)->setFont(f);
            }
    }
    m_table->resizeColumnsToContents();
    QStringList summary;
    summary << tr("%n request(s) shown.", nullptr, int(requests->size()));
    if (overdue > 0)
        summary << tr("%n overdue.", nullptr, overdue);
    if (soon > 0)
        summary << tr("%n due this week.", nullptr, soon);
    m_summary->setText(summary.join(QLatin1Char(' ')));
    if (auto* empty = m_table->findChild<EmptyState*>())
        empty->update();
    if (selected > 0 && !selectRequest(selected))
        m_detail->showRequest(selected); // closed and hidden: still shown until another is chosen
}

bool RequestDeskPanel::selectRequest(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, IdColumn)->data(Qt::UserRole).toLongLong() != id)
            continue;
        const QSignalBlocker block(m_table);
        m_table->selectRow(row);
        m_table->scrollToItem(m_table->item(row, IdColumn));
        if (m_detail->requestId() != id)
            m_detail->showRequest(id);
        return true;
    }
    return false;
}

void RequestDeskPanel::showSelected()
{
    if (const qint64 id = TableRows::selectedId(m_table, IdColumn, Qt::UserRole); id > 0)
        m_detail->showRequest(id);
}

qint64 RequestDeskPanel::newRequest()
{
    NewRequestDialog dialog(m_session.clock().nowUtc(), this);
    const QPointer<RequestDeskPanel> self(this);
    for (;;) {
        const int result = LockGate::run([&dialog] { return dialog.exec(); });
        if (!self || LockGate::instance().lockPending() || result != QDialog::Accepted)
            return 0;
        Error error;
        const auto id = AccessRequestService(m_session).open(dialog.request(), &error);
        if (id) {
            refresh();
            selectRequest(*id);
            m_detail->showRequest(*id);
            return *id;
        }
        dialog.showProblem(error.message);
    }
}

} // namespace tallenne
