#include "services/quality/SamplingService.h"

#include "core/LocalCalendar.h"
#include "core/Scorecard.h"
#include "services/PlaybackService.h"
#include "services/RegisterEvents.h"
#include "services/Session.h"
#include "storage/TransactionGuard.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <algorithm>
#include <map>

namespace tallenne {

namespace {
QString sampleObject(qint64 id)
{
    return QStringLiteral("sample:%1").arg(id);
}

QDate mondayOf(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}
} // namespace

QList<QDate> SampleSpec::weeks() const
{
    QList<QDate> out;
    if (!from.isValid() || !to.isValid() || to < from)
        return out;
    for (QDate monday = mondayOf(from); monday <= to && out.size() <= MaxWeeks;
         monday = monday.addDays(7))
        out << monday;
    return out;
}

bool SampleSpec::validate(Error* error) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(error, ErrorKind::InputRejected,
                    tr("Choose the first and the last day of the sample, the last not before "
                       "the first."));
    if (weeks().size() > MaxWeeks)
        return fail(error, ErrorKind::InputRejected,
                    tr("A sample covers at most %1 weeks.").arg(MaxWeeks));
    if (perAgentPerWeek < 1 || perAgentPerWeek > MaxPerAgentPerWeek)
        return fail(error, ErrorKind::InputRejected,
                    tr("Draw 1 to %1 per agent per week.").arg(MaxPerAgentPerWeek));
    if (!calls && !chats)
        return fail(error, ErrorKind::InputRejected, tr("Sample calls, chats or both."));
    if (!direction.isEmpty() && direction != QLatin1String("inbound") &&
        direction != QLatin1String("outbound") && direction != QLatin1String("internal"))
        return fail(error, ErrorKind::InputRejected,
                    tr("The direction is inbound, outbound or internal."));
    if (minDurationS < 0)
        return fail(error, ErrorKind::InputRejected,
                    tr("The shortest duration cannot be negative."));
    return true;
}

QByteArray SampleSpec::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
    o.insert(QStringLiteral("to"), to.toString(Qt::ISODate));
    o.insert(QStringLiteral("per_agent_per_week"), perAgentPerWeek);
    o.insert(QStringLiteral("seed"), QString::number(seed));
    o.insert(QStringLiteral("calls"), calls);
    o.insert(QStringLiteral("chats"), chats);
    o.insert(QStringLiteral("queue"), queue);
    o.insert(QStringLiteral("direction"), direction);
    o.insert(QStringLiteral("min_duration_s"), minDurationS);
    o.insert(QStringLiteral("channel"), channel);
    o.insert(QStringLiteral("skip_evaluated"), skipEvaluated);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<SampleSpec> SampleSpec::fromJson(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    SampleSpec s;
    s.from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
    s.to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
    s.perAgentPerWeek = o.value(QStringLiteral("per_agent_per_week")).toInt();
    bool ok = false;
    s.seed = o.value(QStringLiteral("seed")).toString().toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    s.calls = o.value(QStringLiteral("calls")).toBool();
    s.chats = o.value(QStringLiteral("chats")).toBool();
    s.queue = o.value(QStringLiteral("queue")).toString();
    s.direction = o.value(QStringLiteral("direction")).toString();
    s.minDurationS = o.value(QStringLiteral("min_duration_s")).toInt();
    s.channel = o.value(QStringLiteral("channel")).toString();
    s.skipEvaluated = o.value(QStringLiteral("skip_evaluated")).toBool(true);
    return s;
}

SamplingService::SamplingService(Session& session) : m_session(session), m_samples(session.db()) {}

QList<std::pair<QDate, SampleCandidate>>
SamplingService::choose(const QList<SampleCandidate>& candidates, const SampleSpec& spec)
{
    // Groups in a fixed order (agent, then week), each keeping the candidates' order (time,
    // then id), so the draw depends on nothing but the seed and the register.
    const QTimeZone zone = LocalCalendar::defaultZone();
    std::map<std::pair<qint64, QDate>, QList<SampleCandidate>> groups;
    for (const SampleCandidate& c : candidates) {
        const QDate day = QDateTime::fromSecsSinceEpoch(c.startedAt, zone).date();
        groups[{c.agentId, mondayOf(day)}].append(c);
    }
    QList<std::pair<QDate, SampleCandidate>> out;
    for (auto& [key, group] : groups) {
        // A generator per group: adding an agent or a week to the filter leaves the others'
        // draws as they were.
        SeededRandom mix(spec.seed ^ (quint64(key.first) * 0x9E3779B97F4A7C15ULL) ^
                         quint64(key.second.toJulianDay()));
        SeededRandom random(mix.next());
        // Calls and chats of a group are interleaved by time before the draw.
        std::stable_sort(group.begin(), group.end(),
                         [](const SampleCandidate& a, const SampleCandidate& b) {
                             return a.startedAt < b.startedAt;
                         });
        random.choose(group, spec.perAgentPerWeek);
        for (qsizetype i = 0; i < group.size() && i < spec.perAgentPerWeek; ++i)
            out.append({key.second, group.at(i)});
    }
    return out;
}

std::optional<qint64> SamplingService::draw(SampleSpec spec, Error* error)
{
    const QString action = QStringLiteral("sample.draw");
    if (!m_session.require(Permission::Evaluate, action, {}, error) || !spec.validate(error))
        return std::nullopt;
    while (spec.seed == 0) {
        // A seed no one chose, recorded with the run so the draw can be repeated.
        randombytes_buf(&spec.seed, sizeof spec.seed);
    }
    const QTimeZone zone = LocalCalendar::defaultZone();
    const QList<QDate> weeks = spec.weeks();
    SampleFilter filter;
    filter.from = LocalCalendar::startOfDay(weeks.first(), zone);
    filter.to = LocalCalendar::startOfDay(weeks.last().addDays(7), zone);
    filter.calls = spec.calls;
    filter.chats = spec.chats;
    filter.queue = spec.queue;
    filter.direction = spec.direction;
    filter.minDurationS = spec.minDurationS;
    filter.channel = spec.channel;
    filter.skipEvaluated = spec.skipEvaluated;
    filter.onlyRecorded = true;
    const auto candidates = m_samples.candidates(filter, error);
    if (!candidates)
        return std::nullopt;
    const auto chosen = choose(*candidates, spec);
    if (chosen.isEmpty()) {
        fail(error, ErrorKind::InputRejected,
             tr("Nothing matches the sample's filter in those weeks: no call or chat to "
                "draw."));
        return std::nullopt;
    }
    TransactionGuard transaction(m_session.db());
    const auto runId = m_samples.createRun(m_session.userName(), m_session.clock().nowUtc(),
                                           spec.seed, spec.toJson(), error);
    if (!runId)
        return std::nullopt;
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        if (!m_samples.addItem(*runId, int(i), chosen.at(i).first, chosen.at(i).second.agentId,
                               chosen.at(i).second.target, error))
            return std::nullopt;
    }
    if (!m_session.audit(action, sampleObject(*runId),
                         QStringLiteral("seed=%1 items=%2 candidates=%3 weeks=%4")
                             .arg(spec.seed)
                             .arg(chosen.size())
                             .arg(candidates->size())
                             .arg(weeks.size()),
                         error) ||
        !m_session.commit(transaction, error, Change::Quality))
        return std::nullopt;
    return runId;
}

std::optional<QList<SampleRunRecord>> SamplingService::runs(Error* error)
{
    if (!m_session.require(Permission::ReadQuality, QStringLiteral("sample.list"), {}, error))
        return std::nullopt;
    Error readError;
    QList<SampleRunRecord> out = m_samples.runs(&readError);
    if (readError) {
        fail(error, readError.kind, readError.message);
        return std::nullopt;
    }
    return out;
}

std::optional<SampleRun> SamplingService::run(qint64 runId, Error* error)
{
    const QString action = QStringLiteral("sample.read");
    if (!m_session.require(Permission::ReadQuality, action, sampleObject(runId), error))
        return std::nullopt;
    Error readError;
    const auto record = m_samples.findRun(runId, &readError);
    if (!record) {
        fail(error, readError ? readError.kind : ErrorKind::InputRejected,
             readError ? readError.message : tr("There is no sample %1.").arg(runId));
        return std::nullopt;
    }
    SampleRun out;
    out.run = *record;
    out.spec = SampleSpec::fromJson(record->spec).value_or(SampleSpec());
    out.items = m_samples.items(runId, PlaybackService::seesRestricted(m_session.roles()),
                                m_session.userName(), &readError);
    if (readError) {
        fail(error, readError.kind, readError.message);
        return std::nullopt;
    }
    TransactionGuard transaction(m_session.db());
    if (!m_session.audit(action, sampleObject(runId),
                         QStringLiteral("items=%1").arg(out.items.size()), error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    return out;
}

} // namespace tallenne
