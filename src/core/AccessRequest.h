#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace tallenne {

/// The rights a data subject can exercise (GDPR art. 15-21), as a request's kind.
enum class RequestKind
{
    Access,        ///< art. 15: what is held, and a copy
    Portability,   ///< art. 20: the data in a machine-readable form
    Rectification, ///< art. 16
    Erasure,       ///< art. 17
    Restriction,   ///< art. 18
    Objection,     ///< art. 21
};

/// How the request reached the register.
enum class RequestChannel
{
    InPerson,
    Letter,
    Email,
    Phone,
};

/// Where a request stands. Completed, refused and withdrawn are closed.
enum class RequestStatus
{
    Received,
    IdentityVerified,
    InProgress,
    Extended,
    Completed,
    Refused,
    Withdrawn,
};

/// How the requester's identity was verified (the register profile's
/// rights.identity_verification lists the methods it allows).
enum class VerificationMethod
{
    PhotoIdInPerson, ///< a photo ID shown at the counter: kind and last four characters
    StrongElectronicIdentification, ///< e.g. bank credentials, mobile ID: the method and a
                                    ///< reference
    SignedRequest,                  ///< a signed request: its reference (e.g. a letter's number)
};

/// The kinds of photo ID a person may show (DESIGN.md's command-line names).
enum class IdDocument
{
    Passport,
    IdCard,
    DrivingLicence,
    ResidencePermit,
};

/// Names and rules of data subjects' requests, shared by the service, the CLI and the GUI.
///
/// Ids: the schema and the JSON use snake_case (`in_person`, `identity_verified`), the command
/// line the forms of DESIGN.md (`in-person`, `id-card`); fromId() accepts both.
///
/// The deadline (GDPR art. 12(3)): one month from receipt (the profile's
/// rights.response_months), counted on the register's local calendar as Finnish law counts a
/// time limit (LocalCalendar: received 31 January, due 28 or 29 February), extendable by up to
/// two further months (rights.extension_months) when the requester is told why within the
/// first month: an extension recorded after the first month has run out is refused.
class AccessRequestTerms
{
    Q_DECLARE_TR_FUNCTIONS(AccessRequestTerms)

public:
    [[nodiscard]] static QString kindId(RequestKind kind);
    [[nodiscard]] static std::optional<RequestKind> kindFromId(const QString& id);
    [[nodiscard]] static QString kindName(RequestKind kind);
    /// One word for a list column ("Access", "Erasure").
    [[nodiscard]] static QString kindShortName(RequestKind kind);
    [[nodiscard]] static QList<RequestKind> kinds();

    [[nodiscard]] static QString channelId(RequestChannel channel);
    [[nodiscard]] static std::optional<RequestChannel> channelFromId(const QString& id);
    [[nodiscard]] static QString channelName(RequestChannel channel);
    [[nodiscard]] static QList<RequestChannel> channels();

    [[nodiscard]] static QString statusId(RequestStatus status);
    [[nodiscard]] static std::optional<RequestStatus> statusFromId(const QString& id);
    [[nodiscard]] static QString statusName(RequestStatus status);
    [[nodiscard]] static bool isClosed(RequestStatus status);

    /// The profile's ids: photo_id_in_person, strong_electronic_identification, signed_request.
    [[nodiscard]] static QString methodId(VerificationMethod method);
    [[nodiscard]] static std::optional<VerificationMethod> methodFromId(const QString& id);
    [[nodiscard]] static QString methodName(VerificationMethod method);

    [[nodiscard]] static QString documentId(IdDocument document);
    [[nodiscard]] static std::optional<IdDocument> documentFromId(const QString& id);
    [[nodiscard]] static QString documentName(IdDocument document);
    [[nodiscard]] static QList<IdDocument> documents();

    /// The last local day to answer a request received at `received` (any time spec) with
    /// `months` in all (the response period plus any extension).
    [[nodiscard]] static QDate dueDate(const QDateTime& received, int months,
                                       const QTimeZone& zone);
    /// The instant (UTC) the response period of `months` runs out: the local midnight after
    /// dueDate(). An extension must be recorded before the first period's end.
    [[nodiscard]] static QDateTime periodEnd(const QDateTime& received, int months,
                                             const QTimeZone& zone);
};

} // namespace tallenne
