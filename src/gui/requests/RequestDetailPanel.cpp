#include "gui/requests/RequestDetailPanel.h"

#include "gui/DateFields.h"
#include "gui/LockGate.h"
#include "gui/requests/RequestActionsPanel.h"
#include "services/ProfileService.h"
#include "services/Session.h"
#include "services/SubjectService.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tallenne {

namespace {
enum ItemColumn
{
    IncludedColumn,
    WhatColumn,
    WhyColumn,
    ItemColumnCount
};

QString when(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(),
                              DateFields::localeFormat() + QStringLiteral(" HH:mm"));
}
} // namespace

RequestDetailPanel::RequestDetailPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    build();
    retranslate();
    showRequest(0);
}

RequestDetailPanel::~RequestDetailPanel() = default;

void RequestDetailPanel::build()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    // The steps take the panel's width and wrap (a long word must not widen the whole page,
    // as a copy's SHA-256 did): no sideways scrolling.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    content->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* layout = new QVBoxLayout(content);

    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("requestTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_facts = new QLabel(content);
    m_facts->setObjectName(QStringLiteral("requestFactsLabel"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_facts);
    m_warnings = new QLabel(content);
    m_warnings->setObjectName(QStringLiteral("requestWarningsLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    layout->addWidget(m_warnings);

    // 1. Who was found, and why.
    m_foundBox = new QGroupBox(content);
    m_foundBox->setObjectName(QStringLiteral("requestFoundBox"));
    auto* found = new QVBoxLayout(m_foundBox);
    m_items = new QTableWidget(0, ItemColumnCount, m_foundBox);
    m_items->setObjectName(QStringLiteral("requestItemsTable"));
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->verticalHeader()->hide();
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->setMinimumHeight(140);
    found->addWidget(m_items);
    auto* findRow = new QHBoxLayout;
    m_findKind = new QComboBox(m_foundBox);
    m_findKind->setObjectName(QStringLiteral("requestFindKindCombo"));
    m_findValue = new QLineEdit(m_foundBox);
    m_findValue->setObjectName(QStringLiteral("requestFindValueEdit"));
    m_findButton = new QPushButton(m_foundBox);
    m_findButton->setObjectName(QStringLiteral("requestFindButton"));
    findRow->addWidget(m_findKind);
    findRow->addWidget(m_findValue, 1);
    findRow->addWidget(m_findButton);
    found->addLayout(findRow);
    layout->addWidget(m_foundBox);

    // 2. Identity.
    m_identityBox = new QGroupBox(content);
    m_identityBox->setObjectName(QStringLiteral("requestIdentityBox"));
    auto* identity = new QVBoxLayout(m_identityBox);
    m_identityState = new QLabel(m_identityBox);
    m_identityState->setObjectName(QStringLiteral("requestIdentityLabel"));
    m_identityState->setWordWrap(true);
    identity->addWidget(m_identityState);
    m_verifyInputs = new QWidget(m_identityBox);
    auto* verifyForm = new QFormLayout(m_verifyInputs);
    verifyForm->setContentsMargins(0, 0, 0, 0);
    m_method = new QComboBox(m_verifyInputs);
    m_method->setObjectName(QStringLiteral("verifyMethodCombo"));
    m_document = new QComboBox(m_verifyInputs);
    m_document->setObjectName(QStringLiteral("verifyDocumentCombo"));
    m_detail = new QLineEdit(m_verifyInputs);
    m_detail->setObjectName(QStringLiteral("verifyDetailEdit"));
    m_documentLabel = new QLabel(m_verifyInputs);
    m_detailLabel = new QLabel(m_verifyInputs);
    m_documentLabel->setBuddy(m_document);
    m_detailLabel->setBuddy(m_detail);
    auto* methodLabel = new QLabel(m_verifyInputs);
    methodLabel->setObjectName(QStringLiteral("verifyMethodLabel"));
    methodLabel->setBuddy(m_method);
    verifyForm->addRow(methodLabel, m_method);
    verifyForm->addRow(m_documentLabel, m_document);
    verifyForm->addRow(m_detailLabel, m_detail);
    m_verifyButton = new QPushButton(m_verifyInputs);
    m_verifyButton->setObjectName(QStringLiteral("verifyIdentityButton"));
    verifyForm->addRow(QString(), m_verifyButton);
    identity->addWidget(m_verifyInputs);
    layout->addWidget(m_identityBox);

    // 3. What is done: the services of the copy and the changes add their buttons here.
    m_actBox = new QGroupBox(content);
    m_actBox->setObjectName(QStringLiteral("requestActBox"));
    auto* act = new QVBoxLayout(m_actBox);
    m_actHint = new QLabel(m_actBox);
    m_actHint->setObjectName(QStringLiteral("requestActHintLabel"));
    m_actHint->setWordWrap(true);
    act->addWidget(m_actHint);
    m_actions = new RequestActionsPanel(m_session, m_actBox);
    act->addWidget(m_actions);
    layout->addWidget(m_actBox);

    // 4. Deadline and closing.
    m_closeBox = new QGroupBox(content);
    m_closeBox->setObjectName(QStringLiteral("requestCloseBox"));
    auto* close = new QVBoxLayout(m_closeBox);
    auto* deadlineRow = new QHBoxLayout;
    m_deadline = new QLabel(m_closeBox);
    m_deadline->setObjectName(QStringLiteral("requestDeadlineLabel"));
    m_deadline->setWordWrap(true);
    m_extendButton = new QPushButton(m_closeBox);
    m_extendButton->setObjectName(QStringLiteral("extendRequestButton"));
    deadlineRow->addWidget(m_deadline, 1);
    deadlineRow->addWidget(m_extendButton);
    close->addLayout(deadlineRow);
    auto* closeForm = new QFormLayout;
    m_closeStatus = new QComboBox(m_closeBox);
    m_closeStatus->setObjectName(QStringLiteral("closeStatusCombo"));
    m_outcome = new QPlainTextEdit(m_closeBox);
    m_outcome->setObjectName(QStringLiteral("closeOutcomeEdit"));
    m_outcome->setTabChangesFocus(true);
    m_outcome->setMaximumHeight(80);
    auto* statusLabel = new QLabel(m_closeBox);
    statusLabel->setObjectName(QStringLiteral("closeStatusLabel"));
    statusLabel->setBuddy(m_closeStatus);
    auto* outcomeLabel = new QLabel(m_closeBox);
    outcomeLabel->setObjectName(QStringLiteral("closeOutcomeLabel"));
    outcomeLabel->setBuddy(m_outcome);
    closeForm->addRow(statusLabel, m_closeStatus);
    closeForm->addRow(outcomeLabel, m_outcome);
    m_closeButton = new QPushButton(m_closeBox);
    m_closeButton->setObjectName(QStringLiteral("closeRequestButton"));
    closeForm->addRow(QString(), m_closeButton);
    close->addLayout(closeForm);
    layout->addWidget(m_closeBox);

    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("requestStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_actions, &RequestActionsPanel::errorOccurred, this,
            [this](const QString& message) { setStatus(message, true); });
    connect(m_actions, &RequestActionsPanel::done, this, [this](const QString& message) {
        setStatus(message);
        refresh();
        emit requestChanged(m_id);
    });
    connect(m_findButton, &QPushButton::clicked, this, &RequestDetailPanel::findMore);
    connect(m_findValue, &QLineEdit::returnPressed, this, &RequestDetailPanel::findMore);
    connect(m_verifyButton, &QPushButton::clicked, this, &RequestDetailPanel::verifyIdentity);
    connect(m_detail, &QLineEdit::returnPressed, this, &RequestDetailPanel::verifyIdentity);
    connect(m_method, &QComboBox::currentIndexChanged, this,
            &RequestDetailPanel::updateVerifyInputs);
    connect(m_extendButton, &QPushButton::clicked, this, &RequestDetailPanel::askExtension);
    connect(m_closeButton, &QPushButton::clicked, this, &RequestDetailPanel::closeRequest);
    connect(m_items, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling || !m_view || item->column() != IncludedColumn)
            return;
        const auto kind = RequestItem::Kind(item->data(Qt::UserRole).toInt());
        const qint64 objectId = item->data(Qt::UserRole + 1).toLongLong();
        const bool included = item->checkState() == Qt::Checked;
        Error error;
        if (!AccessRequestService(m_session).setIncluded(m_id, kind, objectId, included, &error)) {
            setStatus(error.message, true);
            refresh();
            return;
        }
        setStatus(included ? tr("%1 is included again.").arg(describeItem(kind, objectId))
                           : tr("%1 is excluded: it will not be handed over or changed.")
                                 .arg(describeItem(kind, objectId)));
        emit requestChanged(m_id);
    });
}

void RequestDetailPanel::retranslate()
{
    m_foundBox->setTitle(tr("1. Who was found, and why"));
    m_items->setHorizontalHeaderLabels({tr("Included"), tr("What"), tr("Why it matched")});
    m_items->setAccessibleName(tr("What was found for the request"));
    const int kind = m_findKind->currentIndex();
    m_findKind->clear();
    for (IdentifierKind k : {IdentifierKind::Phone, IdentifierKind::Email, IdentifierKind::Name,
                             IdentifierKind::IdentityCode, IdentifierKind::BusinessId})
        m_findKind->addItem(SubjectService::kindName(k), int(k));
    m_findKind->setCurrentIndex(std::max(0, kind));
    m_findKind->setAccessibleName(tr("Find more by"));
    m_findValue->setPlaceholderText(tr("Another number, e-mail address or name of the person"));
    m_findButton->setText(tr("F&ind more"));
    m_identityBox->setTitle(tr("2. Identity"));
    if (auto* label = findChild<QLabel*>(QStringLiteral("verifyMethodLabel")))
        label->setText(tr("&Method:"));
    m_documentLabel->setText(tr("&Document shown:"));
    const int document = m_document->currentIndex();
    m_document->clear();
    for (IdDocument d : AccessRequestTerms::documents())
        m_document->addItem(AccessRequestTerms::documentName(d), int(d));
    m_document->setCurrentIndex(std::max(0, document));
    m_verifyButton->setText(tr("Verif&y identity"));
    m_actBox->setTitle(tr("3. Hand over or act"));
    m_closeBox->setTitle(tr("4. Deadline and closing"));
    m_extendButton->setText(tr("E&xtend…"));
    if (auto* label = findChild<QLabel*>(QStringLiteral("closeStatusLabel")))
        label->setText(tr("Close &as:"));
    if (auto* label = findChild<QLabel*>(QStringLiteral("closeOutcomeLabel")))
        label->setText(tr("&Outcome and reasons:"));
    const int status = m_closeStatus->currentIndex();
    m_closeStatus->clear();
    for (RequestStatus s :
         {RequestStatus::Completed, RequestStatus::Refused, RequestStatus::Withdrawn})
        m_closeStatus->addItem(AccessRequestTerms::statusName(s), int(s));
    m_closeStatus->setCurrentIndex(std::max(0, status));
    m_outcome->setPlaceholderText(
        tr("What was handed over or done; for a refusal, why, and that the person may complain "
           "to the Data Protection Ombudsman."));
    m_closeButton->setText(tr("Close re&quest"));
    fillMethods();
    updateVerifyInputs();
}

void RequestDetailPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

QString RequestDetailPanel::statusText() const
{
    return m_status->text();
}

void RequestDetailPanel::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    if (problem && !text.isEmpty())
        emit errorOccurred(text);
}

void RequestDetailPanel::showRequest(qint64 id)
{
    if (id != m_id) {
        m_findValue->clear();
        m_detail->clear();
        m_outcome->clear();
        setStatus(QString());
    }
    m_id = id;
    refresh();
}

void RequestDetailPanel::refresh()
{
    m_view.reset();
    if (m_id > 0) {
        Error error;
        m_view = AccessRequestService(m_session).get(m_id, &error);
        if (!m_view)
            setStatus(error.message, true);
    }
    const bool shown = m_view.has_value();
    for (QWidget* w : {static_cast<QWidget*>(m_foundBox), static_cast<QWidget*>(m_identityBox),
                       static_cast<QWidget*>(m_actBox), static_cast<QWidget*>(m_closeBox)})
        w->setVisible(shown);
    fillFacts();
    m_actions->setRequest(m_view);
    if (!shown)
        return;
    fillItems();
    fillIdentity();
}

void RequestDetailPanel::fillFacts()
{
    if (!m_view) {
        m_title->setText(tr("No request chosen"));
        m_facts->setText(tr("Choose a request from the list, or open a new one for the person "
                            "at the counter with New request (Ctrl+N)."));
        m_warnings->clear();
        m_warnings->hide();
        return;
    }
    const AccessRequestRecord& r = m_view->record;
    m_title->setText(tr("Request %1 · %2").arg(r.id).arg(AccessRequestTerms::kindName(r.kind)));
    m_facts->setText(
        tr("Received %1 (%2) · state: %3 · the person: %4 %5 · opened by %6")
            .arg(when(r.receivedAt), AccessRequestTerms::channelName(r.channel),
                 AccessRequestTerms::statusName(r.status),
                 SubjectService::kindName(SubjectRepository::kindFromId(r.identifierKind)
                                              .value_or(IdentifierKind::Phone)),
                 m_view->identifier, r.openedBy));
    QStringList warnings;
    if (m_view->overdue)
        warnings << tr("Overdue: the answer was due on %1.").arg(DateFields::text(m_view->due));
    if (r.possiblyRepetitive)
        warnings << tr("Possibly repetitive: the person made %n other request(s) in the 12 "
                       "months before this one. The information and the first copy are always "
                       "free; a fee or a refusal is possible only for a further copy or a "
                       "manifestly unfounded or excessive request, decided case by case.",
                       nullptr, int(m_view->earlier.size()));
    else if (!m_view->earlier.isEmpty())
        warnings << tr("%n earlier request(s) from this person in the last 12 months.", nullptr,
                       int(m_view->earlier.size()));
    for (const AccessRequestRecord& e : m_view->earlier)
        warnings << tr("  · request %1, %2, received %3: %4")
                        .arg(e.id)
                        .arg(AccessRequestTerms::kindName(e.kind), when(e.receivedAt),
                             AccessRequestTerms::statusName(e.status));
    if (!r.feeReason.isEmpty())
        warnings << tr("A fee is charged: %1").arg(r.feeReason);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());

    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    const qint64 days = today.daysTo(m_view->due);
    QString deadline;
    if (r.isClosed())
        deadline = tr("Closed %1 by %2: %3")
                       .arg(when(r.closedAt), r.closedBy,
                            r.outcome.isEmpty() ? QStringLiteral("–") : r.outcome);
    else if (m_view->overdue)
        deadline = tr("Due %1: overdue by %n day(s).", nullptr, int(-days))
                       .arg(DateFields::text(m_view->due));
    else
        deadline =
            tr("Due %1: %n day(s) left.", nullptr, int(days)).arg(DateFields::text(m_view->due));
    if (r.extensionMonths > 0)
        deadline +=
            QLatin1Char(' ') +
            tr("Extended by %n month(s): %1", nullptr, r.extensionMonths).arg(r.extensionReason);
    m_deadline->setText(deadline);
    m_extendButton->setEnabled(m_view->extendable);
    m_extendButton->setToolTip(
        m_view->extendable
            ? tr("Extend the deadline by up to %n more month(s), with the reason the person is "
                 "told, before the first month runs out (GDPR art. 12(3)).",
                 nullptr, m_view->extensionMonthsLeft)
            : tr("The deadline can no longer be extended: an extension is decided within the "
                 "first month, at most the profile's months in all."));
    const bool open = !r.isClosed();
    m_closeStatus->setEnabled(open);
    m_outcome->setEnabled(open);
    m_closeButton->setEnabled(open);
    m_actHint->setText(
        !open ? tr("The request is closed.")
        : r.isVerified()
            ? tr("Identity is verified: the copy and the changes the person asked for can be made.")
            : tr("Verify the person's identity first: nothing is handed over or changed before "
                 "that."));
}

QString RequestDetailPanel::describeItem(RequestItem::Kind kind, qint64 objectId) const
{
    switch (kind) {
    case RequestItem::Kind::Subject:
        return tr("Data subject %1").arg(objectId);
    case RequestItem::Kind::Call:
        return tr("Call %1").arg(objectId);
    case RequestItem::Kind::Chat:
        return tr("Chat %1").arg(objectId);
    }
    return {};
}

QString RequestDetailPanel::whyItem(const RequestItem& item) const
{
    const auto kind = SubjectRepository::kindFromId(item.matchedBy);
    const QString by = kind ? SubjectService::kindName(*kind) : item.matchedBy;
    if (item.kind == RequestItem::Kind::Subject)
        return tr("has this %1").arg(by);
    if (item.viaSubject > 0)
        return tr("linked to data subject %1 (found by %2)").arg(item.viaSubject).arg(by);
    return tr("the caller's number is this %1, but the call is linked to no one: check it "
              "belongs to the person")
        .arg(by);
}

void RequestDetailPanel::fillItems()
{
    m_filling = true;
    m_items->setRowCount(0);
    const bool open = !m_view->record.isClosed();
    for (const RequestItem& item : m_view->items) {
        const int row = m_items->rowCount();
        m_items->insertRow(row);
        auto* check = new QTableWidgetItem;
        check->setFlags(open ? Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable
                             : Qt::ItemIsSelectable);
        check->setCheckState(item.included ? Qt::Checked : Qt::Unchecked);
        check->setData(Qt::UserRole, int(item.kind));
        check->setData(Qt::UserRole + 1, item.objectId);
        m_items->setItem(row, IncludedColumn, check);
        m_items->setItem(
            row, WhatColumn,
            new QTableWidgetItem(item.startedAt.isValid()
                                     ? tr("%1 · %2").arg(describeItem(item.kind, item.objectId),
                                                         when(item.startedAt))
                                     : describeItem(item.kind, item.objectId)));
        m_items->setItem(row, WhyColumn, new QTableWidgetItem(whyItem(item)));
    }
    m_items->resizeColumnsToContents();
    m_filling = false;
    m_findKind->setEnabled(open);
    m_findValue->setEnabled(open);
    m_findButton->setEnabled(open);
    if (m_view->items.isEmpty())
        setStatus(tr("Nothing was found for this person yet: find them by another identifier "
                     "below, or close the request saying that the register holds nothing about "
                     "them."));
}

void RequestDetailPanel::fillMethods()
{
    const QString current = m_method->currentData().toString();
    m_method->clear();
    Error error;
    const auto profile = ProfileService(m_session).current(&error);
    const QStringList ids = profile ? profile->rights().identityVerification : QStringList();
    for (const QString& id : ids)
        if (const auto method = AccessRequestTerms::methodFromId(id))
            m_method->addItem(AccessRequestTerms::methodName(*method), id);
    const int index = m_method->findData(current);
    m_method->setCurrentIndex(index >= 0 ? index : 0);
}

void RequestDetailPanel::updateVerifyInputs()
{
    const auto method = AccessRequestTerms::methodFromId(m_method->currentData().toString());
    const bool photo = method == VerificationMethod::PhotoIdInPerson;
    m_documentLabel->setVisible(photo);
    m_document->setVisible(photo);
    m_detail->setMaxLength(photo ? 4 : 200);
    if (photo) {
        m_detailLabel->setText(tr("&Last four characters:"));
        m_detail->setPlaceholderText(tr("of the document's number; never take a copy"));
    } else if (method == VerificationMethod::StrongElectronicIdentification) {
        m_detailLabel->setText(tr("Method and &reference:"));
        m_detail->setPlaceholderText(tr("e.g. bank ID, transaction 77-123"));
    } else {
        m_detailLabel->setText(tr("Request's &reference:"));
        m_detail->setPlaceholderText(tr("e.g. letter 2026/14, signed"));
    }
}

void RequestDetailPanel::fillIdentity()
{
    const AccessRequestRecord& r = m_view->record;
    if (r.isVerified()) {
        QString how = AccessRequestTerms::methodName(
            r.verifyMethod.value_or(VerificationMethod::PhotoIdInPerson));
        if (const auto document = AccessRequestTerms::documentFromId(r.verifyDocument))
            how += QStringLiteral(", ") + AccessRequestTerms::documentName(*document);
        if (!m_view->verifyDetail.isEmpty())
            how += r.verifyMethod == VerificationMethod::PhotoIdInPerson
                       ? QStringLiteral(" …") + m_view->verifyDetail
                       : QStringLiteral(", ") + m_view->verifyDetail;
        m_identityState->setText(
            tr("Verified by %1 on %2: %3.").arg(r.verifiedBy, when(r.verifiedAt), how));
        m_verifyInputs->hide();
        return;
    }
    m_verifyInputs->setVisible(!r.isClosed());
    if (m_method->count() == 0) {
        m_identityState->setText(tr("Not verified. The register profile names no way to verify "
                                    "a requester's identity: an administrator sets it in the "
                                    "register profile."));
        m_verifyInputs->hide();
        return;
    }
    m_identityState->setText(tr("Not verified. Check the person's identity by one of the ways "
                                "the register profile allows."));
}

bool RequestDetailPanel::verifyIdentity()
{
    if (!m_view)
        return false;
    IdentityCheck check;
    const auto method = AccessRequestTerms::methodFromId(m_method->currentData().toString());
    if (!method) {
        setStatus(tr("Choose how the identity was verified."), true);
        return false;
    }
    check.method = *method;
    if (check.method == VerificationMethod::PhotoIdInPerson)
        check.document = IdDocument(m_document->currentData().toInt());
    check.detail = m_detail->text();
    Error error;
    if (!AccessRequestService(m_session).verifyIdentity(m_id, check, &error)) {
        setStatus(error.message, true);
        return false;
    }
    m_detail->clear();
    setStatus(tr("Identity verified."));
    refresh();
    emit requestChanged(m_id);
    return true;
}

bool RequestDetailPanel::askExtension()
{
    if (!m_view)
        return false;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("extendRequestDialog"));
    dialog.setWindowTitle(tr("Extend request %1").arg(m_id));
    auto* layout = new QVBoxLayout(&dialog);
    auto* intro = new QLabel(tr("The deadline can be extended by up to %n more month(s) when the "
                                "request is complex or there are many. Tell the person the reason "
                                "within the first month.",
                                nullptr, m_view->extensionMonthsLeft),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    auto* months = new QSpinBox(&dialog);
    months->setObjectName(QStringLiteral("extendMonthsSpin"));
    months->setRange(1, std::max(1, m_view->extensionMonthsLeft));
    auto* reason = new QPlainTextEdit(&dialog);
    reason->setObjectName(QStringLiteral("extendReasonEdit"));
    reason->setTabChangesFocus(true);
    form->addRow(tr("&Months:"), months);
    form->addRow(tr("&Reason (the person is told):"), reason);
    layout->addLayout(form);
    auto* problem = new QLabel(&dialog);
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xtend"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        Error error;
        if (AccessRequestService(m_session).extend(m_id, months->value(), reason->toPlainText(),
                                                   &error)) {
            dialog.accept();
            return;
        }
        problem->setText(error.message);
    });
    const QPointer<RequestDetailPanel> self(this);
    const int result = LockGate::run([&dialog] { return dialog.exec(); });
    if (!self || result != QDialog::Accepted)
        return false;
    setStatus(tr("The deadline is extended."));
    refresh();
    emit requestChanged(m_id);
    return true;
}

bool RequestDetailPanel::extend(int months, const QString& reason)
{
    Error error;
    if (!AccessRequestService(m_session).extend(m_id, months, reason, &error)) {
        setStatus(error.message, true);
        return false;
    }
    refresh();
    emit requestChanged(m_id);
    return true;
}

bool RequestDetailPanel::closeRequest()
{
    if (!m_view)
        return false;
    const auto status = RequestStatus(m_closeStatus->currentData().toInt());
    Error error;
    if (!AccessRequestService(m_session).close(m_id, status, m_outcome->toPlainText(), &error)) {
        setStatus(error.message, true);
        return false;
    }
    m_outcome->clear();
    setStatus(tr("Request %1 closed: %2.").arg(m_id).arg(AccessRequestTerms::statusName(status)));
    refresh();
    emit requestChanged(m_id);
    return true;
}

bool RequestDetailPanel::findMore()
{
    if (!m_view || m_findValue->text().trimmed().isEmpty())
        return false;
    Error error;
    const auto added = AccessRequestService(m_session).findMore(
        m_id, IdentifierKind(m_findKind->currentData().toInt()), m_findValue->text(), &error);
    if (!added) {
        setStatus(error.message, true);
        return false;
    }
    m_findValue->clear();
    setStatus(*added == 0 ? tr("Nothing new was found.")
                          : tr("%n new item(s) found and included.", nullptr, *added));
    refresh();
    emit requestChanged(m_id);
    return true;
}

} // namespace tallenne
