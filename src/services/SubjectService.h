#pragma once

#include "core/Error.h"
#include "core/PhoneNumber.h"
#include "storage/SubjectRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tallenne {

class Session;

/// A data subject found by an identifier, with everything linked to them. A match with
/// subjectId 0 holds the calls whose caller number was searched but that are linked to no
/// subject found (the number is shared by several subjects, or the call predates linking).
struct SubjectMatch
{
    qint64 subjectId = 0;
    bool restricted = false;
    QList<SubjectIdentifier> identifiers;
    QList<qint64> callIds;
    QList<qint64> chatIds;
};

/// Finding data subjects for their requests (privacy officers: HandleRequests).
class SubjectService
{
    Q_DECLARE_TR_FUNCTIONS(SubjectService)

public:
    explicit SubjectService(Session& session);

    /// The subjects with this identifier. The value may be written as people write it: it is
    /// normalised per kind (E.164 read in the profile's phone region, lower-case e-mail,
    /// upper-case identity code, business ID; names and addresses match case-insensitively).
    /// A phone number that reads two ways (PhoneNumber::read, ambiguous) finds the subjects of
    /// both. A phone number also finds the calls from it that no found subject holds
    /// (SubjectMatch with subjectId 0). Audited "subject.find" with the kind and the number
    /// of matches, never the value.
    [[nodiscard]] std::optional<QList<SubjectMatch>> find(IdentifierKind kind, const QString& value,
                                                          Error* error);

    /// The stored form of an identifier, or InputRejected with the validator's reason. A phone
    /// number without a country code is read in `phoneRegion`; of an ambiguous one, the
    /// preferred reading.
    [[nodiscard]] static std::optional<QString>
    normalise(IdentifierKind kind, const QString& value, Error* error,
              const QString& phoneRegion = PhoneNumber::defaultRegion());

    /// The kind of identifier in words for people (translated), e.g. "personal identity code".
    [[nodiscard]] static QString kindName(IdentifierKind kind);

private:
    /// The stored forms to look for: the normalised value, and for an ambiguous phone number
    /// also its other reading.
    [[nodiscard]] static std::optional<QStringList> searchForms(IdentifierKind kind,
                                                                const QString& value,
                                                                const QString& phoneRegion,
                                                                Error* error);

    Session& m_session;
};

} // namespace tallenne
