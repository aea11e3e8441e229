#pragma once

#include "core/Error.h"
#include "storage/DirectoryRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace tallenne {

/// One chat conversation as an importer or the demo hands it over.
struct ChatInsert
{
    QString sourceId; ///< the conversation id of the chat system: the idempotency key
    QDateTime startedAt;
    std::optional<QDateTime> endedAt;
    qint64 id = 0;             ///< the row's id when the writer chose it (sealed values name it)
    QString nickname;          ///< the masked form everyone sees
    QByteArray nicknameSealed; ///< in full, sealed at `chats/nickname/<id>`
    QString agent;
    QString channel; ///< e.g. "web", "facebook", "whatsapp"
    std::optional<qint64> subjectId;
    bool restricted = false;
};

/// One message of a chat; `sender` is customer, agent, bot or system.
struct ChatMessageInsert
{
    int seq = 0;
    QDateTime sentAt;
    QString sender;
    QString text;          ///< redacted (Redactor): what everyone reads and searches
    QByteArray textSealed; ///< in full where redaction changed it, at
                           ///< `chat_messages/text/<chat id>/<seq>`
};

/// The chats and chat_messages tables (the FTS4 index follows by trigger). Storage only.
class ChatRepository
{
    Q_DECLARE_TR_FUNCTIONS(ChatRepository)

public:
    explicit ChatRepository(QSqlDatabase db);
    ~ChatRepository();
    ChatRepository(const ChatRepository&) = delete;
    ChatRepository& operator=(const ChatRepository&) = delete;

    /// Inserts the chat unless one with the same source id exists: the new id, or 0.
    [[nodiscard]] std::optional<qint64> insertOrIgnore(const ChatInsert& chat, Error* error);
    /// Adds a message unless the chat already has one with that seq (idempotent re-import).
    [[nodiscard]] bool addMessage(qint64 chatId, const ChatMessageInsert& message, Error* error);
    [[nodiscard]] std::optional<qint64> idForSource(const QString& sourceId, Error* error) const;
    /// Links the chat to a data subject and copies the subject's restriction onto it.
    [[nodiscard]] bool linkSubject(qint64 chatId, qint64 subjectId, Error* error);
    [[nodiscard]] std::optional<qint64> count(Error* error) const;

    [[nodiscard]] DirectoryRepository& directory() { return m_directory; }

private:
    QSqlDatabase m_db;
    DirectoryRepository m_directory;
    std::unique_ptr<QSqlQuery> m_insertChat;
    std::unique_ptr<QSqlQuery> m_insertMessage;
};

} // namespace tallenne
