#include "gui/ChatsPanel.h"

#include "core/ChatJsonl.h"
#include "core/Permissions.h"
#include "core/WordStems.h"
#include "gui/DateFields.h"
#include "gui/EmptyState.h"
#include "gui/FilterFields.h"
#include "services/Session.h"

#include "ui_ChatsPanel.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>

#include <algorithm>
#include <climits>

namespace tallenne {

namespace {
enum ItemRoles
{
    ChatIdRole = Qt::UserRole + 1,
    MessageIdRole,
    TimeRole
};

// Rows fetched at a time: a screenful many times over, and few enough to come at once.
constexpr int pageSize = 200;

// Folds case and diacritics so "paatos" highlights "päätös", as the search found it.
QString folded(const QString& text)
{
    QString out = text.normalized(QString::NormalizationForm_D);
    out.remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
    return out.toCaseFolded();
}

// Wraps in <span> every word of `text` the search matched: written as a searched word, or
// with the same stem as one (the search matches the same two ways, diacritics and case
// ignored). Other words that merely contain a searched word stay as they are.
QString highlighted(const QString& text, const QSet<QString>& words, const QSet<QString>& stems)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QString out;
    qsizetype last = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last).toHtmlEscaped();
        const QString w = m.captured();
        const bool hit = !words.isEmpty() &&
                         (words.contains(folded(w)) || stems.contains(folded(WordStems::stem(w))));
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
    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addMonths(-1));
    m_ui->toDateEdit->setDate(today);
    m_ui->fromDateEdit->setEnabled(false);
    m_ui->toDateEdit->setEnabled(false);
    m_emptyState = EmptyState::install(m_ui->resultsListWidget, [this] { return emptyText(); });
    // Quality managers evaluate the chat shown on the Quality page, from under its transcript.
    if (Permissions::allows(session.roles(), Permission::Evaluate)) {
        QWidget* transcript = m_ui->transcriptTextBrowser;
        const int index = m_ui->splitter->indexOf(transcript);
        auto* box = new QWidget(this);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(transcript);
        auto* row = new QHBoxLayout;
        row->addStretch(1);
        m_evaluateButton = new QPushButton(box);
        m_evaluateButton->setObjectName(QStringLiteral("evaluateButton"));
        m_evaluateButton->setEnabled(false);
        row->addWidget(m_evaluateButton);
        layout->addLayout(row);
        m_ui->splitter->insertWidget(index, box);
        m_ui->splitter->setStretchFactor(index, 2);
        connect(m_evaluateButton, &QPushButton::clicked, this, [this] {
            if (m_shownChatId > 0)
                emit evaluateRequested(Interaction::chat(m_shownChatId));
        });
    }
    retranslate();
    fillChoices();
    connect(m_ui->fromCheckBox, &QCheckBox::toggled, m_ui->fromDateEdit, &QWidget::setEnabled);
    connect(m_ui->toCheckBox, &QCheckBox::toggled, m_ui->toDateEdit, &QWidget::setEnabled);
    // Enter in a filter field applies the filter to what the list shows.
    for (QWidget* field :
         {static_cast<QWidget*>(m_ui->fromCheckBox), static_cast<QWidget*>(m_ui->fromDateEdit),
          static_cast<QWidget*>(m_ui->toCheckBox), static_cast<QWidget*>(m_ui->toDateEdit),
          static_cast<QWidget*>(m_ui->agentComboBox), static_cast<QWidget*>(m_ui->channelComboBox)})
        field->installEventFilter(this);
    // A changed filter applies itself (the list says what it holds); a date being typed
    // waits for a pause, so each digit does not read the list again.
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(400);
    connect(m_filterTimer, &QTimer::timeout, this, &ChatsPanel::applyFilter);
    for (QCheckBox* box : {m_ui->fromCheckBox, m_ui->toCheckBox})
        connect(box, &QCheckBox::clicked, this, &ChatsPanel::applyFilter);
    for (QComboBox* box : {m_ui->agentComboBox, m_ui->channelComboBox})
        connect(box, &QComboBox::activated, this, &ChatsPanel::applyFilter);
    for (QDateEdit* edit : {m_ui->fromDateEdit, m_ui->toDateEdit})
        connect(edit, &QDateEdit::dateChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_ui->searchButton, &QPushButton::clicked, this,
            [this] { search(m_ui->searchLineEdit->text()); });
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this,
            [this] { search(m_ui->searchLineEdit->text()); });
    applyWhenCleared(m_ui->searchLineEdit, this, [this] { search({}); });
    connect(m_ui->recentButton, &QPushButton::clicked, this, &ChatsPanel::showLatest);
    connect(m_ui->resultsListWidget, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* item) {
                if (!item)
                    return;
                // A row of the latest chats whose page was not read yet (End, Page Down).
                if (!m_searchActive && !item->data(ChatIdRole).isValid())
                    loadPage(m_ui->resultsListWidget->row(item) / pageSize);
                openChat(item->data(ChatIdRole).toLongLong(),
                         item->data(MessageIdRole).toLongLong());
            });
    // The latest chats: a row per chat from the start, each page read as it comes in sight.
    // A search's hits: more come in when the list is scrolled to its end (each page of hits
    // reads message text and is audited, so none is read before it is wanted).
    m_ui->resultsListWidget->setUniformItemSizes(true);
    connect(&m_countWatcher, &QFutureWatcherBase::finished, this, [this] {
        // Only the current search's count, and only once it is in.
        if (!m_counting || !m_countCancelled || !m_countWatcher.isFinished())
            return;
        const qint64 count = m_countWatcher.result();
        m_counting = false;
        m_countCancelled.reset();
        if (count >= 0)
            m_total = std::max<qint64>(count, m_ui->resultsListWidget->count());
        updateStatus();
    });
    connect(m_ui->resultsListWidget->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) {
                if (!m_searchActive)
                    loadVisibleRows();
                else if (m_hasMore && !m_loading &&
                         value >= m_ui->resultsListWidget->verticalScrollBar()->maximum())
                    loadMore();
            });
    connect(m_ui->resultsListWidget->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        if (!m_searchActive)
            loadVisibleRows();
    });
    showLatest();
}

ChatsPanel::~ChatsPanel()
{
    cancelCount();
    m_countWatcher.disconnect(this);
    m_countWatcher.waitForFinished();
}

void ChatsPanel::cancelCount()
{
    m_counting = false;
    if (m_countCancelled) {
        m_countCancelled->store(true); // its result, if any, is never used
        m_countCancelled.reset();
    }
}

void ChatsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        fillChoices();
        updateStatus();
        // The rows in view read again: their dates and channel names as the language writes
        // them (a trial saw English dates in the Finnish console until the next login).
        if (!m_searchActive) {
            m_loadedPages.clear();
            loadVisibleRows();
        }
    }
    QWidget::changeEvent(event);
}

bool ChatsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // An open drop-down takes Enter for its own choice.
        const auto* box = qobject_cast<QComboBox*>(watched);
        if (enter && key->modifiers() == Qt::NoModifier && !(box && box->view()->isVisible())) {
            applyFilter();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChatsPanel::retranslate()
{
    m_ui->searchLineEdit->setPlaceholderText(tr("a word or words, e.g. päätös"));
    if (m_evaluateButton) {
        m_evaluateButton->setText(tr("&Evaluate"));
        m_evaluateButton->setToolTip(tr("Evaluate this chat on a scorecard, beside its transcript "
                                        "(Quality)"));
    }
    // Dates as the language writes them, typed as people type them.
    for (QDateEdit* edit : {m_ui->fromDateEdit, m_ui->toDateEdit})
        DateFields::setUp(edit, DateFields::localeFormat());
    m_emptyState->update();
}

void ChatsPanel::fillChoices()
{
    BrowseService service(m_session);
    Error error;
    const QString agent =
        m_ui->agentComboBox->currentIndex() > 0 ? m_ui->agentComboBox->currentText() : QString();
    m_ui->agentComboBox->clear();
    m_ui->agentComboBox->addItem(tr("Any"));
    m_ui->agentComboBox->addItems(service.agents(&error));
    m_ui->agentComboBox->setCurrentIndex(std::max(0, m_ui->agentComboBox->findText(agent)));
    const QString channel = m_ui->channelComboBox->currentData().toString();
    m_ui->channelComboBox->clear();
    m_ui->channelComboBox->addItem(tr("Any"), QString());
    for (const QString& c : service.chatChannels(&error))
        m_ui->channelComboBox->addItem(ChatJsonl::channelName(c), c);
    m_ui->channelComboBox->setCurrentIndex(
        channel.isEmpty() ? 0 : std::max(0, m_ui->channelComboBox->findData(channel)));
}

BrowseService::ChatFilter ChatsPanel::filterFromForm() const
{
    BrowseService::ChatFilter f;
    // Local days, as the dates are shown.
    if (m_ui->fromCheckBox->isChecked())
        f.from = QDateTime(m_ui->fromDateEdit->date(), QTime(0, 0));
    if (m_ui->toCheckBox->isChecked())
        f.to = QDateTime(m_ui->toDateEdit->date(), QTime(23, 59, 59)); // inclusive
    if (m_ui->agentComboBox->currentIndex() > 0)
        f.agent = m_ui->agentComboBox->currentText();
    f.channel = m_ui->channelComboBox->currentData().toString();
    return f;
}

bool ChatsPanel::filtered() const
{
    return m_filter.from || m_filter.to || !m_filter.agent.isEmpty() || !m_filter.channel.isEmpty();
}

void ChatsPanel::applyFilter()
{
    m_filterTimer->stop();
    if (m_searchActive)
        search(m_searchText);
    else
        showLatest();
}

QString ChatsPanel::emptyText() const
{
    if (m_searchActive && m_words.isEmpty())
        return tr("Type a word to search for: letters or digits. Latest chats shows the newest "
                  "chats.");
    if (m_searchActive)
        return filtered() ? tr("No chat within the filter contains these words. Try fewer "
                               "words or widen the filter.")
                          : tr("No chat contains these words. Try fewer words, or press Latest "
                               "chats to see the newest.");
    if (filtered())
        return tr("No chat matches the filter. Widen the dates or choose Any.");
    return tr("No chats yet. An administrator imports chat transcripts with File → "
              "Import chats, or tallenne-admin import chats.");
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

void ChatsPanel::showError(const QString& message)
{
    m_ui->statusLabel->setText(message);
    emit errorOccurred(message);
}

void ChatsPanel::setShownChat(qint64 chatId)
{
    m_shownChatId = chatId;
    if (m_evaluateButton)
        m_evaluateButton->setEnabled(chatId > 0);
}

void ChatsPanel::refresh()
{
    QListWidgetItem* current = m_ui->resultsListWidget->currentItem();
    const qint64 chatId = current ? current->data(ChatIdRole).toLongLong() : 0;
    const qint64 messageId = current ? current->data(MessageIdRole).toLongLong() : 0;
    fillChoices();
    applyFilter();
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
    return {{QStringLiteral("search"), m_searchActive ? m_searchText : QString()},
            {QStringLiteral("typed"), m_ui->searchLineEdit->text()},
            {QStringLiteral("fromOn"), m_ui->fromCheckBox->isChecked()},
            {QStringLiteral("from"), m_ui->fromDateEdit->date()},
            {QStringLiteral("toOn"), m_ui->toCheckBox->isChecked()},
            {QStringLiteral("to"), m_ui->toDateEdit->date()},
            {QStringLiteral("agent"), m_ui->agentComboBox->currentIndex() > 0
                                          ? m_ui->agentComboBox->currentText()
                                          : QString()},
            {QStringLiteral("channel"), m_ui->channelComboBox->currentData().toString()},
            {QStringLiteral("chat"), current ? current->data(ChatIdRole).toLongLong() : 0},
            {QStringLiteral("message"), current ? current->data(MessageIdRole).toLongLong() : 0}};
}

void ChatsPanel::restoreSessionState(const QVariantMap& state)
{
    if (state.isEmpty())
        return;
    m_ui->fromCheckBox->setChecked(state.value(QStringLiteral("fromOn")).toBool());
    if (state.contains(QStringLiteral("from")))
        m_ui->fromDateEdit->setDate(state.value(QStringLiteral("from")).toDate());
    m_ui->toCheckBox->setChecked(state.value(QStringLiteral("toOn")).toBool());
    if (state.contains(QStringLiteral("to")))
        m_ui->toDateEdit->setDate(state.value(QStringLiteral("to")).toDate());
    m_ui->agentComboBox->setCurrentIndex(std::max(
        0, m_ui->agentComboBox->findText(state.value(QStringLiteral("agent")).toString())));
    const QString channel = state.value(QStringLiteral("channel")).toString();
    m_ui->channelComboBox->setCurrentIndex(
        channel.isEmpty() ? 0 : std::max(0, m_ui->channelComboBox->findData(channel)));
    const QString searched = state.value(QStringLiteral("search")).toString();
    if (!searched.isEmpty())
        search(searched);
    else
        showLatest();
    m_filterTimer->stop(); // the dates set above are applied already
    m_ui->searchLineEdit->setText(state.value(QStringLiteral("typed")).toString());
    selectResult(state.value(QStringLiteral("chat")).toLongLong(),
                 state.value(QStringLiteral("message")).toLongLong());
}

void ChatsPanel::showLatest()
{
    m_searchActive = false;
    m_searchText.clear();
    m_words.clear();
    m_stems.clear();
    m_filter = filterFromForm();
    m_cursor.reset();
    m_hasMore = false;
    m_total = 0;
    cancelCount();
    m_ui->resultsListWidget->clear();
    m_ui->transcriptTextBrowser->clear();
    setShownChat(0);
    Error error;
    const auto count = BrowseService(m_session).countChats(m_filter, &error);
    if (!count) {
        m_emptyState->update();
        showError(error.message);
        return;
    }
    m_total = *count;
    m_loadedPages.clear();
    // A row for every chat at once: the scroll bar's handle shows where the view is among
    // all of them (rows read a page at a time were a handle at the bottom over the newest).
    const QString waiting = QStringLiteral("…");
    m_ui->resultsListWidget->setUpdatesEnabled(false);
    for (qint64 i = 0; i < m_total; ++i)
        new QListWidgetItem(waiting, m_ui->resultsListWidget);
    m_ui->resultsListWidget->setUpdatesEnabled(true);
    if (loadPage(0))
        loadVisibleRows();
    updateStatus();
    m_emptyState->update();
}

bool ChatsPanel::loadVisibleRows()
{
    QListWidget* list = m_ui->resultsListWidget;
    if (m_searchActive || list->count() == 0)
        return true;
    const QModelIndex top = list->indexAt(QPoint(1, 1));
    const QModelIndex bottom = list->indexAt(QPoint(1, list->viewport()->height() - 2));
    const int first = top.isValid() ? top.row() : 0;
    const int last =
        bottom.isValid() ? bottom.row() : std::min(list->count() - 1, first + pageSize);
    for (int page = first / pageSize; page <= last / pageSize; ++page) {
        if (!loadPage(page))
            return false;
    }
    return true;
}

bool ChatsPanel::loadPage(int page)
{
    if (m_searchActive || page < 0 || m_loadedPages.contains(page) ||
        qint64(page) * pageSize >= m_ui->resultsListWidget->count())
        return true;
    Error error;
    const auto rows = BrowseService(m_session).chats(m_filter, Qt::DescendingOrder,
                                                     qint64(page) * pageSize, pageSize, &error);
    if (!rows) {
        showError(error.message);
        return false;
    }
    m_loadedPages.insert(page);
    const QLocale locale;
    for (int i = 0; i < rows->size(); ++i) {
        QListWidgetItem* item = m_ui->resultsListWidget->item(page * pageSize + i);
        if (!item)
            break;
        const ChatRow& row = rows->at(i);
        item->setText(QStringLiteral("%1 — %2 — %3")
                          .arg(locale.toString(row.startedAt.toLocalTime(), QLocale::ShortFormat),
                               ChatJsonl::channelName(row.channel), row.nickname));
        item->setData(ChatIdRole, row.id);
    }
    return true;
}

bool ChatsPanel::search(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        showLatest();
        return true;
    }
    // The search is the list's even when it fails or has no words: the empty list then
    // speaks of it, not of an empty register.
    m_searchActive = true;
    m_searchText = text;
    m_words.clear();
    m_stems.clear();
    for (const QString& w : WordStems::words(text)) {
        m_words.insert(folded(w));
        m_stems.insert(folded(WordStems::stem(w)));
    }
    m_filter = filterFromForm();
    m_cursor.reset();
    m_hasMore = false;
    m_total = 0;
    cancelCount();
    m_ui->resultsListWidget->clear();
    m_ui->transcriptTextBrowser->clear();
    setShownChat(0);
    m_emptyState->update();
    if (m_words.isEmpty()) {
        m_ui->statusLabel->setText(tr("Type at least one word to search for (letters or digits)."));
        return false;
    }
    m_hasMore = true;
    if (!loadMore())
        return false;
    if (m_ui->resultsListWidget->count() > 0)
        m_ui->resultsListWidget->setCurrentRow(0);
    return true;
}

bool ChatsPanel::loadMore()
{
    if (!m_searchActive || !m_hasMore || m_loading)
        return true;
    m_loading = true;
    Error error;
    BrowseService service(m_session);
    const QLocale locale;
    int got = 0;
    bool ok = true;
    if (m_searchActive) {
        // The first page without its count: a worker counts the hits when there may be more.
        const bool first = !m_cursor;
        const auto hits =
            service.searchChats(m_searchText, m_filter, m_cursor, pageSize, nullptr, &error);
        if (!hits) {
            ok = false;
        } else {
            if (first) {
                m_total = hits->size();
                if (hits->size() == pageSize) {
                    Error countError;
                    if (auto job = service.countChatHitsInBackground(m_searchText, m_filter,
                                                                     &countError)) {
                        m_counting = true;
                        m_countCancelled = job->cancelled;
                        m_countWatcher.setFuture(job->future);
                    }
                }
            }
            for (const ChatHit& hit : *hits) {
                QString snippet = hit.snippet;
                snippet.replace(QLatin1Char('['), QString()).replace(QLatin1Char(']'), QString());
                auto* item = new QListWidgetItem(
                    QStringLiteral("%1 — %2").arg(
                        locale.toString(hit.sentAt.toLocalTime(), QLocale::ShortFormat), snippet),
                    m_ui->resultsListWidget);
                item->setData(ChatIdRole, hit.chatId);
                item->setData(MessageIdRole, hit.messageId);
                m_cursor = ChatCursor{hit.sentAt, hit.messageId};
            }
            got = int(hits->size());
        }
    }
    m_loading = false;
    if (!ok) {
        m_hasMore = false;
        m_emptyState->update();
        showError(error.message);
        return false;
    }
    m_hasMore = got == pageSize;
    updateStatus();
    m_emptyState->update();
    return true;
}

void ChatsPanel::updateStatus()
{
    if (m_searchActive && m_words.isEmpty())
        return; // the message of the failed search stays
    const QLocale locale;
    const int shown = m_ui->resultsListWidget->count();
    const int total = int(std::min<qint64>(std::max<qint64>(m_total, shown), INT_MAX));
    if (m_searchActive && m_counting)
        m_ui->statusLabel->setText(tr("%1 messages shown, the newest first; counting them all…")
                                       .arg(locale.toString(shown)));
    else if (m_searchActive)
        m_ui->statusLabel->setText(
            shown < total
                ? tr("%Ln message(s) found, %1 shown: scroll down for more", nullptr, total)
                      .arg(locale.toString(shown))
                : tr("%Ln message(s) found", nullptr, total));
    else
        m_ui->statusLabel->setText(
            shown < total
                ? tr("%Ln chat(s), the latest %1 shown: scroll down for more", nullptr, total)
                      .arg(locale.toString(shown))
                : tr("%Ln chat(s)", nullptr, total));
}

void ChatsPanel::openChat(qint64 chatId, qint64 messageId)
{
    Error error;
    const auto chat = BrowseService(m_session).openChat(chatId, &error);
    if (!chat) {
        m_ui->transcriptTextBrowser->setPlainText(error.message);
        setShownChat(0);
        emit errorOccurred(error.message);
        return;
    }
    const QLocale locale;
    const auto when = [&locale](const QDateTime& t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat)
                           : tr("not recorded");
    };
    const auto field = [](const QString& name, const QString& value) {
        return QStringLiteral("<b>%1</b> %2").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    // The header: who answered, by which channel, and when the chat began and ended.
    QString out =
        QStringLiteral("<p>%1 &nbsp;·&nbsp; %2<br>%3 &nbsp;·&nbsp; %4</p><hr>")
            .arg(field(tr("Agent:"), chat->chat.agent.isEmpty() ? tr("none") : chat->chat.agent),
                 field(tr("Channel:"), ChatJsonl::channelName(chat->chat.channel)),
                 field(tr("Started:"), when(chat->chat.startedAt)),
                 field(tr("Ended:"), when(chat->chat.endedAt)));
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
                        who.toHtmlEscaped(),
                        highlighted(m.text, m_searchActive ? m_words : QSet<QString>(), m_stems));
    }
    m_ui->transcriptTextBrowser->setHtml(out);
    setShownChat(chatId);
    if (messageId > 0)
        m_ui->transcriptTextBrowser->scrollToAnchor(QStringLiteral("m%1").arg(messageId));
}

} // namespace tallenne
