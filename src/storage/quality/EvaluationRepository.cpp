#include "storage/quality/EvaluationRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tallenne {

namespace {
QVariant nullable(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableReal(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for none.
QString text(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QDateTime utc(const QVariant& v)
{
    return QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Interaction targetFrom(const QVariant& call, const QVariant& chat)
{
    return call.isNull() ? Interaction::chat(chat.toLongLong())
                         : Interaction::call(call.toLongLong());
}

const QString evaluationColumns = QStringLiteral(
    "e.id, e.call_id, e.chat_id, w.scorecard_id, e.scorecard_version_id, s.name, w.version,"
    " COALESCE(a.name, ''), COALESCE(q.name, ''), e.interaction_at, e.evaluator, e.status,"
    " e.revision, e.score, e.critical_failed, e.calibration_id, e.created_at, e.updated_at,"
    " e.submitted_at, COALESCE(c.restricted, h.restricted, 0)"
    " FROM evaluations e"
    " JOIN scorecard_versions w ON w.id = e.scorecard_version_id"
    " JOIN scorecards s ON s.id = w.scorecard_id"
    " LEFT JOIN agents a ON a.id = e.agent_id"
    " LEFT JOIN queues q ON q.id = e.queue_id"
    " LEFT JOIN calls c ON c.id = e.call_id"
    " LEFT JOIN chats h ON h.id = e.chat_id");

EvaluationRecord evaluationFrom(const QSqlQuery& q)
{
    EvaluationRecord r;
    r.id = q.value(0).toLongLong();
    r.target = targetFrom(q.value(1), q.value(2));
    r.scorecardId = q.value(3).toLongLong();
    r.scorecardVersionId = q.value(4).toLongLong();
    r.scorecardName = q.value(5).toString();
    r.scorecardVersion = q.value(6).toInt();
    r.agent = q.value(7).toString();
    r.queue = q.value(8).toString();
    r.interactionAt = utc(q.value(9));
    r.evaluator = q.value(10).toString();
    r.submitted = q.value(11).toString() == QLatin1String("submitted");
    r.revision = q.value(12).toInt();
    if (!q.value(13).isNull())
        r.score = q.value(13).toDouble();
    r.criticalFailed = q.value(14).toBool();
    if (!q.value(15).isNull())
        r.calibrationId = q.value(15).toLongLong();
    r.createdAt = utc(q.value(16));
    r.updatedAt = utc(q.value(17));
    if (!q.value(18).isNull())
        r.submittedAt = utc(q.value(18));
    r.restricted = q.value(19).toBool();
    return r;
}

const QString calibrationColumns = QStringLiteral(
    "k.id, k.call_id, k.chat_id, k.scorecard_version_id, s.name, w.version, k.created_by,"
    " k.created_at, k.closed_at, COALESCE(k.closed_by, ''),"
    " (SELECT COUNT(*) FROM evaluations e WHERE e.calibration_id = k.id),"
    " (SELECT COUNT(*) FROM evaluations e WHERE e.calibration_id = k.id"
    "  AND e.status = 'submitted'),"
    " COALESCE(c.restricted, h.restricted, 0)"
    " FROM calibrations k"
    " JOIN scorecard_versions w ON w.id = k.scorecard_version_id"
    " JOIN scorecards s ON s.id = w.scorecard_id"
    " LEFT JOIN calls c ON c.id = k.call_id"
    " LEFT JOIN chats h ON h.id = k.chat_id");

CalibrationRecord calibrationFrom(const QSqlQuery& q)
{
    CalibrationRecord r;
    r.id = q.value(0).toLongLong();
    r.target = targetFrom(q.value(1), q.value(2));
    r.scorecardVersionId = q.value(3).toLongLong();
    r.scorecardName = q.value(4).toString();
    r.scorecardVersion = q.value(5).toInt();
    r.createdBy = q.value(6).toString();
    r.createdAt = utc(q.value(7));
    if (!q.value(8).isNull())
        r.closedAt = utc(q.value(8));
    r.closedBy = q.value(9).toString();
    r.reviewers = q.value(10).toInt();
    r.submitted = q.value(11).toInt();
    r.restricted = q.value(12).toBool();
    return r;
}
} // namespace

EvaluationRepository::EvaluationRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<InteractionFacts> EvaluationRepository::facts(const Interaction& target,
                                                            Error* error) const
{
    QSqlQuery q(m_db);
    if (target.isCall())
        q.prepare(QStringLiteral(
            "SELECT c.agent_id, COALESCE(a.name, ''), c.queue_id, COALESCE(q.name, ''),"
            " c.started_at, c.restricted,"
            " EXISTS (SELECT 1 FROM recordings r WHERE r.call_id = c.id)"
            " FROM calls c LEFT JOIN agents a ON a.id = c.agent_id"
            " LEFT JOIN queues q ON q.id = c.queue_id WHERE c.id = ?"));
    else
        q.prepare(QStringLiteral(
            "SELECT h.agent_id, COALESCE(a.name, ''), NULL, '', h.started_at, h.restricted, 0"
            " FROM chats h LEFT JOIN agents a ON a.id = h.agent_id WHERE h.id = ?"));
    q.addBindValue(target.id);
    if (!Database::execPrepared(q, tr("Reading the interaction to evaluate"), error) || !q.next())
        return std::nullopt;
    InteractionFacts f;
    f.target = target;
    if (!q.value(0).isNull())
        f.agentId = q.value(0).toLongLong();
    f.agent = q.value(1).toString();
    if (!q.value(2).isNull())
        f.queueId = q.value(2).toLongLong();
    f.queue = q.value(3).toString();
    f.startedAt = utc(q.value(4));
    f.restricted = q.value(5).toBool();
    f.hasRecording = q.value(6).toBool();
    return f;
}

std::optional<qint64> EvaluationRepository::create(const InteractionFacts& facts,
                                                   qint64 scorecardVersionId,
                                                   const QString& evaluator,
                                                   std::optional<qint64> calibrationId,
                                                   const QDateTime& at, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO evaluations (call_id, chat_id, scorecard_version_id, agent_id, queue_id,"
        " interaction_at, evaluator, status, calibration_id, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)"));
    q.addBindValue(facts.target.isCall() ? QVariant(facts.target.id)
                                         : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(facts.target.isCall() ? QVariant(QMetaType::fromType<qint64>())
                                         : QVariant(facts.target.id));
    q.addBindValue(scorecardVersionId);
    q.addBindValue(nullable(facts.agentId));
    q.addBindValue(nullable(facts.queueId));
    q.addBindValue(facts.startedAt.toSecsSinceEpoch());
    q.addBindValue(evaluator);
    q.addBindValue(nullable(calibrationId));
    q.addBindValue(at.toSecsSinceEpoch());
    q.addBindValue(at.toSecsSinceEpoch());
    if (!Database::execPrepared(q, tr("Starting an evaluation"), error))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

std::optional<EvaluationRecord> EvaluationRepository::find(qint64 evaluationId, Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + evaluationColumns + QStringLiteral(" WHERE e.id = ?"));
    q.addBindValue(evaluationId);
    if (!Database::execPrepared(q, tr("Reading an evaluation"), error) || !q.next())
        return std::nullopt;
    return evaluationFrom(q);
}

std::optional<AnswerMap> EvaluationRepository::answers(qint64 evaluationId, Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT criterion_id, state, value, comment, pin_ms, pin_message_id"
                             " FROM evaluation_answers WHERE evaluation_id = ?"));
    q.addBindValue(evaluationId);
    if (!Database::execPrepared(q, tr("Reading an evaluation"), error))
        return std::nullopt;
    AnswerMap out;
    while (q.next()) {
        CriterionAnswer a;
        const QString state = q.value(1).toString();
        a.state = state == QLatin1String("na")     ? CriterionAnswer::State::NotApplicable
                  : state == QLatin1String("open") ? CriterionAnswer::State::Unanswered
                                                   : CriterionAnswer::State::Answered;
        a.value = q.value(2).toInt();
        a.comment = q.value(3).toString();
        if (!q.value(4).isNull())
            a.pinMs = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            a.pinMessageId = q.value(5).toLongLong();
        out.insert(q.value(0).toString(), a);
    }
    return out;
}

bool EvaluationRepository::saveAnswers(qint64 evaluationId, const AnswerMap& answers,
                                       std::optional<double> score, bool criticalFailed,
                                       const QDateTime& at, Error* error)
{
    const QString context = tr("Saving an evaluation");
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM evaluation_answers WHERE evaluation_id = ?"));
    clear.addBindValue(evaluationId);
    if (!Database::execPrepared(clear, context, error))
        return false;
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO evaluation_answers (evaluation_id, criterion_id, state, value, comment,"
        " pin_ms, pin_message_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const CriterionAnswer& a = it.value();
        if (a.state == CriterionAnswer::State::Unanswered && a.comment.isEmpty())
            continue;
        // An unanswered criterion with a comment ('open') keeps the comment of a draft.
        insert.addBindValue(evaluationId);
        insert.addBindValue(it.key());
        insert.addBindValue(a.state == CriterionAnswer::State::NotApplicable ? QStringLiteral("na")
                            : a.state == CriterionAnswer::State::Unanswered
                                ? QStringLiteral("open")
                                : QStringLiteral("answered"));
        insert.addBindValue(a.state == CriterionAnswer::State::Answered ? a.value : 0);
        insert.addBindValue(text(a.comment));
        insert.addBindValue(nullable(a.pinMs));
        insert.addBindValue(nullable(a.pinMessageId));
        if (!Database::execPrepared(insert, context, error))
            return false;
    }
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE evaluations SET score = ?, critical_failed = ?,"
                                  " updated_at = ? WHERE id = ?"));
    update.addBindValue(nullableReal(score));
    update.addBindValue(criticalFailed ? 1 : 0);
    update.addBindValue(at.toSecsSinceEpoch());
    update.addBindValue(evaluationId);
    return Database::execPrepared(update, context, error);
}

bool EvaluationRepository::markSubmitted(qint64 evaluationId, const QDateTime& at, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE evaluations SET status = 'submitted', submitted_at = ?,"
                             " updated_at = ? WHERE id = ?"));
    q.addBindValue(at.toSecsSinceEpoch());
    q.addBindValue(at.toSecsSinceEpoch());
    q.addBindValue(evaluationId);
    return Database::execPrepared(q, tr("Submitting an evaluation"), error);
}

bool EvaluationRepository::keepRevision(const EvaluationRecord& current, const AnswerMap& answers,
                                        const QString& by, const QDateTime& at,
                                        const QString& reason, Error* error)
{
    const QString context = tr("Keeping an evaluation's earlier revision");
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO evaluation_revisions (evaluation_id, revision, answers, score,"
                       " critical_failed, submitted_at, replaced_by, replaced_at, reason)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(current.id);
    q.addBindValue(current.revision);
    q.addBindValue(QString::fromUtf8(answersToJson(answers)));
    q.addBindValue(nullableReal(current.score));
    q.addBindValue(current.criticalFailed ? 1 : 0);
    q.addBindValue(current.submittedAt ? QVariant(current.submittedAt->toSecsSinceEpoch())
                                       : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(by);
    q.addBindValue(at.toSecsSinceEpoch());
    q.addBindValue(reason);
    if (!Database::execPrepared(q, context, error))
        return false;
    QSqlQuery bump(m_db);
    bump.prepare(QStringLiteral("UPDATE evaluations SET revision = revision + 1 WHERE id = ?"));
    bump.addBindValue(current.id);
    return Database::execPrepared(bump, context, error);
}

QList<EvaluationRevisionRecord> EvaluationRepository::revisions(qint64 evaluationId,
                                                                Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT revision, answers, score, critical_failed, submitted_at,"
                             " replaced_by, replaced_at, reason FROM evaluation_revisions"
                             " WHERE evaluation_id = ? ORDER BY revision"));
    q.addBindValue(evaluationId);
    QList<EvaluationRevisionRecord> out;
    if (!Database::execPrepared(q, tr("Reading an evaluation"), error))
        return out;
    while (q.next()) {
        EvaluationRevisionRecord r;
        r.revision = q.value(0).toInt();
        r.answers = answersFromJson(q.value(1).toString().toUtf8()).value_or(AnswerMap());
        if (!q.value(2).isNull())
            r.score = q.value(2).toDouble();
        r.criticalFailed = q.value(3).toBool();
        if (!q.value(4).isNull())
            r.submittedAt = utc(q.value(4));
        r.replacedBy = q.value(5).toString();
        r.replacedAt = utc(q.value(6));
        r.reason = q.value(7).toString();
        out.append(r);
    }
    return out;
}

bool EvaluationRepository::remove(qint64 evaluationId, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM evaluations WHERE id = ?"));
    q.addBindValue(evaluationId);
    return Database::execPrepared(q, tr("Deleting an evaluation"), error);
}

QList<EvaluationRecord> EvaluationRepository::list(const EvaluationQuery& query, Error* error) const
{
    QStringList where;
    QVariantList values;
    if (query.from) {
        where << QStringLiteral("e.interaction_at >= ?");
        values << query.from->toSecsSinceEpoch();
    }
    if (query.to) {
        where << QStringLiteral("e.interaction_at < ?");
        values << query.to->toSecsSinceEpoch();
    }
    if (query.target) {
        where << (query.target->isCall() ? QStringLiteral("e.call_id = ?")
                                         : QStringLiteral("e.chat_id = ?"));
        values << query.target->id;
    }
    if (query.calibrationId) {
        where << QStringLiteral("e.calibration_id = ?");
        values << *query.calibrationId;
    } else if (!query.includeCalibrations) {
        where << QStringLiteral("e.calibration_id IS NULL");
    }
    if (query.onlySubmitted) {
        where << QStringLiteral("e.status = 'submitted'");
    } else {
        where << QStringLiteral("(e.status = 'submitted' OR e.evaluator = ?)");
        values << text(query.draftsOf);
    }
    if (!query.includeRestricted)
        where << QStringLiteral("COALESCE(c.restricted, h.restricted, 0) = 0");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + evaluationColumns + QStringLiteral(" WHERE ") +
              where.join(QStringLiteral(" AND ")) +
              QStringLiteral(" ORDER BY e.interaction_at DESC, e.id DESC LIMIT ?"));
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(query.limit);
    QList<EvaluationRecord> out;
    if (!Database::execPrepared(q, tr("Reading evaluations"), error))
        return out;
    while (q.next())
        out.append(evaluationFrom(q));
    return out;
}

std::optional<qint64> EvaluationRepository::lastScorecard(Interaction::Kind kind,
                                                          const QString& evaluator,
                                                          Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT v.scorecard_id FROM evaluations e"
                             " JOIN scorecard_versions v ON v.id = e.scorecard_version_id"
                             " WHERE e.calibration_id IS NULL AND (e.call_id IS NOT NULL) = ?"
                             " ORDER BY e.evaluator = ? DESC, e.id DESC LIMIT 1"));
    q.addBindValue(kind == Interaction::Kind::Call ? 1 : 0);
    q.addBindValue(evaluator);
    if (!Database::execPrepared(q, tr("Reading evaluations"), error) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<qint64> EvaluationRepository::createCalibration(const Interaction& target,
                                                              qint64 scorecardVersionId,
                                                              const QString& by,
                                                              const QDateTime& at, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO calibrations (call_id, chat_id, scorecard_version_id,"
                             " created_by, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(target.isCall() ? QVariant(target.id) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(target.isCall() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(target.id));
    q.addBindValue(scorecardVersionId);
    q.addBindValue(by);
    q.addBindValue(at.toSecsSinceEpoch());
    if (!Database::execPrepared(q, tr("Starting a calibration"), error))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

bool EvaluationRepository::closeCalibration(qint64 calibrationId, const QString& by,
                                            const QDateTime& at, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE calibrations SET closed_by = ?, closed_at = ? WHERE id = ?"));
    q.addBindValue(by);
    q.addBindValue(at.toSecsSinceEpoch());
    q.addBindValue(calibrationId);
    return Database::execPrepared(q, tr("Closing a calibration"), error);
}

std::optional<CalibrationRecord> EvaluationRepository::findCalibration(qint64 calibrationId,
                                                                       Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + calibrationColumns + QStringLiteral(" WHERE k.id = ?"));
    q.addBindValue(calibrationId);
    if (!Database::execPrepared(q, tr("Reading a calibration"), error) || !q.next())
        return std::nullopt;
    return calibrationFrom(q);
}

QList<CalibrationRecord> EvaluationRepository::calibrations(bool includeRestricted,
                                                            Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + calibrationColumns +
              (includeRestricted
                   ? QString()
                   : QStringLiteral(" WHERE COALESCE(c.restricted, h.restricted, 0) = 0")) +
              QStringLiteral(" ORDER BY k.closed_at IS NOT NULL, k.created_at DESC, k.id DESC"));
    QList<CalibrationRecord> out;
    if (!Database::execPrepared(q, tr("Reading calibrations"), error))
        return out;
    while (q.next())
        out.append(calibrationFrom(q));
    return out;
}

QList<AnswerCount> EvaluationRepository::answerCounts(const QDateTime& from, const QDateTime& to,
                                                      bool includeRestricted, Error* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
                  "SELECT e.scorecard_version_id, x.criterion_id, x.state, x.value, COUNT(*)"
                  " FROM evaluation_answers x JOIN evaluations e ON e.id = x.evaluation_id"
                  " LEFT JOIN calls c ON c.id = e.call_id LEFT JOIN chats h ON h.id = e.chat_id"
                  " WHERE e.status = 'submitted' AND e.calibration_id IS NULL AND x.state <> 'open'"
                  " AND e.interaction_at >= ? AND e.interaction_at < ?") +
              (includeRestricted
                   ? QString()
                   : QStringLiteral(" AND COALESCE(c.restricted, h.restricted, 0) = 0")) +
              QStringLiteral(" GROUP BY 1, 2, 3, 4"));
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(to.toSecsSinceEpoch());
    QList<AnswerCount> out;
    if (!Database::execPrepared(q, tr("Reading evaluations"), error))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(),
                    q.value(2).toString() == QLatin1String("na"), q.value(3).toInt(),
                    q.value(4).toInt()});
    return out;
}

} // namespace tallenne
