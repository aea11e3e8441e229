#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace tallenne {

namespace {

void addField(QCryptographicHash& hash, const QByteArray& field)
{
    const QByteArray length = QByteArray::number(field.size());
    hash.addData(length);
    hash.addData(QByteArrayView(":"));
    hash.addData(field);
}

// A null QString binds as SQL NULL; the columns are NOT NULL with '' for "none".
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString timestamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

AuditEntry entryFrom(const QSqlQuery& q)
{
    AuditEntry e;
    e.sequence = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.user = q.value(2).toString();
    e.roles = q.value(3).toString();
    e.action = q.value(4).toString();
    e.object = q.value(5).toString();
    e.purpose = q.value(6).toString();
    e.details = q.value(7).toString();
    e.previousHash = q.value(8).toString().toLatin1();
    e.hash = q.value(9).toString().toLatin1();
    e.signature = q.value(10).toString().toLatin1();
    return e;
}

const char* const selectColumns =
    "SELECT seq, at, user_name, roles, action, object, purpose, details, prev_hash, hash, "
    "signature FROM audit_log";

} // namespace

AuditLog::AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

QStringList AuditLog::schemaStatements()
{
    return {
        QStringLiteral("CREATE TABLE audit_log ("
                       " seq INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " user_name TEXT NOT NULL,"
                       " roles TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " object TEXT NOT NULL DEFAULT '',"
                       " purpose TEXT NOT NULL DEFAULT '',"
                       " details TEXT NOT NULL DEFAULT '',"
                       " prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_log_user ON audit_log(user_name, seq)"),
        QStringLiteral("CREATE INDEX audit_log_action ON audit_log(action, seq)"),
        // Append-only: the application never updates or deletes an entry. Someone holding
        // the key could drop these triggers; the hash chain and the anchor catch that.
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
    };
}

QStringList AuditLog::checkpointSchemaStatements()
{
    return {
        // One row per checkpoint entry: its sequence number, the last entry it cut off and
        // that entry's hash (the prev_hash of the entry after it).
        QStringLiteral("CREATE TABLE audit_checkpoints ("
                       " seq INTEGER PRIMARY KEY,"
                       " cut_seq INTEGER NOT NULL,"
                       " cut_hash TEXT NOT NULL)"),
        // A checkpoint is recorded only for the `audit.checkpoint` entry at the head, for a cut
        // below it and after every earlier cut, with the cut entry's own hash.
        QStringLiteral(
            "CREATE TRIGGER audit_checkpoints_insert BEFORE INSERT ON "
            "audit_checkpoints WHEN NEW.cut_seq < 1 OR NEW.cut_seq >= NEW.seq"
            " OR NEW.seq IS NOT (SELECT max(seq) FROM audit_log)"
            " OR (SELECT action FROM audit_log WHERE seq = NEW.seq)"
            " IS NOT 'audit.checkpoint'"
            " OR NEW.cut_hash IS NOT (SELECT hash FROM audit_log WHERE seq = NEW.cut_seq)"
            " OR NEW.cut_seq <= coalesce((SELECT max(cut_seq) FROM audit_checkpoints), 0)"
            " BEGIN SELECT RAISE(ABORT, 'not a checkpoint of the audit trail'); END"),
        QStringLiteral("CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON "
                       "audit_checkpoints BEGIN SELECT RAISE(ABORT, "
                       "'the audit checkpoints are append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON "
                       "audit_checkpoints BEGIN SELECT RAISE(ABORT, "
                       "'the audit checkpoints are append-only'); END"),
        // Deletes stay refused, except of the entries at or below the latest recorded cut.
        QStringLiteral("DROP TRIGGER audit_log_no_delete"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                       " WHEN OLD.seq > coalesce((SELECT max(cut_seq) FROM audit_checkpoints), 0)"
                       " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
    };
}

QByteArray AuditLog::computeHash(const AuditEntry& e)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, QByteArrayLiteral("tallenne.audit/1"));
    addField(hash, QByteArray::number(e.sequence));
    addField(hash, timestamp(e.at).toUtf8());
    addField(hash, e.user.toUtf8());
    addField(hash, e.roles.toUtf8());
    addField(hash, e.action.toUtf8());
    addField(hash, e.object.toUtf8());
    addField(hash, e.purpose.toUtf8());
    addField(hash, e.details.toUtf8());
    addField(hash, e.previousHash);
    return hash.result().toHex();
}

std::optional<AuditHead> AuditLog::head(Error* error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT seq, hash, signature FROM audit_log ORDER BY seq DESC LIMIT 1"))) {
        fail(error, ErrorKind::Damaged,
             tr("The audit trail cannot be read: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    if (!q.next())
        return AuditHead{};
    return AuditHead{q.value(0).toLongLong(), q.value(1).toString().toLatin1(),
                     q.value(2).toString().toLatin1()};
}

bool AuditLog::contains(const AuditHead& entry) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    q.addBindValue(entry.sequence);
    if (!q.exec())
        return false;
    if (q.next())
        return q.value(0).toString().toLatin1() == entry.hash;
    // Gone: removed under a checkpoint (its cut is known by hash), or never there.
    q.prepare(QStringLiteral("SELECT cut_hash FROM audit_checkpoints WHERE cut_seq = ?"));
    q.addBindValue(entry.sequence);
    if (q.exec() && q.next())
        return q.value(0).toString().toLatin1() == entry.hash;
    q.prepare(QStringLiteral("SELECT 1 FROM audit_checkpoints WHERE cut_seq > ? LIMIT 1"));
    q.addBindValue(entry.sequence);
    return q.exec() && q.next();
}

qint64 AuditLog::firstSequence(Error* error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(min(seq), 0) FROM audit_log")) || !q.next()) {
        fail(error, ErrorKind::Damaged,
             tr("The audit trail cannot be read: %1").arg(q.lastError().text()));
        return 0;
    }
    return q.value(0).toLongLong();
}

std::optional<AuditPurgeRange> AuditLog::purgeRange(const QDateTime& before, qint64 upTo,
                                                    Error* error) const
{
    const auto unreadable = [&](const QSqlQuery& q) -> std::optional<AuditPurgeRange> {
        fail(error, ErrorKind::Damaged,
             tr("The audit trail cannot be read: %1").arg(q.lastError().text()));
        return std::nullopt;
    };
    AuditPurgeRange range;
    Error firstError;
    range.first = firstSequence(&firstError);
    if (firstError) {
        if (error)
            *error = firstError;
        return std::nullopt;
    }
    range.cut = range.first - 1;
    if (range.first == 0 || !before.isValid())
        return range;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The oldest run of entries written before the cutoff: the chain is cut in one place, so
    // an entry written later with a clock set back stays with everything after the first
    // entry that is not yet due.
    q.prepare(
        QStringLiteral("SELECT seq FROM audit_log WHERE at >= ? OR seq > ? ORDER BY seq LIMIT 1"));
    q.addBindValue(timestamp(before));
    q.addBindValue(upTo);
    if (!q.exec())
        return unreadable(q);
    // No such entry: every entry up to `upTo` is due (and there are none after it).
    range.cut = std::min(upTo, q.next() ? q.value(0).toLongLong() - 1 : upTo);
    if (range.cut < range.first) {
        range.cut = range.first - 1;
        return range;
    }
    if (!q.exec(
            QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log WHERE signature = ''")) ||
        !q.next())
        return unreadable(q);
    if (q.value(0).toLongLong() > range.cut) {
        range.waitsForSignatures = true;
        range.cut = range.first - 1;
        return range;
    }
    q.prepare(QStringLiteral("SELECT min(at), max(at) FROM audit_log WHERE seq <= ?"));
    q.addBindValue(range.cut);
    if (!q.exec() || !q.next())
        return unreadable(q);
    range.firstAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    range.lastAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    return range;
}

std::optional<qint64> AuditLog::removeThrough(qint64 checkpointSequence, qint64 cut,
                                              const QByteArray& cutHash, Error* error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO audit_checkpoints (seq, cut_seq, cut_hash) VALUES (?, ?, ?)"));
    q.addBindValue(checkpointSequence);
    q.addBindValue(cut);
    q.addBindValue(QString::fromLatin1(cutHash));
    if (!q.exec()) {
        fail(error, ErrorKind::Damaged,
             tr("The audit checkpoint could not be recorded: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    q.prepare(QStringLiteral("DELETE FROM audit_log WHERE seq <= ?"));
    q.addBindValue(cut);
    if (!q.exec()) {
        fail(error, ErrorKind::Damaged,
             tr("The audit entries before the checkpoint could not be removed: %1")
                 .arg(q.lastError().text()));
        return std::nullopt;
    }
    return q.numRowsAffected();
}

QByteArray AuditLog::signedMessage(const QByteArray& hexHash)
{
    return QByteArray::fromHex(hexHash);
}

std::optional<AuditHead> AuditLog::append(AuditEntry entry, const SigningKey& author, Error* error)
{
    if (author.isNull()) {
        fail(error, ErrorKind::Usage,
             tr("The audit entry cannot be signed: no signing key is open."));
        return std::nullopt;
    }
    return insert(std::move(entry), &author, error);
}

std::optional<AuditHead> AuditLog::appendUnsigned(AuditEntry entry, Error* error)
{
    return insert(std::move(entry), nullptr, error);
}

std::optional<AuditHead> AuditLog::insert(AuditEntry entry, const SigningKey* author, Error* error)
{
    const auto last = head(error);
    if (!last)
        return std::nullopt;
    entry.sequence = last->sequence + 1;
    entry.previousHash = last->hash;
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    entry.at = entry.at.toUTC();
    entry.hash = computeHash(entry);
    entry.signature = author ? author->sign(signedMessage(entry.hash)).toHex() : QByteArray();

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO audit_log (seq, at, user_name, roles, action, object, purpose, details,"
        " prev_hash, hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.sequence);
    q.addBindValue(timestamp(entry.at));
    q.addBindValue(text(entry.user));
    q.addBindValue(text(entry.roles));
    q.addBindValue(text(entry.action));
    q.addBindValue(text(entry.object));
    q.addBindValue(text(entry.purpose));
    q.addBindValue(text(entry.details));
    q.addBindValue(text(QString::fromLatin1(entry.previousHash)));
    q.addBindValue(QString::fromLatin1(entry.hash));
    q.addBindValue(text(QString::fromLatin1(entry.signature)));
    if (!q.exec()) {
        fail(error, ErrorKind::Damaged,
             tr("The audit entry could not be written: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    return AuditHead{entry.sequence, entry.hash, entry.signature};
}

namespace {

// LIKE with the filter's own text taken literally ('%' and '_' are not wildcards).
QString likeLiteral(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    out.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return out;
}

// The WHERE clause of `filter` and its values, in order.
QString whereClause(const AuditFilter& filter, QVariantList* values)
{
    QString sql = QStringLiteral(" WHERE 1 = 1");
    if (!filter.user.isEmpty()) {
        sql += QStringLiteral(" AND user_name = ?");
        *values << filter.user;
    }
    if (!filter.action.isEmpty()) {
        // Anywhere in the action: people remember "purge", not "retention.purge".
        sql += QStringLiteral(" AND (action LIKE ? ESCAPE '\\'");
        *values << QLatin1Char('%') + likeLiteral(filter.action) + QLatin1Char('%');
        for (const QString& code : filter.actionCodes) {
            sql += QStringLiteral(" OR action = ?");
            *values << code;
        }
        sql += QLatin1Char(')');
    }
    if (!filter.object.isEmpty()) {
        sql += QStringLiteral(" AND (object = ? OR object LIKE ? ESCAPE '\\')");
        *values << filter.object
                << (filter.object.contains(QLatin1Char(':'))
                        ? likeLiteral(filter.object) // exact only
                        : likeLiteral(filter.object) + QStringLiteral(":%"));
    }
    // `at` is ISO 8601 in UTC with milliseconds throughout, so text order is time order.
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        *values << timestamp(filter.from);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        *values << timestamp(filter.to);
    }
    if (filter.minSequence > 0) {
        sql += QStringLiteral(" AND seq >= ?");
        *values << filter.minSequence;
    }
    if (filter.maxSequence > 0) {
        sql += QStringLiteral(" AND seq <= ?");
        *values << filter.maxSequence;
    }
    return sql;
}

} // namespace

QList<AuditEntry> AuditLog::list(const AuditFilter& filter, Error* error) const
{
    QVariantList values;
    const QString sql = QString::fromLatin1(selectColumns) + whereClause(filter, &values) +
                        QStringLiteral(" ORDER BY seq DESC LIMIT ? OFFSET ?");
    values << (filter.limit > 0 ? filter.limit : -1) << std::max<qint64>(0, filter.offset);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    QList<AuditEntry> out;
    if (!q.exec()) {
        fail(error, ErrorKind::Damaged,
             tr("The audit trail cannot be read: %1").arg(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

qint64 AuditLog::count(const AuditFilter& filter, Error* error) const
{
    QVariantList values;
    const QString sql =
        QStringLiteral("SELECT count(*) FROM audit_log") + whereClause(filter, &values);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        fail(error, ErrorKind::Damaged,
             tr("The audit trail cannot be read: %1").arg(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

bool AuditLog::scan(const std::function<bool(const AuditEntry&)>& visit, Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(selectColumns) + QStringLiteral(" ORDER BY seq")))
        return fail(error, ErrorKind::Damaged,
                    tr("The audit trail cannot be read: %1").arg(q.lastError().text()));
    while (q.next()) {
        if (!visit(entryFrom(q)))
            break;
    }
    return true;
}

} // namespace tallenne
