#include "storage/ChatRepository.h"

#include "storage/Database.h"

namespace tallenne {

namespace {
QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

ChatRepository::ChatRepository(QSqlDatabase db) : m_db(db), m_directory(db) {}

ChatRepository::~ChatRepository() = default;

std::optional<qint64> ChatRepository::insertOrIgnore(const ChatInsert& chat, Error* error)
{
    if (chat.sourceId.isEmpty() || !chat.startedAt.isValid()) {
        fail(error, ErrorKind::InputRejected, tr("A chat needs a source id and a start time."));
        return std::nullopt;
    }
    const auto agent = m_directory.agentId(chat.agent, error);
    if (!agent)
        return std::nullopt;
    if (!m_insertChat) {
        m_insertChat = std::make_unique<QSqlQuery>(m_db);
        if (!m_insertChat->prepare(QStringLiteral(
                // Not INSERT OR IGNORE: that would also swallow CHECK violations silently.
                "INSERT INTO chats (id, source_id, started_at, ended_at, nickname, agent_id,"
                " channel, subject_id, restricted, nickname_sealed)"
                " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                " WHERE NOT EXISTS (SELECT 1 FROM chats WHERE source_id = ?)"))) {
            if (error)
                *error = Database::errorFromSql(m_insertChat->lastError(), tr("Storing a chat"));
            m_insertChat.reset();
            return std::nullopt;
        }
    }
    QSqlQuery& q = *m_insertChat;
    q.bindValue(0, chat.id > 0 ? QVariant(chat.id) : nullInt());
    q.bindValue(1, chat.sourceId);
    q.bindValue(2, chat.startedAt.toSecsSinceEpoch());
    q.bindValue(3, chat.endedAt && chat.endedAt->isValid()
                       ? QVariant(chat.endedAt->toSecsSinceEpoch())
                       : nullInt());
    q.bindValue(4, DirectoryRepository::notNull(chat.nickname));
    q.bindValue(5, *agent > 0 ? QVariant(*agent) : nullInt());
    q.bindValue(6, DirectoryRepository::notNull(chat.channel));
    q.bindValue(7, chat.subjectId ? QVariant(*chat.subjectId) : nullInt());
    q.bindValue(8, chat.restricted ? 1 : 0);
    q.bindValue(9, chat.nicknameSealed.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                 : QVariant(chat.nicknameSealed));
    q.bindValue(10, chat.sourceId);
    if (!q.exec()) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Storing a chat"));
        return std::nullopt;
    }
    if (q.numRowsAffected() == 0)
        return 0;
    return DirectoryRepository::insertedId(q);
}

bool ChatRepository::addMessage(qint64 chatId, const ChatMessageInsert& message, Error* error)
{
    if (!m_insertMessage) {
        m_insertMessage = std::make_unique<QSqlQuery>(m_db);
        if (!m_insertMessage->prepare(
                QStringLiteral("INSERT INTO chat_messages (chat_id, seq, sent_at, sender, text,"
                               " text_sealed) SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1"
                               " FROM chat_messages WHERE chat_id = ? AND seq = ?)"))) {
            if (error)
                *error = Database::errorFromSql(m_insertMessage->lastError(),
                                                tr("Storing a chat message"));
            m_insertMessage.reset();
            return false;
        }
    }
    QSqlQuery& q = *m_insertMessage;
    q.bindValue(0, chatId);
    q.bindValue(1, message.seq);
    q.bindValue(2, message.sentAt.toSecsSinceEpoch());
    q.bindValue(3, DirectoryRepository::notNull(message.sender));
    q.bindValue(4, DirectoryRepository::notNull(message.text));
    q.bindValue(5, message.textSealed.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                : QVariant(message.textSealed));
    q.bindValue(6, chatId);
    q.bindValue(7, message.seq);
    if (!q.exec()) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Storing a chat message"));
        return false;
    }
    return true;
}

std::optional<qint64> ChatRepository::idForSource(const QString& sourceId, Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM chats WHERE source_id = ?"));
    q.addBindValue(sourceId);
    if (!q.exec()) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Finding a chat"));
        return std::nullopt;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool ChatRepository::linkSubject(qint64 chatId, qint64 subjectId, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE chats SET subject_id = ?,"
                             " restricted = (SELECT restricted FROM subjects WHERE id = ?)"
                             " WHERE id = ?"));
    q.addBindValue(subjectId);
    q.addBindValue(subjectId);
    q.addBindValue(chatId);
    if (!q.exec()) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Linking a chat"));
        return false;
    }
    if (q.numRowsAffected() != 1)
        return fail(error, ErrorKind::InputRejected, tr("There is no chat %1.").arg(chatId));
    return true;
}

std::optional<qint64> ChatRepository::count(Error* error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM chats")) || !q.next()) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Counting chats"));
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

} // namespace tallenne
