#pragma once

#include "core/Error.h"
#include "core/RecordingState.h"
#include "storage/RecordingStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace tallenne {

class FieldCrypto;
class Session;

/// A place in the newest-first order of calls (start time, then id, both descending): the call
/// with this start time and id. Keyset paging, as ChatCursor: a far page costs what the first
/// does, and calls written meanwhile do not shift the pages.
struct CallCursor
{
    QDateTime startedAt; ///< UTC
    qint64 id = 0;
};

/// What the call list shows. Empty strings and nullopt mean "any". `to` is inclusive.
struct CallFilter
{
    std::optional<QDateTime> from, to;
    QString agent, queue, direction;
    std::optional<int> minDurationS, maxDurationS;
    QString phone; ///< any form PhoneNumber::read takes, in the profile's phone region
    std::optional<bool> hasRecording, tagged, evaluated;
    /// Only the calls after this one in the newest-first order: those that started earlier,
    /// and those that started at the same second with a lower id (`calls list --after`).
    std::optional<CallCursor> after;
};

enum class CallColumn
{
    StartedAt,
    Duration,
    Direction,
    Caller,
    ServiceNumber,
    Queue,
    Agent,
    Disposition,
    Recording
};

struct CallRow
{
    qint64 id = 0;
    QDateTime startedAt; ///< UTC
    int durationS = 0;
    QString direction;
    QString caller; ///< masked with Masking::maskPhone unless the roles may see it in clear
    QString serviceNumber;
    QString queue;
    QString agent;
    QString disposition;
    bool hasRecording = false;
    bool restricted = false;
    int tagCount = 0;
    int evaluationCount = 0;
    RecordingState recordingState = RecordingState::None;
    RecordingIssue recordingIssue = RecordingIssue::None;
    qint64 recordingFoundMs = -1; ///< audio found in a file that was not taken
    int billsec = 0;
    int legs = 1; ///< the legs of its conversation (a transferred call has several)
    int leg = 1;  ///< this call's place among them, by start time
};

struct ChatRow
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime endedAt; ///< invalid while unknown
    QString nickname;  ///< masked with Masking::maskName unless the roles may see it in clear
    QString agent;
    QString channel;
    int messageCount = 0;
    bool restricted = false;
};

/// A call opened for viewing: the row, the rest of its metadata and its recording.
struct CallDetail
{
    CallRow call;
    QDateTime answeredAt; ///< invalid when not answered
    QDateTime endedAt;
    int billsec = 0;
    std::optional<qint64> recordingId;
    AudioInfo audio; ///< valid when recordingId is set
    qint64 recordingBytes = 0;
    std::optional<qint64> subjectId; ///< only for roles that handle requests
    QList<ChatRow> linkedChats;      ///< the same subject's chats; only for those roles
    /// Every leg of the call's conversation the user may see, this one included, in the
    /// order they began; empty when the call is the only leg.
    QList<CallRow> legs;
};

struct ChatMessage
{
    qint64 id = 0;
    int seq = 0;
    QDateTime sentAt;
    QString sender; ///< customer, agent, bot, system
    QString text;
};

struct ChatTranscript
{
    ChatRow chat;
    QList<ChatMessage> messages;
};

/// Where the next page of a newest-first chat list or search begins: after the row with this
/// time (the chat's start, or the hit message's time) and id. Keyset paging: a far page costs
/// what the first does, and rows written meanwhile do not shift the pages.
struct ChatCursor
{
    QDateTime at;
    qint64 id = 0;
};

/// One full-text hit: the message and a snippet with the words that matched as written in
/// [brackets] (a word found by its stem only is not bracketed).
struct ChatHit
{
    qint64 chatId = 0;
    qint64 messageId = 0;
    QDateTime sentAt;
    QString snippet;
};

/// Browsing calls and chats (DESIGN.md: quality managers, trainers, privacy officers).
/// Counts, opens and searches are audited; pages are not (their count was). Restricted
/// records (GDPR art. 18) are invisible to roles that do not handle requests.
class BrowseService
{
    Q_DECLARE_TR_FUNCTIONS(BrowseService)

public:
    explicit BrowseService(Session& session);
    ~BrowseService();
    BrowseService(const BrowseService&) = delete;
    BrowseService& operator=(const BrowseService&) = delete;

    /// Count of matches; audited "calls.search" with a summary free of personal data.
    [[nodiscard]] std::optional<qint64> countCalls(const CallFilter& filter, Error* error);
    /// The matches counted up to `atMost`: a filter that matches half a million calls costs
    /// `atMost` index entries, not half a million. `*more` is set when the count reached
    /// `atMost` (there may be more: countCallsInBackground() says how many). Audited
    /// "calls.search" as countCalls(), with `matches=N+` when there may be more. The
    /// unfiltered count is exact at once (schema 15's kept counts).
    [[nodiscard]] std::optional<qint64> countCallsUpTo(const CallFilter& filter, qint64 atMost,
                                                       bool* more, Error* error);
    /// The exact count on a worker thread, over a connection of its own (as
    /// callIdsInBackground()), for a list that shows its first rows before it knows how many
    /// there are. Not audited: the search was, by countCallsUpTo(). The future's value is -1
    /// when the count failed or was cancelled (`cancelled` set).
    struct CountJob
    {
        QFuture<qint64> future;
        std::shared_ptr<std::atomic<bool>> cancelled;
    };
    [[nodiscard]] std::optional<CountJob> countCallsInBackground(const CallFilter& filter,
                                                                 Error* error);
    /// One page ordered by the column and then by id, both in `order`. Calls without an agent
    /// or queue sort after every name in the order the list shows, `shownOrder` (default:
    /// `order`): a list that reads its last pages backwards (CallListModel) passes the order
    /// it shows, so the reversed page is the exact reverse of the list's tail.
    [[nodiscard]] std::optional<QList<CallRow>>
    calls(const CallFilter& filter, CallColumn sortBy, Qt::SortOrder order, qint64 offset,
          int limit, Error* error, std::optional<Qt::SortOrder> shownOrder = std::nullopt);
    /// Every match's id in the order calls() pages them (the same filter, column and order):
    /// row k of the list is element k, one indexed lookup away wherever the list jumps
    /// (callsById()). Not audited, as pages are not: the list's count was.
    [[nodiscard]] std::optional<std::vector<qint64>>
    callIds(const CallFilter& filter, CallColumn sortBy, Qt::SortOrder order, Error* error);
    /// callIds() on a worker thread, over a connection of its own (the worker's own copy of
    /// the key, wiped once the connection has it): the list shows its first page at once and
    /// any row is one lookup away once these arrive. The future's value is null when the read
    /// failed or was cancelled (`cancelled` set).
    struct CallIdsJob
    {
        QFuture<std::shared_ptr<const std::vector<qint64>>> future;
        std::shared_ptr<std::atomic<bool>> cancelled;
    };
    [[nodiscard]] std::optional<CallIdsJob> callIdsInBackground(const CallFilter& filter,
                                                                CallColumn sortBy,
                                                                Qt::SortOrder order, Error* error);
    /// The list rows of these calls in the order given (ids from callIds()); calls gone
    /// since, or hidden from the user's roles, are left out. Not audited.
    [[nodiscard]] std::optional<QList<CallRow>> callsById(std::span<const qint64> ids,
                                                          Error* error);
    /// Where the newest-first order continues after the call `callId` (`calls list --after
    /// ID`): its start time. ErrorKind::InputRejected when there is no such call, or it is
    /// hidden from the user's roles (restricted), as if there were none. Not audited: it gives
    /// no call's data back; the count of the calls after it is audited (countCalls()).
    [[nodiscard]] std::optional<CallCursor> callCursor(qint64 callId, Error* error);
    /// Audited "call.open".
    [[nodiscard]] std::optional<CallDetail> openCall(qint64 callId, Error* error);
    /// The list rows of these calls and chats, in time order, for a search another service
    /// ran and audited (SubjectService::find): no audit entry of their own. Restricted
    /// records are left out for roles that may not see them.
    [[nodiscard]] std::optional<QList<CallRow>> callRows(const QList<qint64>& ids, Error* error);
    [[nodiscard]] std::optional<QList<ChatRow>> chatRows(const QList<qint64>& ids, Error* error);
    [[nodiscard]] QStringList agents(Error* error);
    [[nodiscard]] QStringList queues(Error* error);
    /// The channels the register's chats came by ("web", "whatsapp", …), sorted.
    [[nodiscard]] QStringList chatChannels(Error* error);

    struct ChatFilter
    {
        std::optional<QDateTime> from, to;
        QString agent, channel;
    };
    /// Audited "chats.search".
    [[nodiscard]] std::optional<qint64> countChats(const ChatFilter& filter, Error* error);
    [[nodiscard]] std::optional<QList<ChatRow>> chats(const ChatFilter& filter, Qt::SortOrder order,
                                                      qint64 offset, int limit, Error* error);
    /// The next page of chats, newest first, after `after` (the first page when nullopt).
    /// Not audited: the list's count was.
    [[nodiscard]] std::optional<QList<ChatRow>> latestChats(const ChatFilter& filter,
                                                            const std::optional<ChatCursor>& after,
                                                            int limit, Error* error);
    /// Audited "chat.open".
    [[nodiscard]] std::optional<ChatTranscript> openChat(qint64 chatId, Error* error);
    /// Full-text search over messages, newest first: every word of `text` must occur, as
    /// written or in another form of the word (the same stem, WordStems; diacritics and case
    /// ignored). Audited "chats.fulltext" with the number of words, never the words.
    [[nodiscard]] std::optional<QList<ChatHit>> searchChats(const QString& text, int limit,
                                                            Error* error);
    /// The same within the chats the filter lets through, one page after `after` (the first
    /// when nullopt); `*total` (when given) gets the number of hits on the first page. Every
    /// page is audited "chats.fulltext": a page reads message text.
    [[nodiscard]] std::optional<QList<ChatHit>> searchChats(const QString& text,
                                                            const ChatFilter& filter,
                                                            const std::optional<ChatCursor>& after,
                                                            int limit, qint64* total, Error* error);
    /// The number of hits of searchChats() on a worker thread (as countCallsInBackground()):
    /// a word in one message in seven has hundreds of thousands, which the first page need not
    /// wait for. Not audited: the search's pages are. -1 when it failed or was cancelled.
    [[nodiscard]] std::optional<CountJob>
    countChatHitsInBackground(const QString& text, const ChatFilter& filter, Error* error);
    /// Where the newest-first order of search hits continues after the message `messageId`
    /// (`chats search --after ID`): its time. ErrorKind::InputRejected when there is no such
    /// message, or its chat is hidden from the user's roles (restricted). Not audited: it gives
    /// no message's data back; the search pages after it are.
    [[nodiscard]] std::optional<ChatCursor> messageCursor(qint64 messageId, Error* error);

    /// The words of a search as an FTS4 query: each word lower-cased and matched as written
    /// (the text column) or by its stem (the stems column), so no input can form FTS syntax
    /// (the words hold only letters and digits, and lower-case words are never operators).
    /// Empty when the text has no words.
    [[nodiscard]] static QString ftsQuery(const QString& text, int* terms = nullptr);

private:
    struct Where
    {
        QString sql;
        QVariantList values;
    };
    /// `ordered`: for a list walked in the order of a column other than the direction, whose
    /// index the direction's must not displace (see callOrder()).
    [[nodiscard]] std::optional<Where> callWhere(const CallFilter& filter, Error* error,
                                                 bool ordered = false) const;
    /// The FROM and WHERE of a chat search (in `sql`) and its values; InputRejected for text
    /// that is not words.
    [[nodiscard]] std::optional<Where> chatSearchFrom(const QString& text, const ChatFilter& filter,
                                                      int* terms, Error* error) const;
    /// `sql` (a count) on a worker thread over a connection of its own.
    [[nodiscard]] CountJob countInBackground(const QString& sql, const QVariantList& values);
    /// countCalls() and countCallsUpTo(): nullopt `atMost` counts every match.
    [[nodiscard]] std::optional<qint64> countCallsAudited(const CallFilter& filter,
                                                          std::optional<qint64> atMost, bool* more,
                                                          Error* error);
    /// The SQL of a sorted, filtered call list: `ids` selects the ids in order (no limit),
    /// `columns` the row's columns, to be joined with rankJoin and ordered by orderBy.
    struct CallOrder
    {
        QString ids, columns, rankJoin, orderBy;
        QVariantList values;
        QString rankTable; ///< agents or queues when sorted by name (TEMP ranks needed)
        Qt::SortOrder unnamedLast = Qt::AscendingOrder;
    };
    [[nodiscard]] std::optional<CallOrder> callOrder(const CallFilter& filter, CallColumn sortBy,
                                                     Qt::SortOrder order,
                                                     std::optional<Qt::SortOrder> shownOrder,
                                                     Error* error);
    [[nodiscard]] Where chatWhere(const ChatFilter& filter) const;
    /// The chat filter's terms (alias c) without the WHERE.
    void addChatTerms(const ChatFilter& filter, QStringList& parts, Where& w) const;
    /// The terms calls and chats share: restriction, time range, agent (alias c).
    void addCommonTerms(const std::optional<QDateTime>& from, const std::optional<QDateTime>& to,
                        const QString& agent, QStringList& parts, Where& w) const;
    [[nodiscard]] QSqlQuery* statement(const QString& sql, const QVariantList& values,
                                       Error* error);
    [[nodiscard]] bool hidesRestricted() const;
    [[nodiscard]] bool seesUnmasked() const;
    /// A sealed identifier in clear, for those who may see it and hold the key; nullopt
    /// otherwise (the caller shows the masked form).
    [[nodiscard]] std::optional<QString> revealed(const QByteArray& sealed,
                                                  QByteArrayView place) const;
    [[nodiscard]] bool hasTable(const QString& table, const QString& column) const;
    /// One chat of a row read by readAll(); its customer's name in clear for those who may
    /// see it.
    [[nodiscard]] ChatRow chatRowFrom(const QSqlRecord& q) const;
    /// Every row of a chat query, the names opened after the query was read to its end.
    [[nodiscard]] QList<ChatRow> readChatRows(QSqlQuery& q) const;
    /// A CallRow from the first callColumns of a query.
    [[nodiscard]] CallRow callRowFrom(const QSqlRecord& q) const;
    /// Audits the refusal and sets PermissionDenied (or the audit's own failure).
    void refuseRestricted(const QString& action, const QString& object, Error* error);

    Session& m_session;
    std::unique_ptr<FieldCrypto> m_crypto; ///< opens sealed identifiers, computes lookups
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    bool m_hasTags = false;
    bool m_hasEvaluations = false;
    bool m_hasCallCounts = false; ///< schema 15's kept counts
};

} // namespace tallenne
