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

/// A scorecard as listed: its latest version and how much it is used.
struct ScorecardRecord
{
    qint64 id = 0;
    QString name; ///< the latest version's name
    bool retired = false;
    QString createdBy;
    QDateTime createdAt; ///< UTC
    qint64 latestVersionId = 0;
    int latestVersion = 0;
    int evaluationCount = 0; ///< over all versions
};

/// One version of a scorecard: its definition in the exchange format (core/Scorecard.h).
struct ScorecardVersionRecord
{
    qint64 id = 0;
    qint64 scorecardId = 0;
    int version = 0;
    QByteArray definition;
    QString createdBy;
    QDateTime createdAt;     ///< UTC
    int evaluationCount = 0; ///< evaluations and calibrations made on this version
};

/// The scorecards and scorecard_versions tables (schema v13). Storage only: ScorecardService
/// checks, versions and audits.
class ScorecardRepository
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardRepository)

public:
    explicit ScorecardRepository(QSqlDatabase db);

    /// A new scorecard with its version 1; returns the scorecard's id.
    [[nodiscard]] std::optional<qint64> create(const QString& name, const QByteArray& definition,
                                               const QString& by, const QDateTime& at,
                                               Error* error);
    /// Appends version (latest + 1); returns the version's id.
    [[nodiscard]] std::optional<qint64> addVersion(qint64 scorecardId, const QString& name,
                                                   const QByteArray& definition, const QString& by,
                                                   const QDateTime& at, Error* error);
    /// Rewrites a version nothing was evaluated on yet.
    [[nodiscard]] bool replaceVersion(qint64 versionId, const QString& name,
                                      const QByteArray& definition, const QString& by,
                                      const QDateTime& at, Error* error);
    [[nodiscard]] bool setRetired(qint64 scorecardId, bool retired, Error* error);

    [[nodiscard]] QList<ScorecardRecord> list(Error* error) const;
    /// nullopt with the error untouched when there is none.
    [[nodiscard]] std::optional<ScorecardRecord> find(qint64 scorecardId, Error* error) const;
    [[nodiscard]] std::optional<ScorecardVersionRecord> version(qint64 versionId,
                                                                Error* error) const;
    [[nodiscard]] std::optional<ScorecardVersionRecord>
    versionNumber(qint64 scorecardId, int version, Error* error) const;
    [[nodiscard]] QList<ScorecardVersionRecord> versions(qint64 scorecardId, Error* error) const;

private:
    QSqlDatabase m_db;
};

} // namespace tallenne
