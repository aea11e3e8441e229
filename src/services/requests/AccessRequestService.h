#pragma once

#include "core/AccessRequest.h"
#include "core/Error.h"
#include "storage/RequestRepository.h"
#include "storage/SubjectRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tallenne {

class Session;

/// What a new request is and whom it is about (AccessRequestService::open()).
struct NewAccessRequest
{
    RequestKind kind = RequestKind::Access;
    RequestChannel channel = RequestChannel::InPerson;
    QDateTime receivedAt; ///< when it reached the register; invalid: now
    IdentifierKind identifierKind = IdentifierKind::Phone;
    QString identifier; ///< as the person gave it (a number, an e-mail address, a name, …)
};

/// How the requester proved who they are (AccessRequestService::verifyIdentity()).
struct IdentityCheck
{
    VerificationMethod method = VerificationMethod::PhotoIdInPerson;
    std::optional<IdDocument> document; ///< a photo ID's kind (PhotoIdInPerson only)
    /// A photo ID's last four characters (never a copy of the document); for an electronic
    /// identification its method and reference; for a signed request its reference.
    QString detail;
};

/// A request with what the desk shows of it: its deadline, what was found, earlier requests.
struct AccessRequestView
{
    AccessRequestRecord record;
    QDate due;              ///< the last local day to answer (with any extension)
    bool overdue = false;   ///< open and past its due day
    bool dueSoon = false;   ///< open and due within the next 7 days
    bool extendable = true; ///< open, the first month not yet run out, months left to add
    int extensionMonthsLeft = 0;
    QString identifier;   ///< in clear for holders of the identifier key, masked otherwise
    QString verifyDetail; ///< the same for the verification's detail
    QList<RequestItem> items;
    /// Other requests naming the same data subjects received in the 12 months before this one.
    QList<AccessRequestRecord> earlier;
};

/// Data subjects' requests (DESIGN.md "Roles and permissions": privacy officers,
/// Permission::HandleRequests; export, rectification, restriction and erasure also need
/// Permission::ExportRectifyErase in their own services, which ask requireVerified() first).
///
/// Rules:
/// - The deadline is the profile's rights.response_months (one month) from receipt on the
///   register's local calendar (AccessRequestTerms::dueDate()); extend() adds up to
///   rights.extension_months in all with a written reason, and only before the first month
///   runs out (ErrorKind::RefusedByRule, exit 6, otherwise: GDPR art. 12(3)).
/// - Identity is verified only by a method the profile's rights.identity_verification lists
///   (RefusedByRule otherwise, and while no profile is set); a photo ID records its kind and
///   its last four characters, sealed under the identifier key, never a copy.
/// - Export and changes are refused until identity is verified (requireVerified():
///   RefusedByRule, exit 6), and on a closed request.
/// - The information and the first copy are always free (GDPR art. 12(5), 15(3)). A request
///   is flagged possiblyRepetitive when the same person made at least
///   rights.free_access_requests_per_year requests in the 12 months before it; a fee or a
///   refusal is then the officer's decision, recorded with its reason (chargeFee(), close()).
/// Every step is audited (`request.open`, `request.read`, `request.list`, `request.verify`,
/// `request.extend`, `request.find`, `request.include`, `request.exclude`, `request.fee`,
/// `request.close`) with ids, kinds and dates: never the identifier or the ID's characters.
class AccessRequestService
{
    Q_DECLARE_TR_FUNCTIONS(AccessRequestService)

public:
    /// The longest free text (an extension's reason, an outcome, a fee's reason).
    static constexpr int maxTextLength = 2000;

    explicit AccessRequestService(Session& session);

    /// Opens a request and finds the person by the identifier given (SubjectService::find):
    /// every data subject found, their calls and chats, and for a phone number the calls from
    /// it linked to no one, all included until the officer excludes them. Returns its id.
    [[nodiscard]] std::optional<qint64> open(const NewAccessRequest& request, Error* error);
    /// Looks the person up by one more identifier and adds what is found; returns how many
    /// items were new.
    [[nodiscard]] std::optional<int> findMore(qint64 id, IdentifierKind kind, const QString& value,
                                              Error* error);
    [[nodiscard]] std::optional<AccessRequestView> get(qint64 id, Error* error);
    /// Open requests first, by due day (the overdue on top), then closed ones newest first;
    /// only the open ones with `openOnly`. Items and earlier requests are not read (empty).
    [[nodiscard]] std::optional<QList<AccessRequestView>> list(bool openOnly, Error* error);
    [[nodiscard]] bool verifyIdentity(qint64 id, const IdentityCheck& check, Error* error);
    [[nodiscard]] bool extend(qint64 id, int months, const QString& reason, Error* error);
    /// Includes or excludes something found (a false match is excluded before the copy).
    [[nodiscard]] bool setIncluded(qint64 id, RequestItem::Kind kind, qint64 objectId,
                                   bool included, Error* error);
    /// Records the decision to charge a reasonable fee for a further copy or a manifestly
    /// unfounded or excessive request (GDPR art. 12(5), 15(3)), with its reason. Refused
    /// (RefusedByRule) for a first request: it is always free.
    [[nodiscard]] bool chargeFee(qint64 id, const QString& reason, Error* error);
    /// Closes a request as completed, refused or withdrawn, with its outcome and reasons
    /// (required; a refusal must say why).
    [[nodiscard]] bool close(qint64 id, RequestStatus status, const QString& outcome, Error* error);

    /// For the services that export or change a subject's data: the request, open and with
    /// the identity verified, moved to in progress. PermissionDenied (audited) without
    /// Permission::ExportRectifyErase; RefusedByRule when not verified or closed.
    [[nodiscard]] std::optional<AccessRequestRecord>
    requireVerified(qint64 id, const QString& action, Error* error);

private:
    struct Rules
    {
        int responseMonths = 1;
        int extensionMonths = 2;
        int freePerYear = 1;
        QStringList methods;
        QTimeZone zone;
        bool fromProfile = false;
    };
    [[nodiscard]] std::optional<Rules> rules(Error* error);
    [[nodiscard]] AccessRequestView viewOf(const AccessRequestRecord& record,
                                           const Rules& rules) const;
    [[nodiscard]] std::optional<AccessRequestRecord> openRequest(qint64 id, Error* error);
    /// Finds the person and turns the matches into items; the identifier's normalised form
    /// goes to *normalised.
    [[nodiscard]] std::optional<QList<RequestItem>>
    findItems(IdentifierKind kind, const QString& value, QString* normalised, Error* error);
    /// Other requests naming the included data subjects of `items`, received in the 12
    /// months before `record`.
    [[nodiscard]] std::optional<QList<AccessRequestRecord>>
    earlierRequests(const AccessRequestRecord& record, const QList<RequestItem>& items,
                    Error* error) const;
    [[nodiscard]] std::optional<bool> isRepetitive(const AccessRequestRecord& record,
                                                   const QList<RequestItem>& items,
                                                   const Rules& rules, Error* error) const;

    Session& m_session;
    RequestRepository m_requests;
};

} // namespace tallenne
