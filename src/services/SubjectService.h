#pragma once

#include "core/Error.h"
#include "storage/SubjectRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

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
    /// normalised per kind (E.164, lower-case e-mail, upper-case identity code, business ID;
    /// names and addresses match case-insensitively). A phone number also finds the calls
    /// from it that no found subject holds (SubjectMatch with subjectId 0). Audited
    /// "subject.find" with the kind and the number of matches, never the value.
    [[nodiscard]] std::optional<QList<SubjectMatch>> find(IdentifierKind kind, const QString& value,
                                                          Error* error);

    /// The stored form of an identifier, or InputRejected with the validator's reason.
    [[nodiscard]] static std::optional<QString> normalise(IdentifierKind kind, const QString& value,
                                                          Error* error);

private:
    Session& m_session;
};

} // namespace tallenne
