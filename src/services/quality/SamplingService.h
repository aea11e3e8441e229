#pragma once

#include "core/Error.h"
#include "storage/quality/SampleRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace tallenne {

class Session;

/// What a quality manager asks of a sample: N calls or chats per agent per week, drawn at
/// random from those that match, in a range of weeks.
struct SampleSpec
{
    Q_DECLARE_TR_FUNCTIONS(SampleSpec)

public:
    static constexpr int MaxPerAgentPerWeek = 100;
    static constexpr int MaxWeeks = 53;

    QDate from; ///< local day; the draw covers whole weeks (Monday to Sunday) from its week
    QDate to;   ///< local day, inclusive; up to the end of its week
    int perAgentPerWeek = 2;
    quint64 seed = 0; ///< the same seed, filter and register give the same sample
    bool calls = true;
    bool chats = false;
    QString queue;     ///< calls; empty: any
    QString direction; ///< calls: inbound, outbound, internal; empty: any
    int minDurationS = 0;
    QString channel; ///< chats; empty: any
    bool skipEvaluated = true;

    /// The Mondays of the weeks covered.
    [[nodiscard]] QList<QDate> weeks() const;
    [[nodiscard]] bool validate(Error* error) const;
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static std::optional<SampleSpec> fromJson(const QByteArray& json);
};

/// A drawn sample: the spec it was drawn with and its items, in order.
struct SampleRun
{
    SampleRunRecord run;
    SampleSpec spec;
    QList<SampleItemRecord> items;
};

/// The sampling queue: quality managers (Evaluate) draw N calls or chats per agent per week at
/// random, so that every agent is reviewed evenly; quality managers and trainers (ReadQuality)
/// read the queue. The draw is seeded and recorded (seed and filter in the run), so drawing
/// again with the same seed on the same register gives the same queue. Restricted calls and
/// chats never enter it, and calls without a recording are left out (there is nothing to
/// review).
class SamplingService
{
    Q_DECLARE_TR_FUNCTIONS(SamplingService)

public:
    explicit SamplingService(Session& session);

    /// Draws and records a sample; returns the run's id. A spec with seed 0 gets a random
    /// seed, recorded in the run.
    [[nodiscard]] std::optional<qint64> draw(SampleSpec spec, Error* error);
    [[nodiscard]] std::optional<QList<SampleRunRecord>> runs(Error* error);
    /// The run's items with their state (to evaluate, draft, evaluated).
    [[nodiscard]] std::optional<SampleRun> run(qint64 runId, Error* error);

    /// The draw itself (pure): candidates grouped by agent and week, each group shuffled by a
    /// generator seeded from (seed, agent, week) and its first N taken. Returns (week's
    /// Monday, candidate) pairs in agent, week and draw order.
    [[nodiscard]] static QList<std::pair<QDate, SampleCandidate>>
    choose(const QList<SampleCandidate>& candidates, const SampleSpec& spec);

private:
    Session& m_session;
    SampleRepository m_samples;
};

} // namespace tallenne
