#pragma once

#include "core/Interaction.h"
#include "services/BrowseService.h"

#include <QFutureWatcher>
#include <QSet>
#include <QTimer>
#include <QVariantMap>
#include <QWidget>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class ChatsPanel;
}

namespace tallenne {

class EmptyState;
class Session;

/// Chats: the latest chats or the hits of a full-text search, within a filter (dates, agent,
/// channel), paged in as the list is scrolled; and the transcript of the chosen chat under a
/// header (agent, channel, times), with the words that matched highlighted and the hit
/// message in view.
class ChatsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChatsPanel(Session& session, QWidget* parent = nullptr);
    ~ChatsPanel() override;

    void focusSearch();
    /// Searches the transcripts (FTS4) within the filter; false with a message shown on bad
    /// input.
    bool search(const QString& text);
    /// The newest chats within the filter.
    void showLatest();
    /// Shows one chat; `messageId` is scrolled into view and highlighted when given.
    void openChat(qint64 chatId, qint64 messageId = 0);
    /// Runs the search shown (or lists the latest chats) again, keeping the chosen chat.
    void refresh();
    /// The search, the filter, the chosen chat and the layout, kept in memory across a lock.
    [[nodiscard]] QVariantMap sessionState() const;
    void restoreSessionState(const QVariantMap& state);
    [[nodiscard]] QString transcriptHtml() const;
    [[nodiscard]] int resultCount() const;

signals:
    void errorOccurred(const QString& message);
    /// A quality manager asks to evaluate the chat shown (Evaluate, under its transcript).
    void evaluateRequested(const tallenne::Interaction& target);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void fillChoices();
    /// Lists the latest chats or searches again, as the panel shows now, with the filter.
    void applyFilter();
    [[nodiscard]] BrowseService::ChatFilter filterFromForm() const;
    [[nodiscard]] bool filtered() const;
    /// Appends the next page of hits to the list; false when it failed.
    bool loadMore();
    /// The latest chats: fills the rows in sight (and the current one) that still wait for
    /// their page; false when reading failed.
    bool loadVisibleRows();
    bool loadPage(int page);
    void updateStatus();
    void selectResult(qint64 chatId, qint64 messageId);
    /// What the empty result list says: no chats yet, none within the filter, no chat with
    /// the searched words, or that a search needs a word.
    [[nodiscard]] QString emptyText() const;
    void showError(const QString& message);
    void setShownChat(qint64 chatId);

    std::unique_ptr<Ui::ChatsPanel> m_ui;
    Session& m_session;
    EmptyState* m_emptyState = nullptr;
    QPushButton* m_evaluateButton = nullptr; ///< quality managers only
    qint64 m_shownChatId = 0;                ///< the chat whose transcript is shown

    bool m_searchActive = false;        ///< the list holds a search's hits (or its failure)
    QString m_searchText;               ///< the text of that search
    QSet<QString> m_words;              ///< its words, folded: an exact match highlights
    QSet<QString> m_stems;              ///< their stems, folded: another form of a word highlights
    BrowseService::ChatFilter m_filter; ///< the filter of the list shown
    std::optional<ChatCursor> m_cursor; ///< where the next page begins
    bool m_hasMore = false;
    qint64 m_total = 0; ///< chats or hits in all, as counted with the first page
    /// A search's hits are counted on a worker after its first page (a common word has
    /// hundreds of thousands); until the count arrives the status line says so.
    bool m_counting = false;
    QFutureWatcher<qint64> m_countWatcher;
    std::shared_ptr<std::atomic<bool>> m_countCancelled;
    void cancelCount();
    bool m_loading = false;
    /// The latest chats hold a row for every chat from the start (the scroll bar shows where
    /// in all of them the view is); these pages of rows have been read.
    QSet<int> m_loadedPages;
    QTimer* m_filterTimer = nullptr; ///< applies a changed filter once the typing pauses
};

} // namespace tallenne
