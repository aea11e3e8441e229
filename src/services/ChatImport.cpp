// ImportService::importChats: chats JSON Lines to chats, messages and data subjects.

#include "core/ChatJsonl.h"
#include "services/ImportService.h"
#include "services/ImportSupport.h"
#include "services/Session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace tallenne {

namespace {

/// Finds or creates the data subject of a chat by its identifiers.
class SubjectLinker
{
public:
    SubjectLinker(QSqlDatabase db, const Clock& clock)
        : m_find(db), m_create(db), m_addIdentifier(db), m_restricted(db), m_rowId(db),
          m_clock(clock)
    {
        m_find.prepare(QStringLiteral(
            "SELECT DISTINCT subject_id FROM subject_identifiers WHERE kind = ? AND value = ?"));
        m_create.prepare(QStringLiteral("INSERT INTO subjects (created_at) VALUES (?)"));
        m_addIdentifier.prepare(
            QStringLiteral("INSERT OR IGNORE INTO subject_identifiers (subject_id, kind, value)"
                           " VALUES (?, ?, ?)"));
        m_restricted.prepare(QStringLiteral("SELECT restricted FROM subjects WHERE id = ?"));
    }

    enum class Outcome
    {
        None,     ///< the chat names nobody
        Linked,   ///< an existing subject
        Created,  ///< a new subject
        Conflict, ///< the identifiers belong to different subjects
        Failed,   ///< storage failure (*error)
    };

    /// The identity code, e-mail and phone each point at the subjects holding them; one
    /// that points at several (a shared phone) decides nothing. When the deciding ones
    /// agree, that subject gets the chat and any identifier it lacked; when none decides, a
    /// new subject is made (names alone never match: they are not unique).
    Outcome link(const ChatSubjectRecord& s, qint64* subjectId, bool* restricted, Error* error)
    {
        if (s.isEmpty())
            return Outcome::None;
        QSet<qint64> candidates;
        const QList<std::pair<QString, QString>> strong = {
            {QStringLiteral("identity_code"), s.identityCode},
            {QStringLiteral("email"), s.email},
            {QStringLiteral("phone"), s.phone}};
        for (const auto& [kind, value] : strong) {
            if (value.isEmpty())
                continue;
            m_find.bindValue(0, kind);
            m_find.bindValue(1, value);
            if (!m_find.exec()) {
                setSqlError(m_find, ImportService::tr("Importing"), error);
                return Outcome::Failed;
            }
            QList<qint64> ids;
            while (m_find.next())
                ids << m_find.value(0).toLongLong();
            m_find.finish();
            if (ids.size() == 1)
                candidates.insert(ids.first());
        }
        if (candidates.size() > 1)
            return Outcome::Conflict;
        Outcome outcome = Outcome::Linked;
        if (candidates.isEmpty()) {
            m_create.bindValue(0, m_clock.nowUtc().toSecsSinceEpoch());
            if (!m_create.exec()) {
                setSqlError(m_create, ImportService::tr("Importing"), error);
                return Outcome::Failed;
            }
            const auto id = lastRowId(m_rowId, error);
            if (!id)
                return Outcome::Failed;
            *subjectId = *id;
            outcome = Outcome::Created;
        } else {
            *subjectId = *candidates.begin();
        }
        for (const auto& [kind, value] :
             strong + QList<std::pair<QString, QString>>{{QStringLiteral("name"), s.name}}) {
            if (value.isEmpty())
                continue;
            m_addIdentifier.bindValue(0, *subjectId);
            m_addIdentifier.bindValue(1, kind);
            m_addIdentifier.bindValue(2, value);
            if (!m_addIdentifier.exec()) {
                setSqlError(m_addIdentifier, ImportService::tr("Importing"), error);
                return Outcome::Failed;
            }
        }
        m_restricted.bindValue(0, *subjectId);
        if (!m_restricted.exec() || !m_restricted.next()) {
            setSqlError(m_restricted, ImportService::tr("Importing"), error);
            return Outcome::Failed;
        }
        *restricted = m_restricted.value(0).toBool();
        m_restricted.finish();
        return outcome;
    }

private:
    QSqlQuery m_find, m_create, m_addIdentifier, m_restricted, m_rowId;
    const Clock& m_clock;
};

} // namespace

std::optional<ImportReport> ImportService::importChats(const ChatImportOptions& options,
                                                       const ImportProgressCallback& progress,
                                                       Error* error)
{
    const QString action = QStringLiteral("import.chats");
    if (!m_session.require(Permission::ManageRetentionAndProfile, action, QStringLiteral("chats"),
                           error))
        return std::nullopt;
    QFile file(options.path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, ErrorKind::InputRejected,
             tr("Cannot open %1: %2")
                 .arg(QDir::toNativeSeparators(options.path), file.errorString()));
        return std::nullopt;
    }
    QSqlDatabase db = m_session.db();
    NameTable agents(db, QStringLiteral("agents"), QStringLiteral("name"));
    SubjectLinker subjects(db, m_session.clock());
    QSqlQuery exists(db), insertChat(db), insertMessage(db), rowId(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM chats WHERE source_id = ?"));
    insertChat.prepare(QStringLiteral(
        "INSERT INTO chats (source_id, started_at, ended_at, nickname, agent_id, channel,"
        " subject_id, restricted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insertMessage.prepare(QStringLiteral(
        "INSERT INTO chat_messages (chat_id, seq, sent_at, sender, text) VALUES (?, ?, ?, ?, ?)"));

    const QString fileName = QFileInfo(options.path).fileName();
    ImportReport report;
    ImportBatches batches(m_session, action, options.strict ? 0 : options.batchSize, nullptr);
    ProgressTicker ticker(progress, file.size());
    if (!batches.begin(error))
        return std::nullopt;
    const auto reject = [&](qint64 line, const QString& reason) {
        report.rejections.append({fileName, line, reason});
        if (!options.strict)
            return true;
        batches.abort();
        report.imported = report.skipped = report.subjectsCreated = 0;
        report.strictAborted = true;
        return false;
    };
    const auto sqlError = [&](const QSqlQuery& q) {
        setSqlError(q, tr("Importing"), error);
        return std::nullopt;
    };

    qint64 lineNumber = 0, rows = 0, bytes = 0;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        bytes += line.size();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1); // so JSON error offsets count from the line's first character
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        ++rows;
        QString reason;
        const auto chat = ChatJsonl::parseLine(line, &reason);
        if (!chat) {
            if (!reject(lineNumber, reason))
                break;
        } else {
            exists.bindValue(0, chat->id);
            if (!exists.exec())
                return sqlError(exists);
            const bool present = exists.next();
            exists.finish();
            qint64 subjectId = 0;
            bool restricted = false;
            const auto outcome = present
                                     ? SubjectLinker::Outcome::None
                                     : subjects.link(chat->subject, &subjectId, &restricted, error);
            if (outcome == SubjectLinker::Outcome::Failed)
                return std::nullopt;
            if (present) {
                ++report.skipped;
            } else if (outcome == SubjectLinker::Outcome::Conflict) {
                if (!reject(lineNumber, tr("subject: the identifiers belong to different data "
                                           "subjects in the register")))
                    break;
            } else {
                const auto agentId = agents.idOf(chat->agent, error);
                if (!agentId)
                    return std::nullopt;
                insertChat.bindValue(0, chat->id);
                insertChat.bindValue(1, chat->started.toSecsSinceEpoch());
                insertChat.bindValue(2, chat->ended.isValid()
                                            ? QVariant(chat->ended.toSecsSinceEpoch())
                                            : QVariant());
                insertChat.bindValue(3, textValue(chat->nickname));
                insertChat.bindValue(4, *agentId > 0 ? QVariant(*agentId) : QVariant());
                insertChat.bindValue(5, textValue(chat->channel));
                insertChat.bindValue(6, subjectId > 0 ? QVariant(subjectId) : QVariant());
                insertChat.bindValue(7, restricted ? 1 : 0);
                if (!insertChat.exec())
                    return sqlError(insertChat);
                const auto chatId = lastRowId(rowId, error);
                if (!chatId)
                    return std::nullopt;
                for (qsizetype i = 0; i < chat->messages.size(); ++i) {
                    const ChatMessageRecord& m = chat->messages.at(i);
                    insertMessage.bindValue(0, *chatId);
                    insertMessage.bindValue(1, qint64(i));
                    insertMessage.bindValue(2, m.time.toSecsSinceEpoch());
                    insertMessage.bindValue(3, m.sender);
                    insertMessage.bindValue(4, textValue(m.text));
                    if (!insertMessage.exec())
                        return sqlError(insertMessage);
                }
                if (outcome == SubjectLinker::Outcome::Created)
                    ++report.subjectsCreated;
                ++report.imported;
            }
        }
        if (!batches.rowDone(report, error))
            return std::nullopt;
        ticker.update(rows, bytes);
    }
    if (report.strictAborted) {
        if (!m_session.audit(action, QStringLiteral("chats"),
                             QStringLiteral("strict: rejected at line %1, nothing imported")
                                 .arg(report.rejections.constLast().line),
                             error) ||
            !m_session.syncAuditAnchor(error))
            return std::nullopt;
    } else if (!batches.finish(report, error)) {
        return std::nullopt;
    }
    ticker.update(rows, bytes, true);
    report.elapsedMs = ticker.elapsedMs();
    return report;
}

} // namespace tallenne
