#include "storage/Schema.h"

namespace tallenne {

// Version 13: quality review. A scorecard keeps every version it had (`definition` is the
// exchange format of core/Scorecard.h, JSON); an evaluation names the version it was made on,
// so editing a scorecard in use never changes an old score. An evaluation belongs to its call or
// chat: erasing that erases the evaluation (its comments may describe the person). Answers are
// rows, so reports count the criteria most often missed in SQL; a submitted evaluation changed
// later keeps each earlier revision's answers and score in `evaluation_revisions`, with the
// reason. The agent, queue and time of the interaction are copied onto the evaluation: reports
// by agent, queue and period read one table. A sample run records its seed and filter, so the
// same queue can be drawn again; a calibration is one interaction scored by several reviewers
// (their evaluations carry its id and stay out of the agents' scores).
Migration Schema::quality()
{
    return Migration::fromSql(
        13, QStringLiteral("quality review"),
        {
            QStringLiteral("CREATE TABLE scorecards (id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " created_by TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL,"
                           " retired INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE TABLE scorecard_versions (id INTEGER PRIMARY KEY,"
                " scorecard_id INTEGER NOT NULL REFERENCES scorecards(id) ON DELETE CASCADE,"
                " version INTEGER NOT NULL,"
                " definition TEXT NOT NULL,"
                " created_by TEXT NOT NULL,"
                " created_at INTEGER NOT NULL,"
                " UNIQUE (scorecard_id, version))"),
            QStringLiteral(
                "CREATE TABLE calibrations (id INTEGER PRIMARY KEY,"
                " call_id INTEGER REFERENCES calls(id) ON DELETE CASCADE,"
                " chat_id INTEGER REFERENCES chats(id) ON DELETE CASCADE,"
                " scorecard_version_id INTEGER NOT NULL REFERENCES scorecard_versions(id),"
                " created_by TEXT NOT NULL,"
                " created_at INTEGER NOT NULL,"
                " closed_by TEXT,"
                " closed_at INTEGER,"
                " CHECK ((call_id IS NULL) <> (chat_id IS NULL)))"),
            QStringLiteral(
                "CREATE TABLE evaluations (id INTEGER PRIMARY KEY,"
                " call_id INTEGER REFERENCES calls(id) ON DELETE CASCADE,"
                " chat_id INTEGER REFERENCES chats(id) ON DELETE CASCADE,"
                " scorecard_version_id INTEGER NOT NULL REFERENCES scorecard_versions(id),"
                " agent_id INTEGER REFERENCES agents(id),"
                " queue_id INTEGER REFERENCES queues(id),"
                " interaction_at INTEGER NOT NULL,"
                " evaluator TEXT NOT NULL,"
                " status TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),"
                " revision INTEGER NOT NULL DEFAULT 1,"
                " score REAL,"
                " critical_failed INTEGER NOT NULL DEFAULT 0,"
                " calibration_id INTEGER REFERENCES calibrations(id) ON DELETE CASCADE,"
                " created_at INTEGER NOT NULL,"
                " updated_at INTEGER NOT NULL,"
                " submitted_at INTEGER,"
                " CHECK ((call_id IS NULL) <> (chat_id IS NULL)))"),
            QStringLiteral("CREATE INDEX evaluations_call ON evaluations(call_id)"),
            QStringLiteral("CREATE INDEX evaluations_chat ON evaluations(chat_id)"),
            QStringLiteral("CREATE INDEX evaluations_time ON evaluations(interaction_at)"),
            QStringLiteral("CREATE INDEX evaluations_calibration ON evaluations(calibration_id)"),
            QStringLiteral(
                "CREATE TABLE evaluation_answers ("
                " evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,"
                " criterion_id TEXT NOT NULL,"
                " state TEXT NOT NULL CHECK (state IN ('answered', 'na', 'open')),"
                " value INTEGER NOT NULL DEFAULT 0,"
                " comment TEXT NOT NULL DEFAULT '',"
                " pin_ms INTEGER,"
                " pin_message_id INTEGER,"
                " PRIMARY KEY (evaluation_id, criterion_id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE evaluation_revisions ("
                " evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,"
                " revision INTEGER NOT NULL,"
                " answers TEXT NOT NULL,"
                " score REAL,"
                " critical_failed INTEGER NOT NULL DEFAULT 0,"
                " submitted_at INTEGER,"
                " replaced_by TEXT NOT NULL,"
                " replaced_at INTEGER NOT NULL,"
                " reason TEXT NOT NULL,"
                " PRIMARY KEY (evaluation_id, revision)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE sample_runs (id INTEGER PRIMARY KEY,"
                           " created_by TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL,"
                           " seed INTEGER NOT NULL,"
                           " spec TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE sample_items (id INTEGER PRIMARY KEY,"
                           " run_id INTEGER NOT NULL REFERENCES sample_runs(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " week_start INTEGER NOT NULL,"
                           " agent_id INTEGER REFERENCES agents(id),"
                           " call_id INTEGER REFERENCES calls(id) ON DELETE CASCADE,"
                           " chat_id INTEGER REFERENCES chats(id) ON DELETE CASCADE,"
                           " CHECK ((call_id IS NULL) <> (chat_id IS NULL)))"),
            QStringLiteral("CREATE INDEX sample_items_run ON sample_items(run_id, position)"),
        });
}

} // namespace tallenne
