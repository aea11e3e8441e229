#include "services/SubjectService.h"

#include "core/BusinessId.h"
#include "core/Email.h"
#include "core/IdentityCode.h"
#include "core/PhoneNumber.h"
#include "services/Session.h"
#include "storage/TransactionGuard.h"

namespace tallenne {

SubjectService::SubjectService(Session& session) : m_session(session) {}

std::optional<QString> SubjectService::normalise(IdentifierKind kind, const QString& value,
                                                 Error* error)
{
    QString reason;
    std::optional<QString> out;
    switch (kind) {
    case IdentifierKind::Phone:
        out = PhoneNumber::toE164(value, &reason);
        break;
    case IdentifierKind::Email:
        out = Email::normalise(value, &reason);
        break;
    case IdentifierKind::IdentityCode:
        if (const auto code = IdentityCode::parse(value, &reason))
            out = code->normalised();
        break;
    case IdentifierKind::BusinessId:
        if (const auto id = BusinessId::parse(value, &reason))
            out = id->toString();
        break;
    case IdentifierKind::Name:
    case IdentifierKind::Address:
        if (!value.simplified().isEmpty())
            out = value.simplified();
        else
            reason = tr("it is empty");
        break;
    }
    if (!out)
        fail(error, ErrorKind::InputRejected,
             tr("The %1 cannot be used: %2").arg(SubjectRepository::kindId(kind), reason));
    return out;
}

std::optional<QList<SubjectMatch>> SubjectService::find(IdentifierKind kind, const QString& value,
                                                        Error* error)
{
    const QString kindName = SubjectRepository::kindId(kind);
    if (!m_session.require(Permission::HandleRequests, QStringLiteral("subject.find"), {}, error))
        return std::nullopt;
    const auto normalised = normalise(kind, value, error);
    if (!normalised)
        return std::nullopt;
    SubjectRepository subjects(m_session.db());
    TransactionGuard transaction(m_session.db());
    const auto ids = subjects.find(kind, *normalised, error);
    if (!ids)
        return std::nullopt;
    QList<SubjectMatch> matches;
    QStringList found;
    for (qint64 id : *ids) {
        SubjectMatch m;
        m.subjectId = id;
        const auto restricted = subjects.isRestricted(id, error);
        const auto identifiers = restricted ? subjects.identifiers(id, error) : std::nullopt;
        const auto calls = identifiers ? subjects.callIds(id, error) : std::nullopt;
        const auto chats = calls ? subjects.chatIds(id, error) : std::nullopt;
        if (!chats)
            return std::nullopt;
        m.restricted = *restricted;
        m.identifiers = *identifiers;
        m.callIds = *calls;
        m.chatIds = *chats;
        matches.append(m);
        found << QString::number(id);
    }
    if (kind == IdentifierKind::Phone) {
        const auto loose = subjects.callsByNumberOutside(*normalised, *ids, error);
        if (!loose)
            return std::nullopt;
        if (!loose->isEmpty()) {
            SubjectMatch m;
            m.callIds = *loose;
            matches.append(m);
            found << QStringLiteral("0");
        }
    }
    if (!m_session.audit(QStringLiteral("subject.find"), {},
                         QStringLiteral("kind=%1 matches=%2 subjects=%3")
                             .arg(kindName)
                             .arg(matches.size())
                             .arg(found.join(QLatin1Char(','))),
                         error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    return matches;
}

} // namespace tallenne
