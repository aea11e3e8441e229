#include "services/quality/ScorecardService.h"

#include "services/RegisterEvents.h"
#include "services/Session.h"
#include "storage/TransactionGuard.h"

namespace tallenne {

namespace {
QString scorecardObject(qint64 id)
{
    return QStringLiteral("scorecard:%1").arg(id);
}
} // namespace

ScorecardService::ScorecardService(Session& session)
    : m_session(session), m_scorecards(session.db())
{}

std::optional<ScorecardView> ScorecardService::view(const ScorecardRecord& card,
                                                    const ScorecardVersionRecord& version,
                                                    Error* error) const
{
    Error readError;
    auto definition = ScorecardDefinition::fromJson(version.definition, &readError);
    if (!definition) {
        fail(error, ErrorKind::Damaged,
             tr("Version %1 of scorecard %2 cannot be read: %3")
                 .arg(version.version)
                 .arg(card.id)
                 .arg(readError.message));
        return std::nullopt;
    }
    return ScorecardView{card, version, std::move(*definition)};
}

bool ScorecardService::nameIsFree(const QString& name, qint64 exceptId, Error* error) const
{
    Error listError;
    const QList<ScorecardRecord> all = m_scorecards.list(&listError);
    if (listError)
        return fail(error, listError.kind, listError.message);
    for (const ScorecardRecord& s : all) {
        if (s.id != exceptId && !s.retired &&
            s.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return fail(
                error, ErrorKind::InputRejected,
                tr("There already is a scorecard called \"%1\". Choose another name.").arg(s.name));
    }
    return true;
}

std::optional<QList<ScorecardRecord>> ScorecardService::list(Error* error)
{
    if (!m_session.require(Permission::ReadQuality, QStringLiteral("scorecard.list"), {}, error))
        return std::nullopt;
    Error listError;
    QList<ScorecardRecord> out = m_scorecards.list(&listError);
    if (listError) {
        fail(error, listError.kind, listError.message);
        return std::nullopt;
    }
    return out;
}

std::optional<ScorecardView> ScorecardService::get(qint64 scorecardId, Error* error)
{
    if (!m_session.require(Permission::ReadQuality, QStringLiteral("scorecard.read"),
                           scorecardObject(scorecardId), error))
        return std::nullopt;
    Error readError;
    const auto card = m_scorecards.find(scorecardId, &readError);
    const auto latest =
        card ? m_scorecards.version(card->latestVersionId, &readError) : std::nullopt;
    if (!card || !latest) {
        fail(error, readError ? readError.kind : ErrorKind::InputRejected,
             readError ? readError.message : tr("There is no scorecard %1.").arg(scorecardId));
        return std::nullopt;
    }
    return view(*card, *latest, error);
}

std::optional<ScorecardView> ScorecardService::version(qint64 versionId, Error* error)
{
    if (!m_session.require(Permission::ReadQuality, QStringLiteral("scorecard.read"), {}, error))
        return std::nullopt;
    Error readError;
    const auto version = m_scorecards.version(versionId, &readError);
    const auto card = version ? m_scorecards.find(version->scorecardId, &readError) : std::nullopt;
    if (!card || !version) {
        fail(error, readError ? readError.kind : ErrorKind::InputRejected,
             readError ? readError.message
                       : tr("There is no scorecard version %1.").arg(versionId));
        return std::nullopt;
    }
    return view(*card, *version, error);
}

std::optional<QList<ScorecardVersionRecord>> ScorecardService::versions(qint64 scorecardId,
                                                                        Error* error)
{
    if (!m_session.require(Permission::ReadQuality, QStringLiteral("scorecard.read"),
                           scorecardObject(scorecardId), error))
        return std::nullopt;
    Error readError;
    QList<ScorecardVersionRecord> out = m_scorecards.versions(scorecardId, &readError);
    if (readError) {
        fail(error, readError.kind, readError.message);
        return std::nullopt;
    }
    if (out.isEmpty()) {
        fail(error, ErrorKind::InputRejected, tr("There is no scorecard %1.").arg(scorecardId));
        return std::nullopt;
    }
    return out;
}

std::optional<qint64> ScorecardService::create(const ScorecardDefinition& definition, Error* error)
{
    const QString action = QStringLiteral("scorecard.create");
    if (!m_session.require(Permission::ManageScorecards, action, {}, error) ||
        !definition.validate(error))
        return std::nullopt;
    TransactionGuard transaction(m_session.db());
    if (!nameIsFree(definition.name, 0, error))
        return std::nullopt;
    const auto id = m_scorecards.create(definition.name.trimmed(), definition.toJson(),
                                        m_session.userName(), m_session.clock().nowUtc(), error);
    if (!id ||
        !m_session.audit(
            action, scorecardObject(*id),
            QStringLiteral("scorecard_version=1 criteria=%1").arg(definition.criterionCount()),
            error) ||
        !m_session.commit(transaction, error, Change::Quality))
        return std::nullopt;
    return id;
}

std::optional<ScorecardSaved>
ScorecardService::save(qint64 scorecardId, const ScorecardDefinition& definition, Error* error)
{
    const QString action = QStringLiteral("scorecard.change");
    if (!m_session.require(Permission::ManageScorecards, action, scorecardObject(scorecardId),
                           error) ||
        !definition.validate(error))
        return std::nullopt;
    TransactionGuard transaction(m_session.db());
    Error readError;
    const auto card = m_scorecards.find(scorecardId, &readError);
    const auto latest =
        card ? m_scorecards.version(card->latestVersionId, &readError) : std::nullopt;
    if (!card || !latest) {
        fail(error, readError ? readError.kind : ErrorKind::InputRejected,
             readError ? readError.message : tr("There is no scorecard %1.").arg(scorecardId));
        return std::nullopt;
    }
    if (!nameIsFree(definition.name, scorecardId, error))
        return std::nullopt;
    const QByteArray json = definition.toJson();
    const QString name = definition.name.trimmed();
    const QDateTime now = m_session.clock().nowUtc();
    ScorecardSaved saved;
    if (latest->evaluationCount > 0) {
        const auto versionId =
            m_scorecards.addVersion(scorecardId, name, json, m_session.userName(), now, error);
        if (!versionId)
            return std::nullopt;
        saved = {*versionId, latest->version + 1, true};
    } else {
        if (!m_scorecards.replaceVersion(latest->id, name, json, m_session.userName(), now, error))
            return std::nullopt;
        saved = {latest->id, latest->version, false};
    }
    if (!m_session.audit(action, scorecardObject(scorecardId),
                         QStringLiteral("scorecard_version=%1 new_version=%2 criteria=%3")
                             .arg(saved.version)
                             .arg(saved.newVersion ? QStringLiteral("yes") : QStringLiteral("no"))
                             .arg(definition.criterionCount()),
                         error) ||
        !m_session.commit(transaction, error, Change::Quality))
        return std::nullopt;
    return saved;
}

std::optional<qint64> ScorecardService::importJson(const QByteArray& json, Error* error)
{
    const QString action = QStringLiteral("scorecard.import");
    if (!m_session.require(Permission::ManageScorecards, action, {}, error))
        return std::nullopt;
    auto definition = ScorecardDefinition::fromJson(json, error);
    if (!definition)
        return std::nullopt;
    TransactionGuard transaction(m_session.db());
    const QString base = definition->name.trimmed();
    for (int n = 2; !nameIsFree(definition->name, 0, nullptr); ++n) {
        if (n > 99) {
            fail(error, ErrorKind::InputRejected,
                 tr("There already are too many scorecards called \"%1\".").arg(base));
            return std::nullopt;
        }
        definition->name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    }
    if (!definition->validate(error))
        return std::nullopt;
    const auto id = m_scorecards.create(definition->name, definition->toJson(),
                                        m_session.userName(), m_session.clock().nowUtc(), error);
    if (!id ||
        !m_session.audit(action, scorecardObject(*id),
                         QStringLiteral("criteria=%1").arg(definition->criterionCount()), error) ||
        !m_session.commit(transaction, error, Change::Quality))
        return std::nullopt;
    return id;
}

std::optional<QByteArray> ScorecardService::exportJson(qint64 scorecardId, int version,
                                                       Error* error)
{
    const QString action = QStringLiteral("scorecard.export");
    if (!m_session.require(Permission::ReadQuality, action, scorecardObject(scorecardId), error))
        return std::nullopt;
    Error readError;
    const auto card = m_scorecards.find(scorecardId, &readError);
    const auto chosen = !card         ? std::nullopt
                        : version > 0 ? m_scorecards.versionNumber(scorecardId, version, &readError)
                                      : m_scorecards.version(card->latestVersionId, &readError);
    if (!card || !chosen) {
        fail(error, readError ? readError.kind : ErrorKind::InputRejected,
             readError ? readError.message
             : card    ? tr("Scorecard %1 has no version %2.").arg(scorecardId).arg(version)
                       : tr("There is no scorecard %1.").arg(scorecardId));
        return std::nullopt;
    }
    const auto read = view(*card, *chosen, error);
    if (!read)
        return std::nullopt;
    TransactionGuard transaction(m_session.db());
    if (!m_session.audit(action, scorecardObject(scorecardId),
                         QStringLiteral("scorecard_version=%1").arg(chosen->version), error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    return read->definition.toJson();
}

bool ScorecardService::setRetired(qint64 scorecardId, bool retired, Error* error)
{
    const QString action =
        retired ? QStringLiteral("scorecard.retire") : QStringLiteral("scorecard.reinstate");
    if (!m_session.require(Permission::ManageScorecards, action, scorecardObject(scorecardId),
                           error))
        return false;
    TransactionGuard transaction(m_session.db());
    Error readError;
    const auto card = m_scorecards.find(scorecardId, &readError);
    if (!card)
        return fail(error, readError ? readError.kind : ErrorKind::InputRejected,
                    readError ? readError.message
                              : tr("There is no scorecard %1.").arg(scorecardId));
    if (!retired && !nameIsFree(card->name, scorecardId, error))
        return false;
    return m_scorecards.setRetired(scorecardId, retired, error) &&
           m_session.audit(action, scorecardObject(scorecardId), {}, error) &&
           m_session.commit(transaction, error, Change::Quality);
}

} // namespace tallenne
