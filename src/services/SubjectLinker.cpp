#include "services/SubjectLinker.h"

#include "services/ImportService.h"
#include "services/ImportSupport.h"
#include "storage/SubjectRepository.h"

#include <QSet>

namespace tallenne {

SubjectLinker::SubjectLinker(QSqlDatabase db, const Clock& clock)
    : m_find(db), m_create(db), m_addIdentifier(db), m_rowId(db), m_clock(clock)
{
    // By (kind, match_key), the index of lookups; value too, for the exact identifier.
    m_find.prepare(QStringLiteral(
        "SELECT DISTINCT i.subject_id, s.restricted FROM subject_identifiers i JOIN subjects s"
        " ON s.id = i.subject_id WHERE i.kind = ? AND i.match_key = ? AND i.value = ?"));
    m_create.prepare(QStringLiteral("INSERT INTO subjects (created_at) VALUES (?)"));
    m_addIdentifier.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO subject_identifiers (subject_id, kind, value, match_key)"
        " VALUES (?, ?, ?, ?)"));
}

bool SubjectLinker::subjectsWith(const QString& kind, const QString& value,
                                 QHash<qint64, bool>* subjects, Error* error)
{
    m_find.bindValue(0, kind);
    m_find.bindValue(1, SubjectRepository::matchKey(value));
    m_find.bindValue(2, value);
    if (!m_find.exec()) {
        setSqlError(m_find, ImportService::tr("Importing"), error);
        return false;
    }
    while (m_find.next())
        subjects->insert(m_find.value(0).toLongLong(), m_find.value(1).toBool());
    m_find.finish();
    return true;
}

bool SubjectLinker::addIdentifier(qint64 subjectId, const QString& kind, const QString& value,
                                  Error* error)
{
    m_addIdentifier.bindValue(0, subjectId);
    m_addIdentifier.bindValue(1, kind);
    m_addIdentifier.bindValue(2, value);
    m_addIdentifier.bindValue(3, SubjectRepository::matchKey(value));
    if (m_addIdentifier.exec())
        return true;
    setSqlError(m_addIdentifier, ImportService::tr("Importing"), error);
    return false;
}

SubjectLinker::Outcome SubjectLinker::link(const SubjectKeys& keys, Source source,
                                           qint64* subjectId, bool* restricted, Error* error)
{
    if (!keys.hasStrong() && (source == Source::Call || keys.name.isEmpty()))
        return Outcome::None;
    const QString nameKind = QStringLiteral("name");
    // The common case of a call import: a phone (and a caller's name) seen before in this
    // run. The name is added when it is new for the subject.
    const bool byPhone =
        keys.identityCode.isEmpty() && keys.email.isEmpty() && !keys.phone.isEmpty();
    if (byPhone) {
        if (const auto it = m_phoneCache.find(keys.phone); it != m_phoneCache.end()) {
            if (!keys.name.isEmpty() && !it->names.contains(keys.name)) {
                if (!addIdentifier(it->subjectId, nameKind, keys.name, error))
                    return Outcome::Failed;
                it->names.insert(keys.name);
            }
            *subjectId = it->subjectId;
            *restricted = it->restricted;
            return Outcome::Linked;
        }
    }
    QHash<qint64, bool> candidates; // subject → restricted
    QSet<QString> matched;          // the kinds that found the subject
    bool shared = false;
    const QList<std::pair<QString, QString>> strong = {
        {QStringLiteral("identity_code"), keys.identityCode},
        {QStringLiteral("email"), keys.email},
        {QStringLiteral("phone"), keys.phone}};
    for (const auto& [kind, value] : strong) {
        if (value.isEmpty())
            continue;
        QHash<qint64, bool> found;
        if (!subjectsWith(kind, value, &found, error))
            return Outcome::Failed;
        if (found.size() == 1) {
            candidates.insert(found.begin().key(), found.begin().value());
            matched.insert(kind);
        } else if (found.size() > 1) {
            shared = true;
        }
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
        const auto id = lastRowId(m_create, m_rowId, error);
        if (!id)
            return Outcome::Failed;
        *subjectId = *id;
        *restricted = false; // a new subject is not restricted
        matched.clear();
        outcome = Outcome::Created;
    } else {
        *subjectId = candidates.begin().key();
        *restricted = candidates.begin().value();
    }
    // The identifiers the subject lacked (not those that found it).
    for (const auto& [kind, value] :
         strong + QList<std::pair<QString, QString>>{{nameKind, keys.name}}) {
        if (!value.isEmpty() && !matched.contains(kind) &&
            !addIdentifier(*subjectId, kind, value, error))
            return Outcome::Failed;
    }
    if (byPhone) {
        PhoneEntry entry{*subjectId, *restricted, {}};
        if (!keys.name.isEmpty())
            entry.names.insert(keys.name);
        m_phoneCache.insert(keys.phone, entry);
    }
    return outcome;
}

} // namespace tallenne
