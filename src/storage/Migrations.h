#pragma once

#include "core/Error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace tallenne {

/// One numbered schema change. Steps are applied in ascending `version`, each in its own
/// transaction together with the new version number.
struct Migration
{
    int version = 0;
    QString description;
    std::function<bool(QSqlDatabase&, Error*)> apply;

    /// A step made of plain SQL statements, run one after another.
    static Migration fromSql(int version, const QString& description,
                             const QStringList& statements);
};

/// Brings a database's schema up to the last of the given steps.
///
/// The version is kept in PRAGMA user_version: it lives in the database header, so it is
/// always present (0 for a new file), holds exactly one number, and is written in the same
/// transaction as the step it records. A failing step rolls back and leaves the version at
/// the previous step.
class Migrations
{
public:
    /// Applies the steps newer than currentVersion(). Refuses (ErrorKind::Environment) a
    /// database whose version is newer than the last step: it was made by a newer Tallenne.
    [[nodiscard]] static bool apply(QSqlDatabase& db, const QList<Migration>& steps, Error* error);
    /// The schema version, or -1 if it cannot be read.
    static int currentVersion(QSqlDatabase& db);
};

} // namespace tallenne
