#pragma once

#include "core/Error.h"
#include "core/Scorecard.h"
#include "storage/quality/ScorecardRepository.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace tallenne {

class Session;

/// A version of a scorecard with its content read.
struct ScorecardView
{
    ScorecardRecord card;
    ScorecardVersionRecord version;
    ScorecardDefinition definition;
};

/// What saving a scorecard did.
struct ScorecardSaved
{
    qint64 versionId = 0;
    int version = 0;
    bool newVersion = false; ///< the old version was in use, so it was kept as it was
};

/// Scorecards: quality managers (ManageScorecards) create, change, import and retire them;
/// quality managers and trainers (ReadQuality) read and export them. Changing a scorecard on
/// which something was evaluated makes a new version, so earlier evaluations keep the questions
/// and weights they were scored on; a version nothing used yet is changed in place. Scorecards
/// hold no personal data: reading them is not audited, every change and export is.
class ScorecardService
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardService)

public:
    explicit ScorecardService(Session& session);

    [[nodiscard]] std::optional<QList<ScorecardRecord>> list(Error* error);
    /// The latest version.
    [[nodiscard]] std::optional<ScorecardView> get(qint64 scorecardId, Error* error);
    [[nodiscard]] std::optional<ScorecardView> version(qint64 versionId, Error* error);
    [[nodiscard]] std::optional<QList<ScorecardVersionRecord>> versions(qint64 scorecardId,
                                                                        Error* error);

    /// A new scorecard; ErrorKind::InputRejected when the definition is not valid or another
    /// scorecard in use has the name.
    [[nodiscard]] std::optional<qint64> create(const ScorecardDefinition& definition, Error* error);
    [[nodiscard]] std::optional<ScorecardSaved>
    save(qint64 scorecardId, const ScorecardDefinition& definition, Error* error);
    /// Reads the exchange format (ScorecardDefinition::fromJson) and creates a scorecard; a
    /// name already taken gets " (2)", " (3)" … added.
    [[nodiscard]] std::optional<qint64> importJson(const QByteArray& json, Error* error);
    /// The exchange format of a version (0: the latest).
    [[nodiscard]] std::optional<QByteArray> exportJson(qint64 scorecardId, int version,
                                                       Error* error);
    /// A retired scorecard is kept for its evaluations but offered for no new one.
    [[nodiscard]] bool setRetired(qint64 scorecardId, bool retired, Error* error);

private:
    [[nodiscard]] std::optional<ScorecardView>
    view(const ScorecardRecord& card, const ScorecardVersionRecord& version, Error* error) const;
    [[nodiscard]] bool nameIsFree(const QString& name, qint64 exceptId, Error* error) const;

    Session& m_session;
    ScorecardRepository m_scorecards;
};

} // namespace tallenne
