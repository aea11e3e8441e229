#include "gui/ChatsPanel.h"

#include "core/ChatJsonl.h"
#include "gui/EmptyState.h"
#include "services/BrowseService.h"
#include "services/Session.h"

#include "ui_ChatsPanel.h"

#include <QEvent>
#include <QLocale>
#include <QRegularExpression>

namespace tallenne {

namespace {
enum ItemRoles
{
    ChatIdRole = Qt::UserRole + 1,
    MessageIdRole
};

// Folds case and diacritics so "paatos" highlights "päätös", as the search found it.
QString folded(const QString& text)
{
    QString out = text.normalized(QString::NormalizationForm_D);
    out.remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
    return out.toCaseFolded();
}

// Wraps every word of `text` whose folded form starts with a folded term in <mark>.
QString highlighted(const QString& text, const QStringList& terms)
{
    static const QRegularExpression word(QStringLiteral("\\w+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QString out;
    qsizetype last = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last).toHtmlEscaped();
        const QString w = m.captured();
        const QString f = folded(w);
        const bool hit = std::any_of(terms.begin(), terms.end(), [&f](const QString& t) {
            return !t.isEmpty() && f.startsWith(t);
        });
        out += hit ? QStringLiteral("<span style=\"background-color:#ffe066\">%1</span>")
                         .arg(w.toHtmlEscaped())
                   : w.toHtmlEscaped();
        last = m.capturedEnd();
    }
    out += text.mid(last).toHtmlEscaped();
    return out;
}
} // namespace

ChatsPanel::ChatsPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ChatsPanel>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);
    m_emptyState = EmptyState::install(m_ui->resultsListWidget, [this] { return emptyText(); });
    retranslate();
    connect(m_ui->searchButton, &QPushButton::clicked, this,
            [this] { search(m_ui->searchLineEdit->text()); });
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this,
            [this] { search(m_ui->searchLineEdit->text()); });
    connect(m_ui->recentButton, &QPushButton::clicked, this, &ChatsPanel::showLatest);
    connect(m_ui->resultsListWidget, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* item) {
                if (item)
                    openChat(item->data(ChatIdRole).toLongLong(),
                             item->data(MessageIdRole).toLongLong());
            });
    showLatest();
}

ChatsPanel::~ChatsPanel() = default;

void ChatsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ChatsPanel::retranslate()
{
    m_ui->searchLineEdit->setPlaceholderText(tr("a word or words, e.g. päätös"));
    m_emptyState->update();
}

QString ChatsPanel::emptyText() const
{
    return m_terms.isEmpty()
               ? tr("No chats yet. An administrator imports chat transcripts with File → "
                    "Import chats, or tallenne-admin import chats.")
               : tr("No chat contains these words. Try fewer words, or press Latest chats to "
                    "see the newest.");
}

void ChatsPanel::focusSearch()
{
    m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchLineEdit->selectAll();
}

int ChatsPanel::resultCount() const
{
    return m_ui->resultsListWidget->count();
}

QString ChatsPanel::transcriptHtml() const
{
    return m_ui->transcriptTextBrowser->toHtml();
}

void ChatsPanel::refresh()
{
    QListWidgetItem* current = m_ui->resultsListWidget->currentItem();
    const qint64 chatId = current ? current->data(ChatIdRole).toLongLong() : 0;
    const qint64 messageId = current ? current->data(MessageIdRole).toLongLong() : 0;
    if (m_terms.isEmpty())
        showLatest();
    else
        search(m_ui->searchLineEdit->text());
    selectResult(chatId, messageId);
}

void ChatsPanel::selectResult(qint64 chatId, qint64 messageId)
{
    if (chatId <= 0)
        return;
    for (int row = 0; row < m_ui->resultsListWidget->count(); ++row) {
        QListWidgetItem* item = m_ui->resultsListWidget->item(row);
        if (item->data(ChatIdRole).toLongLong() == chatId &&
            (messageId == 0 || item->data(MessageIdRole).toLongLong() == messageId)) {
            m_ui->resultsListWidget->setCurrentRow(row);
            return;
        }
    }
}

QVariantMap ChatsPanel::sessionState() const
{
    QListWidgetItem* current = m_ui->resultsListWidget->currentItem();
    return {
        {QStringLiteral("search"), m_terms.isEmpty() ? QString() : m_ui->searchLineEdit->text()},
        {QStringLiteral("typed"), m_ui->searchLineEdit->text()},
        {QStringLiteral("chat"), current ? current->data(ChatIdRole).toLongLong() : 0},
        {QStringLiteral("message"), current ? current->data(MessageIdRole).toLongLong() : 0},
        {QStringLiteral("splitter"), m_ui->splitter->saveState()}};
}

void ChatsPanel::restoreSessionState(const QVariantMap& state)
{
    if (state.isEmpty())
        return;
    m_ui->splitter->restoreState(state.value(QStringLiteral("splitter")).toByteArray());
    const QString searched = state.value(QStringLiteral("search")).toString();
    if (!searched.isEmpty())
        search(searched);
    m_ui->searchLineEdit->setText(state.value(QStringLiteral("typed")).toString());
    selectResult(state.value(QStringLiteral("chat")).toLongLong(),
                 state.value(QStringLiteral("message")).toLongLong());
}

void ChatsPanel::showLatest()
{
    m_terms.clear();
    Error error;
    BrowseService service(m_session);
    const auto count = service.countChats({}, &error);
    const auto rows = count ? service.chats({}, Qt::DescendingOrder, 0, 500, &error) : std::nullopt;
    m_ui->resultsListWidget->clear();
    if (!rows) {
        m_ui->statusLabel->setText(error.message);
        emit errorOccurred(error.message);
        return;
    }
    const QLocale locale;
    for (const ChatRow& row : *rows) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2 — %3")
                .arg(locale.toString(row.startedAt.toLocalTime(), QLocale::ShortFormat),
                     ChatJsonl::channelName(row.channel), row.nickname),
            m_ui->resultsListWidget);
        item->setData(ChatIdRole, row.id);
    }
    m_ui->statusLabel->setText(
        tr("The latest %n of %1 chats", nullptr, int(rows->size())).arg(locale.toString(*count)));
    m_emptyState->update();
}

bool ChatsPanel::search(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        showLatest();
        return true;
    }
    // The words are the search's even when it fails: the empty list then speaks of them,
    // not of an empty register.
    m_terms.clear();
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    for (const QString& t : text.split(separators, Qt::SkipEmptyParts))
        m_terms << folded(t);
    Error error;
    const auto hits = BrowseService(m_session).searchChats(text, 500, &error);
    m_ui->resultsListWidget->clear();
    m_ui->transcriptTextBrowser->clear();
    m_emptyState->update();
    if (!hits) {
        m_ui->statusLabel->setText(error.message);
        emit errorOccurred(error.message);
        return false;
    }
    const QLocale locale;
    for (const ChatHit& hit : *hits) {
        QString snippet = hit.snippet;
        snippet.replace(QLatin1Char('['), QString()).replace(QLatin1Char(']'), QString());
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(
                locale.toString(hit.sentAt.toLocalTime(), QLocale::ShortFormat), snippet),
            m_ui->resultsListWidget);
        item->setData(ChatIdRole, hit.chatId);
        item->setData(MessageIdRole, hit.messageId);
    }
    m_ui->statusLabel->setText(tr("%n message(s) found", nullptr, int(hits->size())));
    if (!hits->isEmpty())
        m_ui->resultsListWidget->setCurrentRow(0);
    return true;
}

void ChatsPanel::openChat(qint64 chatId, qint64 messageId)
{
    Error error;
    const auto chat = BrowseService(m_session).openChat(chatId, &error);
    if (!chat) {
        m_ui->transcriptTextBrowser->setPlainText(error.message);
        emit errorOccurred(error.message);
        return;
    }
    const QLocale locale;
    QString out;
    for (const ChatMessage& m : chat->messages) {
        const QString who = m.sender == QLatin1String("customer") ? tr("Customer")
                            : m.sender == QLatin1String("agent")  ? tr("Agent")
                            : m.sender == QLatin1String("bot")    ? tr("Bot")
                                                                  : tr("System");
        const bool isHit = m.id == messageId;
        out += QStringLiteral("<p%1><a name=\"m%2\"></a><small>%3</small> <b>%4:</b> %5</p>")
                   .arg(isHit ? QStringLiteral(" style=\"background-color:#fff6cc\"") : QString())
                   .arg(m.id)
                   .arg(locale.toString(m.sentAt.toLocalTime().time(), QLocale::ShortFormat)
                            .toHtmlEscaped(),
                        who.toHtmlEscaped(), highlighted(m.text, m_terms));
    }
    m_ui->transcriptTextBrowser->setHtml(out);
    if (messageId > 0)
        m_ui->transcriptTextBrowser->scrollToAnchor(QStringLiteral("m%1").arg(messageId));
}

} // namespace tallenne
