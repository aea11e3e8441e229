#pragma once

#include "core/Error.h"
#include "core/Interaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tallenne {

/// Which calls and chats may enter a sample. Restricted ones never do.
struct SampleFilter
{
    QDateTime from; ///< UTC, inclusive
    QDateTime to;   ///< UTC, exclusive
    bool calls = true;
    bool chats = false;
    QString queue;             ///< calls: the queue's name; empty: any
    QString direction;         ///< calls: inbound, outbound, internal; empty: any
    int minDurationS = 0;      ///< calls
    QString channel;           ///< chats; empty: any
    bool skipEvaluated = true; ///< leave out what already has a submitted evaluation
    bool onlyRecorded = false; ///< calls with a recording only
};

/// A call or chat that may be drawn.
struct SampleCandidate
{
    Interaction target;
    qint64 agentId = 0;
    qint64 startedAt = 0; ///< seconds since the epoch, UTC
};

struct SampleRunRecord
{
    qint64 id = 0;
    QString createdBy;
    QDateTime createdAt;
    quint64 seed = 0;
    QByteArray spec; ///< the SampleSpec as JSON (SamplingService)
    int items = 0;
    int evaluated = 0; ///< items with a submitted evaluation
};

struct SampleItemRecord
{
    qint64 id = 0;
    int position = 0;
    QDate weekStart; ///< Monday of the item's week
    QString agent;
    Interaction target;
    QDateTime startedAt;
    std::optional<qint64> evaluationId; ///< the latest evaluation of it, draft or submitted
    bool evaluated = false;             ///< a submitted evaluation exists
    bool restricted = false;
};

/// The sample_runs and sample_items tables (schema v13) and the candidates query.
class SampleRepository
{
    Q_DECLARE_TR_FUNCTIONS(SampleRepository)

public:
    explicit SampleRepository(QSqlDatabase db);

    /// Ordered by agent, time and id: the order the seeded draw starts from.
    [[nodiscard]] std::optional<QList<SampleCandidate>> candidates(const SampleFilter& filter,
                                                                   Error* error) const;
    [[nodiscard]] std::optional<qint64> createRun(const QString& by, const QDateTime& at,
                                                  quint64 seed, const QByteArray& spec,
                                                  Error* error);
    [[nodiscard]] bool addItem(qint64 runId, int position, const QDate& weekStart, qint64 agentId,
                               const Interaction& target, Error* error);
    [[nodiscard]] QList<SampleRunRecord> runs(Error* error) const;
    [[nodiscard]] std::optional<SampleRunRecord> findRun(qint64 runId, Error* error) const;
    /// Restricted items are left out unless includeRestricted.
    [[nodiscard]] QList<SampleItemRecord> items(qint64 runId, bool includeRestricted,
                                                const QString& viewer, Error* error) const;

private:
    QSqlDatabase m_db;
};

} // namespace tallenne
