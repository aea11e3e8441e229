#pragma once

#include "core/Error.h"
#include "storage/HoldRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tallenne {

class Session;

/// What a new legal hold covers and why (HoldService::add()).
struct HoldRequest
{
    HoldRecord::Scope scope = HoldRecord::Scope::Call;
    qint64 targetId = 0; ///< the call, chat or subject; unused for a phone scope
    QString phone;       ///< the number as typed (phone scope only); read in the profile's region
    QString reason;      ///< an id of the profile's hold_reasons
    QDate until;         ///< the last local day the hold is in force (register time zone)
    QString caseRef;     ///< the case reference (a complaint's number, a police case)
};

/// Legal holds (poistoestot; DESIGN.md "Roles and permissions": privacy officers and
/// administrators, Permission::ManageLegalHolds). A hold keeps what its scope covers past its
/// retention period; the purge and the erasure skip it (HoldRepository::heldCallSql()).
///
/// Rules, all from the register profile's "retention" (RetentionPolicy):
/// - the reason must be one of `hold_reasons` (ErrorKind::InputRejected otherwise; a profile
///   without reasons allows no holds: ErrorKind::RefusedByRule);
/// - the hold ends at the end of `until` on the register's local calendar, which must be no
///   later than RetentionPolicy::holdLimit() counted from today (`hold_max_months`; 0: no
///   maximum): ErrorKind::RefusedByRule (exit 6) otherwise;
/// - a phone scope is found by the number's blind index, so only holders of the lookup key
///   (privacy officers) can place one; others get ErrorKind::PermissionDenied, audited.
/// Every change and every list is audited (`hold.add`, `hold.release`, `hold.list`) with ids,
/// the scope, the reason and dates (and a release's note): never the number or the case
/// reference.
class HoldService
{
    Q_DECLARE_TR_FUNCTIONS(HoldService)

public:
    /// The longest release note: it goes whole into the `hold.release` audit entry.
    static constexpr int maxNoteLength = 500;

    explicit HoldService(Session& session);

    /// Places a hold; returns its id.
    [[nodiscard]] std::optional<qint64> add(const HoldRequest& request, Error* error);
    /// Holds newest first; released ones too with `includeReleased`.
    [[nodiscard]] std::optional<QList<HoldRecord>> list(bool includeReleased, Error* error);
    /// Releases a hold in force, with who and when (now) and an optional note (at most
    /// maxNoteLength characters; the officer's own words, kept with the hold and in the
    /// `hold.release` entry's details as `note=…`, line breaks as spaces).
    /// ErrorKind::InputRejected when there is no such hold, it was already released or the note
    /// is too long.
    [[nodiscard]] bool release(qint64 id, const QString& note, Error* error);

    /// The local end of a hold's until-day as an instant (UTC): the midnight after `until`.
    [[nodiscard]] static QDateTime endOf(QDate until, const QTimeZone& zone);
    /// A hold's until-instant as the last local day it is in force.
    [[nodiscard]] static QDate lastDay(const QDateTime& until, const QTimeZone& zone);
    /// A scope in words for people ("call 12", "phone +358 40 *** **67").
    [[nodiscard]] static QString describeScope(const HoldRecord& hold);

private:
    bool checkTarget(const HoldRequest& request, Error* error);

    Session& m_session;
    HoldRepository m_holds;
};

} // namespace tallenne
