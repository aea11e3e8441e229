#include "core/AccessRequest.h"

#include "core/LocalCalendar.h"

namespace tallenne {

namespace {
// The command line writes ids with hyphens (DESIGN.md), the schema with underscores.
QString canonical(const QString& id)
{
    QString s = id.trimmed().toLower();
    s.replace(QLatin1Char('-'), QLatin1Char('_'));
    return s;
}
} // namespace

QString AccessRequestTerms::kindId(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Access:
        return QStringLiteral("access");
    case RequestKind::Portability:
        return QStringLiteral("portability");
    case RequestKind::Rectification:
        return QStringLiteral("rectification");
    case RequestKind::Erasure:
        return QStringLiteral("erasure");
    case RequestKind::Restriction:
        return QStringLiteral("restriction");
    case RequestKind::Objection:
        return QStringLiteral("objection");
    }
    return {};
}

QList<RequestKind> AccessRequestTerms::kinds()
{
    return {RequestKind::Access,  RequestKind::Portability, RequestKind::Rectification,
            RequestKind::Erasure, RequestKind::Restriction, RequestKind::Objection};
}

std::optional<RequestKind> AccessRequestTerms::kindFromId(const QString& id)
{
    const QString s = canonical(id);
    for (RequestKind k : kinds())
        if (kindId(k) == s)
            return k;
    return std::nullopt;
}

QString AccessRequestTerms::kindName(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Access:
        return tr("Access (a copy of one's data)");
    case RequestKind::Portability:
        return tr("Data portability");
    case RequestKind::Rectification:
        return tr("Rectification");
    case RequestKind::Erasure:
        return tr("Erasure");
    case RequestKind::Restriction:
        return tr("Restriction of processing");
    case RequestKind::Objection:
        return tr("Objection");
    }
    return {};
}

QString AccessRequestTerms::kindShortName(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Access:
        return tr("Access");
    case RequestKind::Portability:
        return tr("Portability");
    case RequestKind::Rectification:
        return tr("Rectification");
    case RequestKind::Erasure:
        return tr("Erasure");
    case RequestKind::Restriction:
        return tr("Restriction");
    case RequestKind::Objection:
        return tr("Objection");
    }
    return {};
}

QString AccessRequestTerms::channelId(RequestChannel channel)
{
    switch (channel) {
    case RequestChannel::InPerson:
        return QStringLiteral("in_person");
    case RequestChannel::Letter:
        return QStringLiteral("letter");
    case RequestChannel::Email:
        return QStringLiteral("email");
    case RequestChannel::Phone:
        return QStringLiteral("phone");
    }
    return {};
}

QList<RequestChannel> AccessRequestTerms::channels()
{
    return {RequestChannel::InPerson, RequestChannel::Letter, RequestChannel::Email,
            RequestChannel::Phone};
}

std::optional<RequestChannel> AccessRequestTerms::channelFromId(const QString& id)
{
    const QString s = canonical(id);
    for (RequestChannel c : channels())
        if (channelId(c) == s)
            return c;
    return std::nullopt;
}

QString AccessRequestTerms::channelName(RequestChannel channel)
{
    switch (channel) {
    case RequestChannel::InPerson:
        return tr("In person");
    case RequestChannel::Letter:
        return tr("Letter");
    case RequestChannel::Email:
        return tr("E-mail");
    case RequestChannel::Phone:
        return tr("Phone");
    }
    return {};
}

QString AccessRequestTerms::statusId(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Received:
        return QStringLiteral("received");
    case RequestStatus::IdentityVerified:
        return QStringLiteral("identity_verified");
    case RequestStatus::InProgress:
        return QStringLiteral("in_progress");
    case RequestStatus::Extended:
        return QStringLiteral("extended");
    case RequestStatus::Completed:
        return QStringLiteral("completed");
    case RequestStatus::Refused:
        return QStringLiteral("refused");
    case RequestStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<RequestStatus> AccessRequestTerms::statusFromId(const QString& id)
{
    const QString s = canonical(id);
    for (RequestStatus st :
         {RequestStatus::Received, RequestStatus::IdentityVerified, RequestStatus::InProgress,
          RequestStatus::Extended, RequestStatus::Completed, RequestStatus::Refused,
          RequestStatus::Withdrawn})
        if (statusId(st) == s)
            return st;
    return std::nullopt;
}

QString AccessRequestTerms::statusName(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Received:
        return tr("Received");
    case RequestStatus::IdentityVerified:
        return tr("Identity verified");
    case RequestStatus::InProgress:
        return tr("In progress");
    case RequestStatus::Extended:
        return tr("Extended");
    case RequestStatus::Completed:
        return tr("Completed");
    case RequestStatus::Refused:
        return tr("Refused");
    case RequestStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

bool AccessRequestTerms::isClosed(RequestStatus status)
{
    return status == RequestStatus::Completed || status == RequestStatus::Refused ||
           status == RequestStatus::Withdrawn;
}

QString AccessRequestTerms::methodId(VerificationMethod method)
{
    switch (method) {
    case VerificationMethod::PhotoIdInPerson:
        return QStringLiteral("photo_id_in_person");
    case VerificationMethod::StrongElectronicIdentification:
        return QStringLiteral("strong_electronic_identification");
    case VerificationMethod::SignedRequest:
        return QStringLiteral("signed_request");
    }
    return {};
}

std::optional<VerificationMethod> AccessRequestTerms::methodFromId(const QString& id)
{
    const QString s = canonical(id);
    for (VerificationMethod m :
         {VerificationMethod::PhotoIdInPerson, VerificationMethod::StrongElectronicIdentification,
          VerificationMethod::SignedRequest})
        if (methodId(m) == s)
            return m;
    return std::nullopt;
}

QString AccessRequestTerms::methodName(VerificationMethod method)
{
    switch (method) {
    case VerificationMethod::PhotoIdInPerson:
        return tr("Photo ID shown in person");
    case VerificationMethod::StrongElectronicIdentification:
        return tr("Strong electronic identification");
    case VerificationMethod::SignedRequest:
        return tr("Signed request");
    }
    return {};
}

QString AccessRequestTerms::documentId(IdDocument document)
{
    switch (document) {
    case IdDocument::Passport:
        return QStringLiteral("passport");
    case IdDocument::IdCard:
        return QStringLiteral("id_card");
    case IdDocument::DrivingLicence:
        return QStringLiteral("driving_licence");
    case IdDocument::ResidencePermit:
        return QStringLiteral("residence_permit");
    }
    return {};
}

QList<IdDocument> AccessRequestTerms::documents()
{
    return {IdDocument::Passport, IdDocument::IdCard, IdDocument::DrivingLicence,
            IdDocument::ResidencePermit};
}

std::optional<IdDocument> AccessRequestTerms::documentFromId(const QString& id)
{
    const QString s = canonical(id);
    for (IdDocument d : documents())
        if (documentId(d) == s)
            return d;
    return std::nullopt;
}

QString AccessRequestTerms::documentName(IdDocument document)
{
    switch (document) {
    case IdDocument::Passport:
        return tr("Passport");
    case IdDocument::IdCard:
        return tr("Identity card");
    case IdDocument::DrivingLicence:
        return tr("Driving licence");
    case IdDocument::ResidencePermit:
        return tr("Residence permit");
    }
    return {};
}

QDate AccessRequestTerms::dueDate(const QDateTime& received, int months, const QTimeZone& zone)
{
    return LocalCalendar::lastDay(received, months, zone);
}

QDateTime AccessRequestTerms::periodEnd(const QDateTime& received, int months,
                                        const QTimeZone& zone)
{
    return LocalCalendar::periodEnd(received, months, zone);
}

} // namespace tallenne
