#pragma once

#include "core/AccessRequest.h"
#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tallenne {

/// A data subject's request as the register keeps it (schema step 12).
struct AccessRequestRecord
{
    qint64 id = 0;
    RequestKind kind = RequestKind::Access;
    RequestChannel channel = RequestChannel::InPerson;
    QDateTime receivedAt; ///< UTC
    RequestStatus status = RequestStatus::Received;
    QString identifierKind;      ///< SubjectRepository::kindId() of what it was opened with
    QString identifierShown;     ///< its masked form, for lists
    QByteArray identifierSealed; ///< the value, under the identifier key
    QString openedBy;
    QDateTime openedAt; ///< UTC
    bool possiblyRepetitive = false;
    int extensionMonths = 0;
    QString extensionReason;
    QString extendedBy;
    QDateTime extendedAt; ///< UTC; invalid when not extended
    std::optional<VerificationMethod> verifyMethod;
    QString verifyDocument;        ///< AccessRequestTerms::documentId() for a photo ID
    QByteArray verifyDetailSealed; ///< last four characters or a reference (identifier key)
    QString verifiedBy;
    QDateTime verifiedAt; ///< UTC; invalid until verified
    QString feeReason;    ///< why a fee is charged; empty: free
    QString outcome;
    QString closedBy;
    QDateTime closedAt; ///< UTC; invalid while open

    [[nodiscard]] bool isVerified() const { return verifiedAt.isValid(); }
    [[nodiscard]] bool isClosed() const { return AccessRequestTerms::isClosed(status); }
};

/// Something found for a request, and why.
struct RequestItem
{
    enum class Kind
    {
        Subject,
        Call,
        Chat,
    };
    Kind kind = Kind::Subject;
    qint64 objectId = 0;
    QString matchedBy;     ///< the identifier kind that found it (SubjectRepository::kindId)
    qint64 viaSubject = 0; ///< the data subject it was found through; 0: by its own number
    bool included = true;  ///< false: excluded by the officer as a false match
    QDateTime startedAt;   ///< a call's or chat's start (UTC), for people; invalid once erased

    [[nodiscard]] static QString kindId(Kind kind);
    [[nodiscard]] static std::optional<Kind> kindFromId(const QString& id);
};

/// The access_requests and access_request_items tables. Storage only: the request service
/// checks permissions and rules, seals, and audits.
class RequestRepository
{
    Q_DECLARE_TR_FUNCTIONS(RequestRepository)

public:
    explicit RequestRepository(QSqlDatabase db);

    [[nodiscard]] std::optional<qint64> insert(const AccessRequestRecord& request, Error* error);
    /// nullopt with the error untouched when there is no such request.
    [[nodiscard]] std::optional<AccessRequestRecord> find(qint64 id, Error* error) const;
    /// Newest received first; only those not closed with `openOnly`.
    [[nodiscard]] std::optional<QList<AccessRequestRecord>> list(bool openOnly, Error* error) const;
    /// Writes every workflow field of an existing request (status, verification, extension,
    /// fee, outcome, the sealed identifier).
    [[nodiscard]] bool update(const AccessRequestRecord& request, Error* error);

    [[nodiscard]] std::optional<QList<RequestItem>> items(qint64 requestId, Error* error) const;
    /// Adds items not yet on the request; returns how many were new.
    [[nodiscard]] std::optional<int> addItems(qint64 requestId, const QList<RequestItem>& items,
                                              Error* error);
    /// Includes or excludes one item; false with InputRejected when the request has no such item.
    [[nodiscard]] bool setIncluded(qint64 requestId, RequestItem::Kind kind, qint64 objectId,
                                   bool included, Error* error);
    /// Requests other than `exceptId` received in [from, to) that name one of these data
    /// subjects, newest first.
    [[nodiscard]] std::optional<QList<AccessRequestRecord>>
    bySubjects(const QList<qint64>& subjectIds, const QDateTime& from, const QDateTime& to,
               qint64 exceptId, Error* error) const;

private:
    QSqlDatabase m_db;
};

} // namespace tallenne
