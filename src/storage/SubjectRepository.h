#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace tallenne {

/// The kinds of subject_identifiers.kind.
enum class IdentifierKind
{
    Phone,        ///< E.164 (PhoneNumber::toE164)
    Email,        ///< lower case (Email::normalise)
    Name,         ///< as written; matched case-insensitively
    IdentityCode, ///< upper case (IdentityCode::normalised)
    BusinessId,   ///< NNNNNNN-C
    Address,      ///< as written; matched case-insensitively
};

struct SubjectIdentifier
{
    IdentifierKind kind = IdentifierKind::Phone;
    QString value; ///< in clear for those who hold the identifier key, else the masked form
};

/// An identifier as the register keeps it (schema step 7): masked for everyone, the value
/// sealed under the identifier key, the blind index under the lookup key (empty while it
/// waits for a holder of the lookup key).
struct StoredIdentifier
{
    IdentifierKind kind = IdentifierKind::Phone;
    QString shown;
    QByteArray sealed;
    QByteArray lookup;
};

/// Data subjects (the people calls and chats are about) and their identifiers. Identifiers
/// come sealed and indexed by the caller (FieldCrypto); this class only stores and matches by
/// the blind index. Storage only: no permission checks.
class SubjectRepository
{
    Q_DECLARE_TR_FUNCTIONS(SubjectRepository)

public:
    explicit SubjectRepository(QSqlDatabase db);
    ~SubjectRepository();
    SubjectRepository(const SubjectRepository&) = delete;
    SubjectRepository& operator=(const SubjectRepository&) = delete;

    /// "phone", "email", "name", "identity_code", "business_id", "address".
    [[nodiscard]] static QString kindId(IdentifierKind kind);
    [[nodiscard]] static std::optional<IdentifierKind> kindFromId(const QString& id);

    [[nodiscard]] std::optional<qint64> create(const QDateTime& createdAt, Error* error);
    /// Adds an identifier unless the subject has one of this kind with the same index.
    [[nodiscard]] bool addIdentifier(qint64 subjectId, const StoredIdentifier& identifier,
                                     Error* error);
    /// Subjects with an identifier of this kind under any of these index values (one per
    /// version of the lookup key; usually one subject, a shared phone gives several).
    [[nodiscard]] std::optional<QList<qint64>>
    find(IdentifierKind kind, const QList<QByteArray>& lookups, Error* error) const;
    [[nodiscard]] std::optional<QList<StoredIdentifier>> identifiers(qint64 subjectId,
                                                                     Error* error) const;
    [[nodiscard]] std::optional<QList<qint64>> callIds(qint64 subjectId, Error* error) const;
    [[nodiscard]] std::optional<QList<qint64>> chatIds(qint64 subjectId, Error* error) const;
    /// Calls whose caller has one of these index values and that none of `subjectIds` holds.
    [[nodiscard]] std::optional<QList<qint64>>
    callsByNumberOutside(const QList<QByteArray>& lookups, const QList<qint64>& subjectIds,
                         Error* error) const;
    [[nodiscard]] std::optional<bool> isRestricted(qint64 subjectId, Error* error) const;
    /// Sets the restriction (GDPR art. 18) on the subject and copies it onto their calls and
    /// chats, which browsing filters without a join.
    [[nodiscard]] bool setRestricted(qint64 subjectId, bool restricted, Error* error);

private:
    [[nodiscard]] std::optional<QList<qint64>> ids(const QString& sql, qint64 subjectId,
                                                   Error* error) const;

    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_create;
    std::unique_ptr<QSqlQuery> m_addIdentifier;
    mutable std::unique_ptr<QSqlQuery> m_find;
};

} // namespace tallenne
