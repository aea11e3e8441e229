#include "services/SubjectService.h"

#include "core/BusinessId.h"
#include "core/Email.h"
#include "core/IdentityCode.h"
#include "core/PhoneNumber.h"
#include "services/ProfileService.h"
#include "services/Session.h"
#include "services/keys/FieldCrypto.h"
#include "services/keys/IndexService.h"
#include "storage/TransactionGuard.h"

namespace tallenne {

SubjectService::SubjectService(Session& session) : m_session(session) {}

std::optional<QStringList> SubjectService::searchForms(IdentifierKind kind, const QString& value,
                                                       const QString& phoneRegion, Error* error)
{
    QString reason;
    QStringList out;
    switch (kind) {
    case IdentifierKind::Phone:
        if (const auto reading = PhoneNumber::read(value, phoneRegion, &reason)) {
            out << reading->e164;
            if (reading->ambiguous)
                out << reading->alternative;
        }
        break;
    case IdentifierKind::Email:
        if (const auto email = Email::normalise(value, &reason))
            out << *email;
        break;
    case IdentifierKind::IdentityCode:
        if (const auto code = IdentityCode::parse(value, &reason))
            out << code->normalised();
        break;
    case IdentifierKind::BusinessId:
        if (const auto id = BusinessId::parse(value, &reason))
            out << id->toString();
        break;
    case IdentifierKind::Name:
    case IdentifierKind::Address:
        if (!value.simplified().isEmpty())
            out << value.simplified();
        else
            reason = tr("it is empty");
        break;
    }
    if (out.isEmpty()) {
        fail(error, ErrorKind::InputRejected,
             tr("The %1 cannot be used: %2").arg(kindName(kind), reason));
        return std::nullopt;
    }
    return out;
}

QString SubjectService::kindName(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Phone:
        return tr("phone number");
    case IdentifierKind::Email:
        return tr("e-mail address");
    case IdentifierKind::Name:
        return tr("name");
    case IdentifierKind::IdentityCode:
        return tr("personal identity code");
    case IdentifierKind::BusinessId:
        return tr("business ID");
    case IdentifierKind::Address:
        return tr("postal address");
    }
    return {};
}

std::optional<QString> SubjectService::normalise(IdentifierKind kind, const QString& value,
                                                 Error* error, const QString& phoneRegion)
{
    const auto forms = searchForms(kind, value, phoneRegion, error);
    if (!forms)
        return std::nullopt;
    return forms->first();
}

std::optional<QList<SubjectMatch>> SubjectService::find(IdentifierKind kind, const QString& value,
                                                        Error* error)
{
    const QString kindName = SubjectRepository::kindId(kind);
    if (!m_session.require(Permission::HandleRequests, QStringLiteral("subject.find"), {}, error))
        return std::nullopt;
    const auto region = kind == IdentifierKind::Phone ? ProfileService(m_session).phoneRegion(error)
                                                      : std::optional<QString>(QString());
    if (!region)
        return std::nullopt;
    const auto forms = searchForms(kind, value, *region, error);
    if (!forms)
        return std::nullopt;
    // By the blind index: a search needs the lookup key; identifiers come back in clear only
    // for those who hold the identifier key (a privacy officer), masked otherwise.
    FieldCrypto crypto(m_session);
    if (!crypto.holds(Capability::Lookup)) {
        fail(error, ErrorKind::PermissionDenied,
             tr("Finding a person needs the lookup key, which has not reached you yet: it is "
                "sealed to you at the next login of someone who holds it."));
        return std::nullopt;
    }
    // What an administrator imported since is indexed first: a person is found whole.
    if (!IndexService(m_session).catchUp(0, {}, error))
        return std::nullopt;
    QList<QByteArray> lookups;
    for (const QString& form : *forms)
        lookups += crypto.indexes(kindName, FieldCrypto::normalised(kindName, form));
    SubjectRepository subjects(m_session.db());
    TransactionGuard transaction(m_session.db());
    const auto subjectIds = subjects.find(kind, lookups, error);
    if (!subjectIds)
        return std::nullopt;
    const QList<qint64> ids = *subjectIds;
    QList<SubjectMatch> matches;
    QStringList found;
    for (qint64 id : ids) {
        SubjectMatch m;
        m.subjectId = id;
        const auto restricted = subjects.isRestricted(id, error);
        const auto identifiers = restricted ? subjects.identifiers(id, error) : std::nullopt;
        const auto calls = identifiers ? subjects.callIds(id, error) : std::nullopt;
        const auto chats = calls ? subjects.chatIds(id, error) : std::nullopt;
        if (!chats)
            return std::nullopt;
        m.restricted = *restricted;
        for (const StoredIdentifier& i : *identifiers) {
            Error ignored;
            const QString place = QStringLiteral("subject_identifiers/value/%1/%2")
                                      .arg(id)
                                      .arg(SubjectRepository::kindId(i.kind));
            m.identifiers.append(
                {i.kind,
                 crypto.holds(Capability::Identifiers)
                     ? crypto.openText(Capability::Identifiers, i.sealed, place.toUtf8(), &ignored)
                           .value_or(i.shown)
                     : i.shown});
        }
        m.callIds = *calls;
        m.chatIds = *chats;
        matches.append(m);
        found << QString::number(id);
    }
    if (kind == IdentifierKind::Phone) {
        const auto calls = subjects.callsByNumberOutside(lookups, ids, error);
        if (!calls)
            return std::nullopt;
        const QList<qint64> loose = *calls;
        if (!loose.isEmpty()) {
            SubjectMatch m;
            m.callIds = loose;
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
        !m_session.commitReading(transaction, error))
        return std::nullopt;
    return matches;
}

} // namespace tallenne
