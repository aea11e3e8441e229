#include "services/SubjectLinker.h"

#include "services/ImportService.h"
#include "services/ImportSupport.h"

#include <QSet>

namespace tallenne {

SubjectLinker::SubjectLinker(QSqlDatabase db, const Clock& clock)
    : m_find(db), m_create(db), m_addIdentifier(db), m_restricted(db), m_rowId(db), m_clock(clock)
{
    m_find.prepare(QStringLiteral(
        "SELECT DISTINCT subject_id FROM subject_identifiers WHERE kind = ? AND value = ?"));
    m_create.prepare(QStringLiteral("INSERT INTO subjects (created_at) VALUES (?)"));
    m_addIdentifier.prepare(
        QStringLiteral("INSERT OR IGNORE INTO subject_identifiers (subject_id, kind, value)"
                       " VALUES (?, ?, ?)"));
    m_restricted.prepare(QStringLiteral("SELECT restricted FROM subjects WHERE id = ?"));
}

bool SubjectLinker::subjectsWith(const QString& kind, const QString& value, QList<qint64>* ids,
                                 Error* error)
{
    m_find.bindValue(0, kind);
    m_find.bindValue(1, value);
    if (!m_find.exec()) {
        setSqlError(m_find, ImportService::tr("Importing"), error);
        return false;
    }
    while (m_find.next())
        ids->append(m_find.value(0).toLongLong());
    m_find.finish();
    return true;
}

SubjectLinker::Outcome SubjectLinker::link(const SubjectKeys& keys, Source source,
                                           qint64* subjectId, bool* restricted, Error* error)
{
    if (!keys.hasStrong() && (source == Source::Call || keys.name.isEmpty()))
        return Outcome::None;
    // The common case of a call import: only a phone, seen before in this run.
    const bool phoneOnly = keys.identityCode.isEmpty() && keys.email.isEmpty() &&
                           !keys.phone.isEmpty() && keys.name.isEmpty();
    if (phoneOnly) {
        if (const auto it = m_phoneCache.constFind(keys.phone); it != m_phoneCache.constEnd()) {
            *subjectId = it->first;
            *restricted = it->second;
            return Outcome::Linked;
        }
    }
    QSet<qint64> candidates;
    bool shared = false;
    const QList<std::pair<QString, QString>> strong = {
        {QStringLiteral("identity_code"), keys.identityCode},
        {QStringLiteral("email"), keys.email},
        {QStringLiteral("phone"), keys.phone}};
    for (const auto& [kind, value] : strong) {
        if (value.isEmpty())
            continue;
        QList<qint64> ids;
        if (!subjectsWith(kind, value, &ids, error))
            return Outcome::Failed;
        if (ids.size() == 1)
            candidates.insert(ids.first());
        else if (ids.size() > 1)
            shared = true;
    }
    if (candidates.size() > 1)
        return Outcome::Conflict;
    if (candidates.isEmpty() && shared && source == Source::Call)
        return Outcome::Shared;
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
         strong + QList<std::pair<QString, QString>>{{QStringLiteral("name"), keys.name}}) {
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
    if (phoneOnly)
        m_phoneCache.insert(keys.phone, {*subjectId, *restricted});
    return outcome;
}

} // namespace tallenne
