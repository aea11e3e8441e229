#include "services/SubjectLinker.h"

#include "core/Masking.h"
#include "services/ImportService.h"
#include "services/ImportSupport.h"
#include "services/keys/FieldCrypto.h"

namespace tallenne {

namespace {
QString shownFor(IdentifierKind kind, const QString& value)
{
    switch (kind) {
    case IdentifierKind::Phone:
        return Masking::maskPhone(value);
    case IdentifierKind::Email:
        return Masking::maskEmail(value);
    case IdentifierKind::IdentityCode:
        return Masking::maskIdentityCode(value);
    case IdentifierKind::Name:
        return Masking::maskName(value);
    case IdentifierKind::BusinessId:
    case IdentifierKind::Address:
        break;
    }
    return Masking::unrecognised();
}
} // namespace

SubjectLinker::SubjectLinker(QSqlDatabase db, FieldCrypto& crypto, const Clock& clock)
    : m_db(db), m_crypto(crypto), m_subjects(db), m_restricted(db), m_clock(clock)
{
    m_restricted.prepare(QStringLiteral("SELECT restricted FROM subjects WHERE id = ?"));
}

std::optional<StoredIdentifier> SubjectLinker::stored(FieldCrypto& crypto, qint64 subjectId,
                                                      IdentifierKind kind, const QString& value,
                                                      Error* error)
{
    const QString kindName = SubjectRepository::kindId(kind);
    const auto sealed = crypto.seal(
        Capability::Identifiers, value.toUtf8(),
        QStringLiteral("subject_identifiers/value/%1/%2").arg(subjectId).arg(kindName).toUtf8(),
        error);
    if (!sealed)
        return std::nullopt;
    return StoredIdentifier{kind, shownFor(kind, value), *sealed,
                            crypto.index(kindName, FieldCrypto::normalised(kindName, value))};
}

bool SubjectLinker::subjectsWith(IdentifierKind kind, const QString& value,
                                 QHash<qint64, bool>* subjects, Error* error)
{
    const QString kindName = SubjectRepository::kindId(kind);
    const auto ids = m_subjects.find(
        kind, m_crypto.indexes(kindName, FieldCrypto::normalised(kindName, value)), error);
    if (!ids)
        return false;
    for (qint64 id : *ids) {
        m_restricted.bindValue(0, id);
        if (!m_restricted.exec() || !m_restricted.next()) {
            setSqlError(m_restricted, ImportService::tr("Importing"), error);
            return false;
        }
        subjects->insert(id, m_restricted.value(0).toBool());
        m_restricted.finish();
    }
    return true;
}

bool SubjectLinker::addIdentifier(qint64 subjectId, IdentifierKind kind, const QString& value,
                                  Error* error)
{
    const auto identifier = stored(m_crypto, subjectId, kind, value, error);
    return identifier && m_subjects.addIdentifier(subjectId, *identifier, error);
}

SubjectLinker::Outcome SubjectLinker::link(const SubjectKeys& keys, Source source,
                                           qint64* subjectId, bool* restricted, Error* error)
{
    if (!keys.hasStrong() && (source == Source::Call || keys.name.isEmpty()))
        return Outcome::None;
    if (!m_crypto.holds(Capability::Lookup))
        return Outcome::Deferred;
    // The common case of a call import: a phone (and a caller's name) seen before in this
    // run. The name is added when it is new for the subject.
    const bool byPhone =
        keys.identityCode.isEmpty() && keys.email.isEmpty() && !keys.phone.isEmpty();
    if (byPhone) {
        if (const auto it = m_phoneCache.find(keys.phone); it != m_phoneCache.end()) {
            if (!keys.name.isEmpty() && !it->names.contains(keys.name)) {
                if (!addIdentifier(it->subjectId, IdentifierKind::Name, keys.name, error))
                    return Outcome::Failed;
                it->names.insert(keys.name);
            }
            *subjectId = it->subjectId;
            *restricted = it->restricted;
            return Outcome::Linked;
        }
    }
    QHash<qint64, bool> candidates; // subject → restricted
    QSet<IdentifierKind> matched;   // the kinds that found the subject
    bool shared = false;
    const QList<std::pair<IdentifierKind, QString>> strong = {
        {IdentifierKind::IdentityCode, keys.identityCode},
        {IdentifierKind::Email, keys.email},
        {IdentifierKind::Phone, keys.phone}};
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
        const auto id = m_subjects.create(m_clock.nowUtc(), error);
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
         strong + QList<std::pair<IdentifierKind, QString>>{{IdentifierKind::Name, keys.name}}) {
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
