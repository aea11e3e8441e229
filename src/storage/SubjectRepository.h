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
    QString value;
};

/// Data subjects (the people calls and chats are about) and their identifiers. Values come
/// normalised by the caller (services validate with the core validators); this class only
/// stores and matches. Storage only: no permission checks.
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
    /// What lookups compare: whitespace simplified and case-folded.
    [[nodiscard]] static QString matchKey(const QString& value);

    [[nodiscard]] std::optional<qint64> create(const QDateTime& createdAt, Error* error);
    /// Adds an identifier unless the subject already has it.
    [[nodiscard]] bool addIdentifier(qint64 subjectId, IdentifierKind kind, const QString& value,
                                     Error* error);
    /// Subjects that have this identifier (usually one; a shared phone gives several).
    [[nodiscard]] std::optional<QList<qint64>> find(IdentifierKind kind, const QString& value,
                                                    Error* error) const;
    /// The first subject with this identifier, created with it when none has it.
    [[nodiscard]] std::optional<qint64> findOrCreate(IdentifierKind kind, const QString& value,
                                                     const QDateTime& createdAt, Error* error);
    [[nodiscard]] std::optional<QList<SubjectIdentifier>> identifiers(qint64 subjectId,
                                                                      Error* error) const;
    [[nodiscard]] std::optional<QList<qint64>> callIds(qint64 subjectId, Error* error) const;
    [[nodiscard]] std::optional<QList<qint64>> chatIds(qint64 subjectId, Error* error) const;
    /// Calls whose caller is `e164` and that none of `subjectIds` holds.
    [[nodiscard]] std::optional<QList<qint64>>
    callsByNumberOutside(const QString& e164, const QList<qint64>& subjectIds, Error* error) const;
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
