#pragma once

#include <QVariantMap>
#include <QWidget>

#include <memory>

namespace Ui {
class ChatsPanel;
}

namespace tallenne {

class EmptyState;
class Session;

/// Chats: the latest chats or the hits of a full-text search, and the transcript of the
/// chosen chat with the matching words highlighted and the hit message in view.
class ChatsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChatsPanel(Session& session, QWidget* parent = nullptr);
    ~ChatsPanel() override;

    void focusSearch();
    /// Searches the transcripts (FTS4); false with a message shown on bad input.
    bool search(const QString& text);
    void showLatest();
    /// Shows one chat; `messageId` is scrolled into view and highlighted when given.
    void openChat(qint64 chatId, qint64 messageId = 0);
    /// Runs the search shown (or lists the latest chats) again, keeping the chosen chat.
    void refresh();
    /// The search, the chosen chat and the layout, kept in memory across a lock.
    [[nodiscard]] QVariantMap sessionState() const;
    void restoreSessionState(const QVariantMap& state);
    [[nodiscard]] QString transcriptHtml() const;
    [[nodiscard]] int resultCount() const;

signals:
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void selectResult(qint64 chatId, qint64 messageId);
    /// What the empty result list says: no chats yet, or no chat with the searched words.
    [[nodiscard]] QString emptyText() const;

    std::unique_ptr<Ui::ChatsPanel> m_ui;
    Session& m_session;
    QStringList m_terms; ///< the words of the last search, for highlighting
    EmptyState* m_emptyState = nullptr;
};

} // namespace tallenne
