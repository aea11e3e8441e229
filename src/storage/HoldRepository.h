#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tallenne {

/// A legal hold (poistoesto): keeps what its scope covers past its retention period.
struct HoldRecord
{
    enum class Scope
    {
        Call,
        Chat,
        Subject,
        Phone,
    };
    qint64 id = 0;
    QString caseRef; ///< the case reference the holder gives (e.g. a complaint's number)
    QString reason;  ///< an id of the profile's hold_reasons
    Scope scope = Scope::Call;
    qint64 targetId = 0;   ///< the call, chat or subject (0 for a phone scope)
    QByteArray phoneIndex; ///< the phone number's blind index (phone scope only)
    QString phoneMasked;   ///< the number's masked form, for people (phone scope only)
    QDateTime until;       ///< UTC: the hold ends at this instant
    QString placedBy;
    QDateTime placedAt;   ///< UTC
    QString releasedBy;   ///< empty while in force
    QDateTime releasedAt; ///< UTC; invalid while in force
    QString releaseNote;

    [[nodiscard]] bool isReleased() const { return releasedAt.isValid(); }
    /// In force at `now`: not released and not yet at its until-time.
    [[nodiscard]] bool inForce(const QDateTime& now) const { return !isReleased() && now < until; }
    /// "call", "chat", "subject", "phone": the schema's and the CLI's names.
    [[nodiscard]] static QString scopeId(Scope scope);
    [[nodiscard]] static std::optional<Scope> scopeFromId(const QString& id);
};

/// The legal_holds table (schema v9). Storage only: the hold service checks permissions, the
/// profile's reasons and maximum, and audits.
///
/// What a hold covers, as SQL for the purge and the erasure (heldCallSql(), heldChatSql()):
/// a call is held by a hold on the call, on its data subject, or on its caller's phone number
/// (calls.caller_index); a chat by a hold on the chat or on its data subject.
class HoldRepository
{
    Q_DECLARE_TR_FUNCTIONS(HoldRepository)

public:
    explicit HoldRepository(QSqlDatabase db);

    [[nodiscard]] std::optional<qint64> insert(const HoldRecord& hold, Error* error);
    /// Every hold, newest first; released ones only with `includeReleased`.
    [[nodiscard]] QList<HoldRecord> list(bool includeReleased, Error* error) const;
    /// nullopt with the error untouched when there is no such hold.
    [[nodiscard]] std::optional<HoldRecord> find(qint64 id, Error* error) const;
    /// Marks a hold released (by a person, or by "-" when its time ran out).
    [[nodiscard]] bool release(qint64 id, const QString& by, const QDateTime& at,
                               const QString& note, Error* error);
    /// Holds not released whose until-time is at or before `now`: due to be lifted.
    [[nodiscard]] QList<HoldRecord> expired(const QDateTime& now, Error* error) const;

    /// An SQL condition true when the call aliased `call` (a row of calls) is held at the
    /// instant bound as the one positional parameter the condition holds (UTC seconds).
    [[nodiscard]] static QString heldCallSql(const QString& call);
    /// The same for a chat aliased `chat`.
    [[nodiscard]] static QString heldChatSql(const QString& chat);

private:
    QSqlDatabase m_db;
};

} // namespace tallenne
