#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "storage/SubjectRepository.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace tallenne {

class FieldCrypto;

/// The identifiers an imported call or chat gives for its data subject, normalised (phone
/// E.164, e-mail lower case, identity code upper case, name on one line). Empty when absent.
struct SubjectKeys
{
    QString identityCode, email, phone, name;
    [[nodiscard]] bool hasStrong() const
    {
        return !identityCode.isEmpty() || !email.isEmpty() || !phone.isEmpty();
    }
};

/// Finds or creates the data subject of an imported call or chat, inside the importer's
/// transaction (storage only; ImportService checks the permission and audits).
///
/// Identifiers are matched by their blind index (the lookup key) and stored sealed under the
/// identifier key with a masked form (docs/security.md). The identity code, e-mail and phone
/// each point at the subjects holding them; one that points at several (a shared phone)
/// decides nothing. When the deciding ones agree, that subject is linked and gets any
/// identifier it lacked; when none decides and the keys hold a strong identifier no other
/// subject shares, a new subject is made. Names alone never match (they are not unique); a
/// name only joins a subject found or made by a strong identifier. Without the lookup key
/// nothing can be matched: the link waits for a holder (Outcome::Deferred).
class SubjectLinker
{
public:
    enum class Outcome
    {
        None,     ///< no strong identifier (or, for a chat, nothing at all): not linked
        Linked,   ///< an existing subject
        Created,  ///< a new subject
        Shared,   ///< the only strong identifier belongs to several subjects: not linked
        Conflict, ///< the identifiers belong to different subjects: not linked
        Deferred, ///< the session holds no lookup key: a holder links it later
        Failed,   ///< storage failure (*error)
    };

    /// Whose subject is sought. A call's caller number stays in the call row (sealed), so a
    /// call whose number is shared by several subjects is left unlinked (Outcome::Shared). A
    /// chat keeps its identifiers only in its subject, so a chat gets a new subject of its own
    /// then, and also when it names nothing but a name (the chat importer's rule since 0.1).
    enum class Source
    {
        Call,
        Chat,
    };

    SubjectLinker(QSqlDatabase db, FieldCrypto& crypto, const Clock& clock);

    Outcome link(const SubjectKeys& keys, Source source, qint64* subjectId, bool* restricted,
                 Error* error);

    /// Forgets what it remembered (after a rollback the rows it knew may be gone).
    void clearCache() { m_phoneCache.clear(); }

    /// The stored form of one identifier: masked, sealed in its place, indexed when the
    /// session holds the lookup key.
    [[nodiscard]] static std::optional<StoredIdentifier> stored(FieldCrypto& crypto,
                                                                qint64 subjectId,
                                                                IdentifierKind kind,
                                                                const QString& value, Error* error);

private:
    struct PhoneEntry
    {
        qint64 subjectId = 0;
        bool restricted = false;
        QSet<QString> names; ///< the names added to the subject in this run
    };

    /// The subjects holding this identifier, with their restriction.
    [[nodiscard]] bool subjectsWith(IdentifierKind kind, const QString& value,
                                    QHash<qint64, bool>* subjects, Error* error);
    [[nodiscard]] bool addIdentifier(qint64 subjectId, IdentifierKind kind, const QString& value,
                                     Error* error);

    QSqlDatabase m_db;
    FieldCrypto& m_crypto;
    SubjectRepository m_subjects;
    QSqlQuery m_restricted;
    const Clock& m_clock;
    /// phone → subject for the calls of one import: the same number calls often.
    QHash<QString, PhoneEntry> m_phoneCache;
};

} // namespace tallenne
