#pragma once

#include "core/Error.h"
#include "storage/RequestRepository.h"
#include "storage/SubjectRepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tallenne {

class Session;

/// Something an erasure keeps, and why (a legal hold in force, or a legal duty to keep it).
struct ErasureKept
{
    RequestItem::Kind kind = RequestItem::Kind::Call;
    qint64 id = 0;
    qint64 holdId = 0; ///< the legal hold that keeps it; 0: the profile's legal duty
    QString reason;    ///< for people (translated): the hold's reason, case and end, or the duty
};

/// What an erasure would do (SubjectRightsService::planErasure()) or did (erase()).
/// Counts are of rows; ids are the records' own (never contents).
struct ErasurePlan
{
    qint64 requestId = 0;
    bool erased = false;     ///< false: a plan, nothing changed
    QList<qint64> subjects;  ///< data subjects to erase (erased)
    QList<qint64> calls;     ///< calls with their recordings and tags
    QList<qint64> chats;     ///< chats with their messages
    qint64 identifiers = 0;  ///< the erased subjects' identifiers
    qint64 recordings = 0;   ///< of the calls: crypto-shredded
    qint64 messages = 0;     ///< of the chats
    qint64 tags = 0;         ///< on the calls
    qint64 clips = 0;        ///< of those tags in coaching playlists: removed from them
    qint64 filesRemoved = 0; ///< recording files removed after the commit (erase() only)
    QList<ErasureKept> kept; ///< what a hold or a legal duty keeps
    /// The legal duty to keep records the register profile names (its `legal_obligation`
    /// basis, GDPR art. 17(3)(b)), for people; empty: none, nothing is kept for a duty.
    QString retentionDuty;
};

/// Whether restriction was applied or lifted, and on how much (setRestricted()).
struct RestrictionResult
{
    int subjects = 0;
    int calls = 0; ///< calls and chats of the request not linked to a subject, set directly
    int chats = 0;
};

/// The privacy officer's decision on an objection (GDPR art. 21).
struct ObjectionDecision
{
    /// true: upheld, processing stops (restriction applied now; erasure, if asked for, by a
    /// separate erasure request). false: overridden on compelling legitimate grounds.
    bool upheld = true;
    QString grounds; ///< required when overridden: the compelling legitimate grounds
};

/// The rights that change a data subject's data (GDPR art. 16-18, 21), acting on what an
/// open request found and the officer included (RequestRepository::items(): a data subject
/// item covers the subject and their calls and chats, except those excluded as false matches).
///
/// Every method first asks AccessRequestService::requireVerified(): PermissionDenied (exit 3,
/// audited) for any role but the privacy officer, RefusedByRule (exit 6, audited) before the
/// requester's identity is verified or on a closed request. Each also needs the request to be
/// of its kind (rectification; erasure; objection for recordObjection(); for setRestricted()
/// restriction, and also objection and rectification, since art. 18(1)(a) and (d) restrict
/// processing while an objection or the accuracy of the data is being decided): RefusedByRule
/// otherwise.
///
/// - Rectification (art. 16): one identifier of one subject changes from its old value to a
///   new one, both normalised as SubjectService::normalise() does, resealed and re-indexed
///   (SubjectLinker::stored()). The call rows' caller numbers stay: they record where a call
///   came from. Audited `subject.rectify` with the before and after sealed under the
///   identifier key (rectificationPlace(), base64url): only privacy officers open them.
/// - Restriction (art. 18): SubjectRepository::setRestricted() on the subjects (their calls
///   and chats follow), and the request's calls and chats linked to no subject; quality and
///   training work no longer see them (browsing filters `restricted`). Audited
///   `subject.restrict` / `subject.restrict.lift`.
/// - Objection (art. 21): the decision recorded, `subject.object` (upheld with the restriction
///   applied, or overridden with the grounds written).
/// - Erasure (art. 17): planErasure() lists everything about the person and what is kept and
///   why: what a legal hold in force covers (HoldRepository::heldCallSql()/heldChatSql(); a
///   subject held by a hold on the subject or on one of their phone numbers, as the purge
///   keeps them) and, when the profile names a legal duty to keep records, the calls and
///   chats. erase() then deletes the rest in one transaction: recordings crypto-shredded as
///   the purge does (the rows holding the file keys deleted, the file names journalled in
///   purge_shredded, the files removed after the commit), tags with their calls, the tags'
///   clips removed from coaching playlists, chats with their messages and search index,
///   subjects with their identifiers. The request's items keep the erased ids as tombstones.
///   Audited `subject.erase.plan` and `subject.erase` (counts and ids only).
class SubjectRightsService
{
    Q_DECLARE_TR_FUNCTIONS(SubjectRightsService)

public:
    explicit SubjectRightsService(Session& session);

    /// Changes a data subject's identifier of `kind` from `from` to `to`. The subject must be
    /// included in the request; `from` must be one of their identifiers (InputRejected
    /// otherwise). Names and addresses are single-line, at most 500 characters.
    [[nodiscard]] bool rectify(qint64 requestId, qint64 subjectId, IdentifierKind kind,
                               const QString& from, const QString& to, Error* error);

    /// Applies (`restricted` true) or lifts the restriction of processing.
    [[nodiscard]] std::optional<RestrictionResult> setRestricted(qint64 requestId, bool restricted,
                                                                 Error* error);

    /// Records the decision on an objection; upheld applies the restriction as setRestricted().
    [[nodiscard]] bool recordObjection(qint64 requestId, const ObjectionDecision& decision,
                                       Error* error);

    /// What erase() would do now. Changes nothing.
    [[nodiscard]] std::optional<ErasurePlan> planErasure(qint64 requestId, Error* error);
    /// Erases what planErasure() lists (planned anew inside the transaction) and keeps what it
    /// keeps. Returns what was erased and kept.
    [[nodiscard]] std::optional<ErasurePlan> erase(qint64 requestId, Error* error);

    /// The associated data a rectification's before (`after` false) or after value is sealed
    /// with in the audit entry, for the officer who opens it (FieldCrypto::openText with
    /// Capability::Identifiers, the value base64url-decoded).
    [[nodiscard]] static QByteArray rectificationPlace(qint64 requestId, qint64 subjectId,
                                                       IdentifierKind kind, bool after);

    /// The longest free text (an objection's grounds).
    static constexpr int maxTextLength = 2000;

private:
    struct Scope;
    [[nodiscard]] std::optional<AccessRequestRecord> verified(qint64 requestId,
                                                              const QString& action, Error* error);
    [[nodiscard]] bool requireKind(const AccessRequestRecord& record,
                                   const QList<RequestKind>& kinds, Error* error) const;
    [[nodiscard]] std::optional<Scope> scopeOf(qint64 requestId, Error* error);
    [[nodiscard]] std::optional<RestrictionResult> applyRestriction(const Scope& scope,
                                                                    bool restricted, Error* error);
    [[nodiscard]] std::optional<ErasurePlan> plan(qint64 requestId, Error* error);
    [[nodiscard]] bool removeShreddedFiles(qint64* removed, Error* error);

    Session& m_session;
};

} // namespace tallenne
