#include "gui/SubjectFinderPanel.h"

#include "core/AsteriskCdr.h"
#include "core/ChatJsonl.h"
#include "core/PhoneNumber.h"
#include "gui/PlayerPanel.h"
#include "services/Session.h"
#include "ui_SubjectFinderPanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QSplitter>

namespace tallenne {

namespace {

const QList<IdentifierKind> searchKinds = {IdentifierKind::Phone, IdentifierKind::Email,
                                           IdentifierKind::Name, IdentifierKind::IdentityCode,
                                           IdentifierKind::BusinessId};

QString kindName(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Phone:
        return SubjectFinderPanel::tr("Phone number");
    case IdentifierKind::Email:
        return SubjectFinderPanel::tr("E-mail");
    case IdentifierKind::Name:
        return SubjectFinderPanel::tr("Name");
    case IdentifierKind::IdentityCode:
        return SubjectFinderPanel::tr("Personal identity code");
    case IdentifierKind::BusinessId:
        return SubjectFinderPanel::tr("Business ID");
    case IdentifierKind::Address:
        return SubjectFinderPanel::tr("Address");
    }
    return {};
}

QString html(const QString& text)
{
    return text.toHtmlEscaped();
}

QString nobodyHas(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Phone:
        return SubjectFinderPanel::tr("Nobody in the register has this phone number.");
    case IdentifierKind::Email:
        return SubjectFinderPanel::tr("Nobody in the register has this e-mail address.");
    case IdentifierKind::Name:
        return SubjectFinderPanel::tr("Nobody in the register has this name.");
    case IdentifierKind::IdentityCode:
        return SubjectFinderPanel::tr("Nobody in the register has this personal identity code.");
    case IdentifierKind::BusinessId:
        return SubjectFinderPanel::tr("Nobody in the register has this business ID.");
    case IdentifierKind::Address:
        return SubjectFinderPanel::tr("Nobody in the register has this address.");
    }
    return {};
}

QString senderName(const QString& sender)
{
    if (sender == QLatin1String("customer"))
        return SubjectFinderPanel::tr("Customer");
    if (sender == QLatin1String("agent"))
        return SubjectFinderPanel::tr("Agent");
    if (sender == QLatin1String("bot"))
        return SubjectFinderPanel::tr("Bot");
    return SubjectFinderPanel::tr("System");
}

} // namespace

SubjectFinderPanel::SubjectFinderPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SubjectFinderPanel>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->recordsTableWidget->setColumnCount(5);
    m_ui->recordsTableWidget->setTabKeyNavigation(false);
    m_ui->recordsTableWidget->horizontalHeader()->setSectionResizeMode(
        QHeaderView::ResizeToContents);
    m_ui->recordsTableWidget->horizontalHeader()->setStretchLastSection(true);
    if (Permissions::allows(session.roles(), Permission::PlayRecordingsInRequest) ||
        Permissions::allows(session.roles(), Permission::PlayRecordings)) {
        m_player = new PlayerPanel(session, m_ui->rightSplitter);
        m_player->setObjectName(QStringLiteral("playerPanel"));
        m_ui->rightSplitter->addWidget(m_player);
        connect(m_player, &PlayerPanel::errorOccurred, this, &SubjectFinderPanel::errorOccurred);
    }
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({320, 900}); // wide enough for "Person 12: 4 calls, 2 chats"
    retranslate();

    connect(m_ui->findButton, &QPushButton::clicked, this, [this] {
        find(searchKinds.value(m_ui->kindComboBox->currentIndex()), m_ui->valueLineEdit->text());
    });
    connect(m_ui->valueLineEdit, &QLineEdit::returnPressed, m_ui->findButton, &QPushButton::click);
    connect(m_ui->subjectsListWidget, &QListWidget::currentRowChanged, this,
            &SubjectFinderPanel::showSubject);
    connect(m_ui->recordsTableWidget, &QTableWidget::currentCellChanged, this,
            [this](int row) { showRecord(row); });
    // Enter or a double click on a call plays its recording (the player asks the purpose).
    connect(m_ui->recordsTableWidget, &QTableWidget::activated, this,
            [this](const QModelIndex& index) {
                const Record r = m_records.value(index.row());
                if (m_player && r.isCall && r.id > 0)
                    m_player->openCall(r.id);
            });
}

SubjectFinderPanel::~SubjectFinderPanel() = default;

void SubjectFinderPanel::retranslate()
{
    const int kind = std::max(0, m_ui->kindComboBox->currentIndex());
    m_ui->kindComboBox->clear();
    for (IdentifierKind k : searchKinds)
        m_ui->kindComboBox->addItem(kindName(k));
    m_ui->kindComboBox->setCurrentIndex(kind);
    m_ui->introLabel->setText(
        tr("Find a person by what they tell you: a phone number, an e-mail address, a name, a "
           "personal identity code or a business ID, written any way they write it. You see "
           "their calls and chats together; check each before anything is handed over. Every "
           "search and every record you open is recorded in the audit trail."));
    m_ui->valueLineEdit->setPlaceholderText(tr("e.g. 040 111 2241"));
    m_ui->recordsTableWidget->setHorizontalHeaderLabels(
        {tr("What"), tr("Time"), tr("Agent"), tr("Length"), tr("Details")});
}

void SubjectFinderPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (m_searched)
            fillPeople();
        showSubject(m_ui->subjectsListWidget->currentRow());
    }
    QWidget::changeEvent(event);
}

void SubjectFinderPanel::focusSearch()
{
    m_ui->valueLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->valueLineEdit->selectAll();
}

bool SubjectFinderPanel::find(IdentifierKind kind, const QString& value)
{
    m_ui->subjectsListWidget->clear();
    m_ui->recordsTableWidget->setRowCount(0);
    m_ui->detailTextBrowser->clear();
    m_matches.clear();
    m_records.clear();
    m_searched = false;
    if (value.trimmed().isEmpty()) {
        m_ui->messageLabel->setText(tr("Type what to look for."));
        return false;
    }
    Error error;
    const auto matches = SubjectService(m_session).find(kind, value, &error);
    if (!matches) {
        m_ui->messageLabel->setText(error.message);
        return false;
    }
    m_matches = *matches;
    m_kind = kind;
    m_lastValue = value;
    m_searched = true;
    fillPeople();
    if (!m_matches.isEmpty())
        m_ui->subjectsListWidget->setCurrentRow(0);
    return true;
}

void SubjectFinderPanel::refresh()
{
    if (!m_searched)
        return;
    const int person = m_ui->subjectsListWidget->currentRow();
    if (find(m_kind, m_lastValue) && person >= 0 && person < m_ui->subjectsListWidget->count())
        m_ui->subjectsListWidget->setCurrentRow(person);
}

void SubjectFinderPanel::fillPeople()
{
    const int current = m_ui->subjectsListWidget->currentRow();
    const QSignalBlocker blocker(m_ui->subjectsListWidget);
    m_ui->subjectsListWidget->clear();
    for (const SubjectMatch& m : std::as_const(m_matches)) {
        QString label =
            m.subjectId == 0
                ? tr("Calls from this number that are linked to no person found")
                : tr("Person %1: %Ln call(s)", nullptr, int(m.callIds.size())).arg(m.subjectId) +
                      tr(", %Ln chat(s)", nullptr, int(m.chatIds.size()));
        if (m.restricted)
            label += tr(" (processing restricted)");
        auto* item = new QListWidgetItem(label, m_ui->subjectsListWidget);
        item->setToolTip(label); // a long label elided in a narrow list is still readable
    }
    m_ui->subjectsListWidget->setCurrentRow(current);
    int people = 0;
    for (const SubjectMatch& m : std::as_const(m_matches))
        people += m.subjectId > 0 ? 1 : 0;
    const IdentifierKind kind = m_kind;
    m_ui->messageLabel->setText(m_matches.isEmpty() ? nobodyHas(kind)
                                                    : tr("%Ln person(s) found.", nullptr, people));
}

void SubjectFinderPanel::showSubject(int index)
{
    m_ui->recordsTableWidget->setRowCount(0);
    m_records.clear();
    if (index < 0 || index >= m_matches.size())
        return;
    const SubjectMatch& m = m_matches.at(index);
    Error error;
    BrowseService browse(m_session);
    const auto calls = browse.callRows(m.callIds, &error);
    const auto chats = calls ? browse.chatRows(m.chatIds, &error) : std::nullopt;
    if (!chats) {
        m_ui->messageLabel->setText(error.message);
        return;
    }
    // Calls and chats together, in the order they happened.
    struct Line
    {
        QDateTime at;
        Record record;
        QStringList cells;
    };
    const QLocale locale;
    QList<Line> lines;
    for (const CallRow& c : *calls) {
        const QString recording = RecordingStates::shortText(
            c.hasRecording ? RecordingState::Attached : c.recordingState, c.recordingIssue);
        QString details =
            c.direction == QLatin1String("outbound") ? tr("outbound call") : tr("inbound call");
        if (!recording.isEmpty())
            details += tr(", recording: %1").arg(recording);
        if (c.legs > 1)
            details += tr(", leg %1 of %2").arg(c.leg).arg(c.legs);
        lines.append({c.startedAt,
                      {true, c.id},
                      {tr("Call"), locale.toString(c.startedAt.toLocalTime(), QLocale::ShortFormat),
                       c.agent, tr("%1 s").arg(c.durationS), details}});
    }
    for (const ChatRow& c : *chats)
        lines.append(
            {c.startedAt,
             {false, c.id},
             {tr("Chat"), locale.toString(c.startedAt.toLocalTime(), QLocale::ShortFormat), c.agent,
              tr("%Ln message(s)", nullptr, c.messageCount), ChatJsonl::channelName(c.channel)}});
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line& a, const Line& b) { return a.at < b.at; });
    QTableWidget* table = m_ui->recordsTableWidget;
    table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        for (int column = 0; column < 5; ++column)
            table->setItem(row, column, new QTableWidgetItem(lines.at(row).cells.value(column)));
        m_records.append(lines.at(row).record);
    }
    // What identifies the person, so the officer can judge that the match is theirs.
    QString text;
    if (m.subjectId > 0) {
        text = QStringLiteral("<h3>%1</h3><table>").arg(html(tr("Person %1").arg(m.subjectId)));
        for (const SubjectIdentifier& i : m.identifiers)
            text +=
                QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(html(kindName(i.kind)), html(i.kind == IdentifierKind::Phone
                                                          ? PhoneNumber::formatForDisplay(i.value)
                                                          : i.value));
        text += QStringLiteral("</table>");
        if (m.restricted)
            text += QStringLiteral("<p><i>%1</i></p>")
                        .arg(html(tr("Processing of this person's data is restricted (GDPR art. "
                                     "18).")));
    } else {
        text = QStringLiteral("<p>%1</p>")
                   .arg(html(tr("These calls came from the number searched, but no person in "
                                "the register is linked to them (several people share the "
                                "number). Check them one by one.")));
    }
    m_ui->detailTextBrowser->setHtml(text);
}

void SubjectFinderPanel::showRecord(int row)
{
    if (row < 0 || row >= m_records.size())
        return;
    const Record r = m_records.at(row);
    Error error;
    BrowseService browse(m_session);
    const QLocale locale;
    QString text;
    if (r.isCall) {
        const auto detail = browse.openCall(r.id, &error);
        if (!detail) {
            m_ui->detailTextBrowser->setPlainText(error.message);
            return;
        }
        const CallRow& c = detail->call;
        text = QStringLiteral("<h3>%1</h3><p>%2<br>%3</p>")
                   .arg(html(tr("Call %1").arg(c.id)),
                        html(locale.toString(c.startedAt.toLocalTime(), QLocale::LongFormat)),
                        html(tr("%1, agent %2, %3 s, %4")
                                 .arg(PhoneNumber::formatForDisplay(c.caller),
                                      c.agent.isEmpty() ? tr("none") : c.agent)
                                 .arg(c.durationS)
                                 .arg(AsteriskCdr::dispositionName(c.disposition))));
        const RecordingState state = c.hasRecording ? RecordingState::Attached : c.recordingState;
        if (state == RecordingState::Attached)
            text += QStringLiteral("<p>%1</p>")
                        .arg(html(tr("Press Enter or double-click the call to play its "
                                     "recording.")));
        else
            text += QStringLiteral("<p>%1</p>")
                        .arg(html(RecordingStates::describe(state, c.recordingIssue,
                                                            c.recordingFoundMs, c.billsec)));
    } else {
        const auto transcript = browse.openChat(r.id, &error);
        if (!transcript) {
            m_ui->detailTextBrowser->setPlainText(error.message);
            return;
        }
        text = QStringLiteral("<h3>%1</h3>").arg(html(tr("Chat %1").arg(r.id)));
        for (const ChatMessage& message : transcript->messages)
            text += QStringLiteral("<p><b>%1 %2</b><br>%3</p>")
                        .arg(html(locale.toString(message.sentAt.toLocalTime().time(),
                                                  QLocale::ShortFormat)),
                             html(senderName(message.sender)),
                             html(message.text).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    m_ui->detailTextBrowser->setHtml(text);
}

} // namespace tallenne
