#include "services/keys/IndexService.h"

#include "core/Redactor.h"
#include "services/Session.h"
#include "services/SubjectLinker.h"
#include "services/keys/FieldCrypto.h"
#include "storage/Schema.h"
#include "storage/TransactionGuard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace tallenne {

namespace {

constexpr qint64 batchRows = 5000;

std::nullopt_t failed(const QSqlQuery& q, Error* error)
{
    fail(error, ErrorKind::Damaged, q.lastError().text());
    return std::nullopt;
}

qint64 count(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

IndexService::IndexService(Session& session) : m_session(session) {}

bool IndexService::canIndex() const
{
    return m_session.keys().holds(Capability::Identifiers) &&
           m_session.keys().holds(Capability::Lookup);
}

std::optional<qint64> IndexService::pending(Error* error) const
{
    Q_UNUSED(error);
    const QSqlDatabase db = m_session.db();
    return count(db, QStringLiteral("SELECT count(*) FROM calls WHERE caller_pending")) +
           count(db, QStringLiteral("SELECT count(*) FROM chats WHERE identifiers_pending")) +
           count(db,
                 QStringLiteral("SELECT count(*) FROM subject_identifiers WHERE lookup IS NULL"));
}

std::optional<qint64> IndexService::catchUp(qint64 limit,
                                            const std::function<void(qint64, qint64)>& progress,
                                            Error* error)
{
    if (!canIndex())
        return 0;
    const auto total = pending(error);
    if (!total)
        return std::nullopt;
    qint64 done = 0;
    const qint64 wanted = limit > 0 ? std::min(limit, *total) : *total;
    while (done < wanted) {
        const qint64 room = std::min(batchRows, wanted - done);
        qint64 batch = 0;
        TransactionGuard transaction(m_session.db());
        for (auto step : {&IndexService::identifiers, &IndexService::calls, &IndexService::chats}) {
            const auto n = (this->*step)(room - batch, error);
            if (!n)
                return std::nullopt;
            batch += *n;
            if (batch >= room)
                break;
        }
        if (batch == 0)
            break; // what is left did not open (verify reports it)
        if (!m_session.audit(QStringLiteral("index.catch_up"), {},
                             QStringLiteral("rows=%1").arg(batch), error) ||
            !m_session.commit(transaction, error))
            return std::nullopt;
        done += batch;
        if (progress)
            progress(done, wanted);
    }
    return done;
}

std::optional<qint64> IndexService::identifiers(qint64 limit, Error* error)
{
    QSqlDatabase db = m_session.db();
    FieldCrypto crypto(m_session);
    QSqlQuery select(db), update(db), drop(db);
    select.prepare(QStringLiteral("SELECT id, subject_id, kind, value_sealed FROM"
                                  " subject_identifiers WHERE lookup IS NULL LIMIT ?"));
    select.addBindValue(limit);
    if (!select.exec())
        return failed(select, error);
    QList<std::tuple<qint64, qint64, QString, QByteArray>> rows;
    while (select.next())
        rows.append({select.value(0).toLongLong(), select.value(1).toLongLong(),
                     select.value(2).toString(), select.value(3).toByteArray()});
    select.finish();
    update.prepare(QStringLiteral("UPDATE subject_identifiers SET lookup = ? WHERE id = ?"));
    drop.prepare(QStringLiteral("DELETE FROM subject_identifiers WHERE id = ?"));
    qint64 n = 0;
    for (const auto& [id, subject, kind, sealed] : std::as_const(rows)) {
        Error openError;
        const auto value = crypto.openText(
            Capability::Identifiers, sealed,
            QStringLiteral("subject_identifiers/value/%1/%2").arg(subject).arg(kind).toUtf8(),
            &openError);
        if (!value)
            continue;
        update.bindValue(0, crypto.index(kind, FieldCrypto::normalised(kind, *value)));
        update.bindValue(1, id);
        if (!update.exec()) {
            // The subject has this identifier already: the copy goes.
            drop.bindValue(0, id);
            if (!drop.exec())
                return failed(drop, error);
        }
        ++n;
    }
    return n;
}

std::optional<qint64> IndexService::calls(qint64 limit, Error* error)
{
    QSqlDatabase db = m_session.db();
    FieldCrypto crypto(m_session);
    SubjectLinker linker(db, crypto, m_session.clock());
    QSqlQuery select(db), update(db);
    select.prepare(QStringLiteral("SELECT id, caller_sealed, subject_pending, subject_id FROM"
                                  " calls WHERE caller_pending LIMIT ?"));
    select.addBindValue(limit);
    if (!select.exec())
        return failed(select, error);
    QList<std::tuple<qint64, QByteArray, QByteArray, bool>> rows;
    while (select.next())
        rows.append({select.value(0).toLongLong(), select.value(1).toByteArray(),
                     select.value(2).toByteArray(), !select.value(3).isNull()});
    select.finish();
    update.prepare(QStringLiteral(
        "UPDATE calls SET caller_index = ?, caller_pending = 0, subject_pending = NULL,"
        " subject_id = ifnull(?, subject_id), restricted = max(restricted, ?) WHERE id = ?"));
    qint64 n = 0;
    for (const auto& [id, sealed, subjectPending, linked] : std::as_const(rows)) {
        Error openError;
        const auto caller =
            crypto.openText(Capability::Identifiers, sealed,
                            QByteArray("calls/caller/") + QByteArray::number(id), &openError);
        if (!caller)
            continue;
        qint64 subject = 0;
        bool restricted = false;
        if (!linked) {
            SubjectKeys keys;
            keys.phone = *caller;
            if (!subjectPending.isEmpty()) {
                const auto json =
                    crypto.open(Capability::Identifiers, subjectPending,
                                QByteArray("calls/subject/") + QByteArray::number(id), &openError);
                if (json)
                    keys.name = QJsonDocument::fromJson(*json)
                                    .object()
                                    .value(QStringLiteral("name"))
                                    .toString();
            }
            if (linker.link(keys, SubjectLinker::Source::Call, &subject, &restricted, error) ==
                SubjectLinker::Outcome::Failed)
                return std::nullopt;
        }
        update.bindValue(0, crypto.index(u"phone", *caller));
        update.bindValue(1, subject > 0 ? QVariant(subject)
                                        : QVariant(QMetaType(QMetaType::LongLong)));
        update.bindValue(2, restricted ? 1 : 0);
        update.bindValue(3, id);
        if (!update.exec())
            return failed(update, error);
        ++n;
    }
    return n;
}

std::optional<qint64> IndexService::chats(qint64 limit, Error* error)
{
    QSqlDatabase db = m_session.db();
    FieldCrypto crypto(m_session);
    SubjectLinker linker(db, crypto, m_session.clock());
    const QString region = Schema::profilePhoneRegion(db);
    QSqlQuery select(db), messages(db), index(db), update(db);
    select.prepare(
        QStringLiteral("SELECT id, subject_pending FROM chats WHERE identifiers_pending LIMIT ?"));
    select.addBindValue(limit);
    if (!select.exec())
        return failed(select, error);
    QList<std::pair<qint64, QByteArray>> rows;
    while (select.next())
        rows.append({select.value(0).toLongLong(), select.value(1).toByteArray()});
    select.finish();
    messages.prepare(
        QStringLiteral("SELECT seq, text, text_sealed FROM chat_messages WHERE chat_id = ?"));
    index.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO chat_identifiers (chat_id, kind, lookup) VALUES (?, ?, ?)"));
    update.prepare(QStringLiteral(
        "UPDATE chats SET identifiers_pending = 0, subject_pending = NULL,"
        " subject_id = ifnull(?, subject_id), restricted = max(restricted, ?) WHERE id = ?"));
    qint64 n = 0;
    for (const auto& [id, subjectPending] : std::as_const(rows)) {
        messages.bindValue(0, id);
        if (!messages.exec())
            return failed(messages, error);
        QStringList texts;
        while (messages.next()) {
            Error openError;
            const QByteArray sealed = messages.value(2).toByteArray();
            texts << (sealed.isEmpty() ? messages.value(1).toString()
                                       : crypto
                                             .openText(Capability::Identifiers, sealed,
                                                       QStringLiteral("chat_messages/text/%1/%2")
                                                           .arg(id)
                                                           .arg(messages.value(0).toInt())
                                                           .toUtf8(),
                                                       &openError)
                                             .value_or(messages.value(1).toString()));
        }
        messages.finish();
        for (const QString& text : std::as_const(texts)) {
            for (const RedactedSpan& span : Redactor::redact(text, region).spans) {
                if (span.normalised.isEmpty())
                    continue;
                const QString kind = Redactor::kindId(span.kind);
                index.bindValue(0, id);
                index.bindValue(1, kind);
                index.bindValue(2, crypto.index(kind, span.normalised));
                if (!index.exec())
                    return failed(index, error);
            }
        }
        qint64 subject = 0;
        bool restricted = false;
        if (!subjectPending.isEmpty()) {
            Error openError;
            const auto json =
                crypto.open(Capability::Identifiers, subjectPending,
                            QByteArray("chats/subject/") + QByteArray::number(id), &openError);
            if (json) {
                const QJsonObject o = QJsonDocument::fromJson(*json).object();
                const SubjectKeys keys{o.value(QStringLiteral("identity_code")).toString(),
                                       o.value(QStringLiteral("email")).toString(),
                                       o.value(QStringLiteral("phone")).toString(),
                                       o.value(QStringLiteral("name")).toString()};
                if (linker.link(keys, SubjectLinker::Source::Chat, &subject, &restricted, error) ==
                    SubjectLinker::Outcome::Failed)
                    return std::nullopt;
            }
        }
        update.bindValue(0, subject > 0 ? QVariant(subject)
                                        : QVariant(QMetaType(QMetaType::LongLong)));
        update.bindValue(1, restricted ? 1 : 0);
        update.bindValue(2, id);
        if (!update.exec())
            return failed(update, error);
        ++n;
    }
    return n;
}

} // namespace tallenne
