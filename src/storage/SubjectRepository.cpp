#include "storage/SubjectRepository.h"

#include "storage/Database.h"
#include "storage/DirectoryRepository.h"

namespace tallenne {

namespace {
struct KindName
{
    IdentifierKind kind;
    const char* id;
};
constexpr KindName kindNames[] = {
    {IdentifierKind::Phone, "phone"},
    {IdentifierKind::Email, "email"},
    {IdentifierKind::Name, "name"},
    {IdentifierKind::IdentityCode, "identity_code"},
    {IdentifierKind::BusinessId, "business_id"},
    {IdentifierKind::Address, "address"},
};

// Prepares `query` once; false (with the error) when the SQL does not prepare.
bool prepareOnce(std::unique_ptr<QSqlQuery>& query, const QSqlDatabase& db, const QString& sql,
                 const QString& context, Error* error)
{
    if (query)
        return true;
    query = std::make_unique<QSqlQuery>(db);
    if (query->prepare(sql))
        return true;
    if (error)
        *error = Database::errorFromSql(query->lastError(), context);
    query.reset();
    return false;
}
} // namespace

SubjectRepository::SubjectRepository(QSqlDatabase db) : m_db(std::move(db)) {}

SubjectRepository::~SubjectRepository() = default;

QString SubjectRepository::kindId(IdentifierKind kind)
{
    for (const KindName& k : kindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.id);
    }
    return {};
}

std::optional<IdentifierKind> SubjectRepository::kindFromId(const QString& id)
{
    for (const KindName& k : kindNames) {
        if (id == QLatin1String(k.id))
            return k.kind;
    }
    return std::nullopt;
}

std::optional<qint64> SubjectRepository::create(const QDateTime& createdAt, Error* error)
{
    if (!prepareOnce(m_create, m_db,
                     QStringLiteral("INSERT INTO subjects (created_at, restricted) VALUES (?, 0)"),
                     tr("Adding a data subject"), error))
        return std::nullopt;
    m_create->bindValue(0, createdAt.toSecsSinceEpoch());
    if (!m_create->exec()) {
        if (error)
            *error = Database::errorFromSql(m_create->lastError(), tr("Adding a data subject"));
        return std::nullopt;
    }
    return DirectoryRepository::insertedId(*m_create);
}

bool SubjectRepository::addIdentifier(qint64 subjectId, const StoredIdentifier& identifier,
                                      Error* error)
{
    if (identifier.sealed.isEmpty())
        return fail(error, ErrorKind::InputRejected, tr("An identifier cannot be empty."));
    if (!prepareOnce(m_addIdentifier, m_db,
                     QStringLiteral("INSERT OR IGNORE INTO subject_identifiers (subject_id, kind,"
                                    " shown, value_sealed, lookup) VALUES (?, ?, ?, ?, ?)"),
                     tr("Adding an identifier"), error))
        return false;
    m_addIdentifier->bindValue(0, subjectId);
    m_addIdentifier->bindValue(1, kindId(identifier.kind));
    m_addIdentifier->bindValue(2, identifier.shown);
    m_addIdentifier->bindValue(3, identifier.sealed);
    m_addIdentifier->bindValue(4, identifier.lookup.isEmpty()
                                      ? QVariant(QMetaType(QMetaType::QByteArray))
                                      : QVariant(identifier.lookup));
    if (!m_addIdentifier->exec()) {
        if (error)
            *error =
                Database::errorFromSql(m_addIdentifier->lastError(), tr("Adding an identifier"));
        return false;
    }
    return true;
}

std::optional<QList<qint64>>
SubjectRepository::find(IdentifierKind kind, const QList<QByteArray>& lookups, Error* error) const
{
    QList<qint64> out;
    for (const QByteArray& lookup : lookups) {
        if (!prepareOnce(m_find, m_db,
                         QStringLiteral("SELECT DISTINCT subject_id FROM subject_identifiers"
                                        " WHERE kind = ? AND lookup = ? ORDER BY subject_id"),
                         tr("Finding a data subject"), error))
            return std::nullopt;
        m_find->bindValue(0, kindId(kind));
        m_find->bindValue(1, lookup);
        if (!m_find->exec()) {
            if (error)
                *error = Database::errorFromSql(m_find->lastError(), tr("Finding a data subject"));
            return std::nullopt;
        }
        while (m_find->next()) {
            if (!out.contains(m_find->value(0).toLongLong()))
                out << m_find->value(0).toLongLong();
        }
        m_find->finish();
    }
    return out;
}

std::optional<QList<StoredIdentifier>> SubjectRepository::identifiers(qint64 subjectId,
                                                                      Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT kind, shown, value_sealed, lookup FROM subject_identifiers"
                             " WHERE subject_id = ? ORDER BY kind, id"));
    q.addBindValue(subjectId);
    if (!q.exec()) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Reading identifiers"));
        return std::nullopt;
    }
    QList<StoredIdentifier> out;
    while (q.next()) {
        if (const auto kind = kindFromId(q.value(0).toString()))
            out.append(
                {*kind, q.value(1).toString(), q.value(2).toByteArray(), q.value(3).toByteArray()});
    }
    return out;
}

std::optional<QList<qint64>> SubjectRepository::ids(const QString& sql, qint64 subjectId,
                                                    Error* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(subjectId);
    if (!q.exec()) {
        if (error)
            *error = Database::errorFromSql(q.lastError(), tr("Reading a data subject's records"));
        return std::nullopt;
    }
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

std::optional<QList<qint64>> SubjectRepository::callIds(qint64 subjectId, Error* error) const
{
    return ids(QStringLiteral("SELECT id FROM calls WHERE subject_id = ? ORDER BY started_at, id"),
               subjectId, error);
}

std::optional<QList<qint64>> SubjectRepository::chatIds(qint64 subjectId, Error* error) const
{
    return ids(QStringLiteral("SELECT id FROM chats WHERE subject_id = ? ORDER BY started_at, id"),
               subjectId, error);
}

std::optional<QList<qint64>>
SubjectRepository::callsByNumberOutside(const QList<QByteArray>& lookups,
                                        const QList<qint64>& subjectIds, Error* error) const
{
    QList<qint64> out;
    for (const QByteArray& lookup : lookups) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, subject_id FROM calls WHERE caller_index = ?"
                                 " ORDER BY started_at, id"));
        q.addBindValue(lookup);
        if (!q.exec()) {
            if (error)
                *error = Database::errorFromSql(q.lastError(), tr("Finding calls"));
            return std::nullopt;
        }
        while (q.next()) {
            if ((q.value(1).isNull() || !subjectIds.contains(q.value(1).toLongLong())) &&
                !out.contains(q.value(0).toLongLong()))
                out << q.value(0).toLongLong();
        }
    }
    return out;
}

std::optional<bool> SubjectRepository::isRestricted(qint64 subjectId, Error* error) const
{
    const auto r =
        ids(QStringLiteral("SELECT restricted FROM subjects WHERE id = ?"), subjectId, error);
    if (!r)
        return std::nullopt;
    if (r->isEmpty()) {
        fail(error, ErrorKind::InputRejected, tr("There is no data subject %1.").arg(subjectId));
        return std::nullopt;
    }
    return r->first() != 0;
}

bool SubjectRepository::setRestricted(qint64 subjectId, bool restricted, Error* error)
{
    const QStringList statements = {
        QStringLiteral("UPDATE subjects SET restricted = ? WHERE id = ?"),
        QStringLiteral("UPDATE calls SET restricted = ? WHERE subject_id = ?"),
        QStringLiteral("UPDATE chats SET restricted = ? WHERE subject_id = ?"),
    };
    for (const QString& sql : statements) {
        QSqlQuery q(m_db);
        q.prepare(sql);
        q.addBindValue(restricted ? 1 : 0);
        q.addBindValue(subjectId);
        if (!q.exec()) {
            if (error)
                *error = Database::errorFromSql(q.lastError(), tr("Restricting a data subject"));
            return false;
        }
        if (sql.startsWith(QLatin1String("UPDATE subjects")) && q.numRowsAffected() != 1)
            return fail(error, ErrorKind::InputRejected,
                        tr("There is no data subject %1.").arg(subjectId));
    }
    return true;
}

} // namespace tallenne
