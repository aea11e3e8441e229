// ImportService::importChats: chats JSON Lines to chats, messages and data subjects.

#include "core/ChatJsonl.h"
#include "core/Masking.h"
#include "core/Redactor.h"
#include "services/ImportService.h"
#include "services/ImportSupport.h"
#include "services/Session.h"
#include "services/SubjectLinker.h"
#include "services/keys/FieldCrypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

namespace tallenne {

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
    const auto region = phoneRegion({}, error);
    if (!region)
        return std::nullopt;
    QSqlDatabase db = m_session.db();
    NameTable agents(db, QStringLiteral("agents"), QStringLiteral("name"));
    FieldCrypto crypto(m_session);
    SubjectLinker subjects(db, crypto, m_session.clock());
    QSqlQuery exists(db), insertChat(db), insertMessage(db), nextId(db), indexIdentifier(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM chats WHERE source_id = ?"));
    nextId.prepare(QStringLiteral("SELECT ifnull(max(id), 0) + 1 FROM chats"));
    insertChat.prepare(QStringLiteral(
        "INSERT INTO chats (id, source_id, started_at, ended_at, nickname, agent_id, channel,"
        " subject_id, restricted, nickname_sealed, identifiers_pending, subject_pending)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insertMessage.prepare(QStringLiteral("INSERT INTO chat_messages (chat_id, seq, sent_at,"
                                         " sender, text, text_sealed) VALUES (?, ?, ?, ?, ?, ?)"));
    indexIdentifier.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO chat_identifiers (chat_id, kind, lookup) VALUES (?, ?, ?)"));
    const auto blob = [](const QByteArray& b) {
        return b.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(b);
    };

    const QString fileName = QFileInfo(options.path).fileName();
    ImportReport report;
    ImportBatches batches(m_session, action, options.strict ? 0 : options.batchSize, nullptr);
    ProgressTicker ticker(progress, file.size());
    if (!batches.begin(error))
        return std::nullopt;
    const auto reject = [&](qint64 line, const QString& reason) {
        report.reject(fileName, line, reason);
        if (!options.strict)
            return true;
        batches.abort();
        report.imported = report.skipped = report.subjectsCreated = report.subjectsLinked = 0;
        report.strictAborted = true;
        return false;
    };
    const auto sqlError = [&](const QSqlQuery& q) {
        setSqlError(q, tr("Importing"), error);
        return std::nullopt;
    };

    qint64 lineNumber = 0, rows = 0, bytes = 0;
    // A line is read into a buffer of ChatJsonl::MaxLineBytes + 1: a longer one is refused
    // and the rest of it skipped in blocks, never held (a file of one endless line would
    // otherwise be read whole into memory).
    QByteArray buffer(ChatJsonl::MaxLineBytes + 2, '\0');
    const auto readLine = [&](QByteArray* line) {
        const qint64 got = file.readLine(buffer.data(), buffer.size());
        if (got <= 0) {
            line->clear();
            return true;
        }
        bytes += got;
        *line = QByteArray(buffer.constData(), qsizetype(got));
        if (line->endsWith('\n') || file.atEnd())
            return true;
        char rest[16384];
        for (qint64 n; (n = file.readLine(rest, sizeof rest)) > 0;) {
            bytes += n;
            if (rest[n - 1] == '\n')
                break;
        }
        line->clear();
        return false;
    };
    while (!file.atEnd()) {
        if (options.stopRequested && options.stopRequested()) {
            report.stopped = true;
            break;
        }
        QByteArray line;
        const bool whole = readLine(&line);
        ++lineNumber;
        if (!whole) {
            ++rows;
            ++report.rowsRead;
            if (!reject(
                    lineNumber,
                    ChatJsonl::tr("the line is longer than %1 bytes").arg(ChatJsonl::MaxLineBytes)))
                break;
            if (!batches.rowDone(report, error))
                return std::nullopt;
            continue;
        }
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1); // so JSON error offsets count from the line's first character
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3); // a byte order mark, as some editors write
        if (line.trimmed().isEmpty())
            continue;
        ++rows;
        ++report.rowsRead;
        // Text as it arrives: bytes that are not UTF-8 become U+FFFD, and the report says so
        // (the JSON parser would refuse the whole line).
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8(line);
        if (utf8.hasError()) {
            line = decoded.toUtf8();
            report.note(fileName, lineNumber, ImportNote::Kind::Text,
                        tr("lines with bytes that are not UTF-8 (replaced by U+FFFD)"),
                        tr("bytes that are not UTF-8 were replaced by U+FFFD"));
        }
        QString reason;
        const auto chat = ChatJsonl::parseLine(line, &reason, *region);
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
            const SubjectKeys keys{chat->subject.identityCode, chat->subject.email,
                                   chat->subject.phone, chat->subject.name};
            const auto outcome = present ? SubjectLinker::Outcome::None
                                         : subjects.link(keys, SubjectLinker::Source::Chat,
                                                         &subjectId, &restricted, error);
            if (outcome == SubjectLinker::Outcome::Failed)
                return std::nullopt;
            if (present) {
                ++report.skipped;
                report.note(fileName, lineNumber, ImportNote::Kind::Skipped,
                            tr("rows already in the register"), tr("chat already in the register"));
            } else if (outcome == SubjectLinker::Outcome::Conflict) {
                if (!reject(lineNumber, tr("subject: the identifiers belong to different data "
                                           "subjects in the register")))
                    break;
            } else {
                const auto agentId = agents.idOf(chat->agent, error);
                if (!agentId)
                    return std::nullopt;
                if (!nextId.exec() || !nextId.next())
                    return sqlError(nextId);
                const qint64 chatId = nextId.value(0).toLongLong();
                nextId.finish();
                // The nickname masked for everyone and sealed in full; the messages redacted
                // for everyone (and searched so), sealed in full where that changed them; what
                // the customer typed of themselves indexed when this session holds the lookup
                // key, else the chat waits for a holder (identifiers_pending).
                QByteArray nicknameSealed;
                if (!chat->nickname.isEmpty()) {
                    const auto sealed = crypto.seal(
                        Capability::Identifiers, chat->nickname.toUtf8(),
                        QByteArray("chats/nickname/") + QByteArray::number(chatId), error);
                    if (!sealed)
                        return std::nullopt;
                    nicknameSealed = *sealed;
                }
                QList<std::pair<QString, QByteArray>> lookups;
                bool identifiersPending = false;
                struct Message
                {
                    QString text;
                    QByteArray sealed;
                };
                QList<Message> messages;
                for (qsizetype i = 0; i < chat->messages.size(); ++i) {
                    const QString& text = chat->messages.at(i).text;
                    const Redaction r = Redactor::redact(text, *region);
                    Message m{r.text, {}};
                    if (!r.spans.isEmpty()) {
                        const auto sealed = crypto.seal(
                            Capability::Identifiers, text.toUtf8(),
                            QStringLiteral("chat_messages/text/%1/%2").arg(chatId).arg(i).toUtf8(),
                            error);
                        if (!sealed)
                            return std::nullopt;
                        m.sealed = *sealed;
                    }
                    for (const RedactedSpan& span : r.spans) {
                        if (span.normalised.isEmpty())
                            continue;
                        const QString kind = Redactor::kindId(span.kind);
                        const QByteArray lookup = crypto.index(kind, span.normalised);
                        if (lookup.isEmpty())
                            identifiersPending = true;
                        else
                            lookups.append({kind, lookup});
                    }
                    messages.append(m);
                }
                // Without the lookup key the subject is linked later: its identifiers wait
                // sealed with the chat.
                QByteArray subjectPending;
                if (outcome == SubjectLinker::Outcome::Deferred) {
                    const QJsonObject pending{{QStringLiteral("identity_code"), keys.identityCode},
                                              {QStringLiteral("email"), keys.email},
                                              {QStringLiteral("phone"), keys.phone},
                                              {QStringLiteral("name"), keys.name}};
                    const auto sealed = crypto.seal(
                        Capability::Identifiers,
                        QJsonDocument(pending).toJson(QJsonDocument::Compact),
                        QByteArray("chats/subject/") + QByteArray::number(chatId), error);
                    if (!sealed)
                        return std::nullopt;
                    subjectPending = *sealed;
                    identifiersPending = true;
                }
                insertChat.bindValue(0, chatId);
                insertChat.bindValue(1, chat->id);
                insertChat.bindValue(2, chat->started.toSecsSinceEpoch());
                insertChat.bindValue(3, chat->ended.isValid()
                                            ? QVariant(chat->ended.toSecsSinceEpoch())
                                            : QVariant());
                insertChat.bindValue(4, chat->nickname.isEmpty()
                                            ? QString(QStringLiteral(""))
                                            : Masking::maskName(chat->nickname));
                insertChat.bindValue(5, *agentId > 0 ? QVariant(*agentId) : QVariant());
                insertChat.bindValue(6, textValue(chat->channel));
                insertChat.bindValue(7, subjectId > 0 ? QVariant(subjectId) : QVariant());
                insertChat.bindValue(8, restricted ? 1 : 0);
                insertChat.bindValue(9, blob(nicknameSealed));
                insertChat.bindValue(10, identifiersPending ? 1 : 0);
                insertChat.bindValue(11, blob(subjectPending));
                if (!insertChat.exec())
                    return sqlError(insertChat);
                for (qsizetype i = 0; i < chat->messages.size(); ++i) {
                    const ChatMessageRecord& m = chat->messages.at(i);
                    insertMessage.bindValue(0, chatId);
                    insertMessage.bindValue(1, qint64(i));
                    insertMessage.bindValue(2, m.time.toSecsSinceEpoch());
                    insertMessage.bindValue(3, m.sender);
                    insertMessage.bindValue(4, textValue(messages.at(i).text));
                    insertMessage.bindValue(5, blob(messages.at(i).sealed));
                    if (!insertMessage.exec())
                        return sqlError(insertMessage);
                }
                for (const auto& [kind, lookup] : std::as_const(lookups)) {
                    indexIdentifier.bindValue(0, chatId);
                    indexIdentifier.bindValue(1, kind);
                    indexIdentifier.bindValue(2, lookup);
                    if (!indexIdentifier.exec())
                        return sqlError(indexIdentifier);
                }
                if (outcome == SubjectLinker::Outcome::Created)
                    ++report.subjectsCreated;
                if (subjectId > 0)
                    ++report.subjectsLinked;
                if (chat->controlCharacters > 0)
                    report.note(fileName, lineNumber, ImportNote::Kind::Text,
                                tr("chats with control characters (replaced, see "
                                   "docs/import-formats.md)"),
                                tr("%n control character(s) removed or replaced by U+FFFD", nullptr,
                                   chat->controlCharacters));
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
