#include "storage/Schema.h"

namespace tallenne {

// Version 4: tags, coaching playlists and cached waveform peaks.
//
// A tag belongs to its call: erasing the call erases the tags (their notes may describe the
// person). A playlist item keeps its row when its tag goes (tag_id becomes NULL), so the
// playlist can say that a clip is no longer available instead of silently shrinking.
// Waveform peaks are derived from the voice, so they live in the encrypted database and go
// with the recording row.
QList<Migration> Schema::coaching()
{
    return {Migration::fromSql(
        4, QStringLiteral("tags, coaching playlists, waveform peaks"),
        {
            QStringLiteral("CREATE TABLE tag_labels (id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE,"
                           " created_by TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY,"
                           " call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,"
                           " start_ms INTEGER NOT NULL CHECK (start_ms >= 0),"
                           " end_ms INTEGER NOT NULL,"
                           " label_id INTEGER REFERENCES tag_labels(id) ON DELETE SET NULL,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " created_by TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL,"
                           " CHECK (end_ms >= start_ms))"),
            QStringLiteral("CREATE INDEX tags_call ON tags(call_id, start_ms)"),
            QStringLiteral("CREATE TABLE playlists (id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " created_by TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE playlist_items (id INTEGER PRIMARY KEY,"
                " playlist_id INTEGER NOT NULL REFERENCES playlists(id) ON DELETE CASCADE,"
                " position INTEGER NOT NULL,"
                " tag_id INTEGER REFERENCES tags(id) ON DELETE SET NULL,"
                " note TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "CREATE INDEX playlist_items_order ON playlist_items(playlist_id, position)"),
            QStringLiteral("CREATE INDEX playlist_items_tag ON playlist_items(tag_id)"),
            QStringLiteral(
                "CREATE TABLE waveform_peaks ("
                " recording_id INTEGER PRIMARY KEY REFERENCES recordings(id) ON DELETE CASCADE,"
                " buckets INTEGER NOT NULL,"
                " channels INTEGER NOT NULL,"
                " duration_ms INTEGER NOT NULL,"
                " data BLOB NOT NULL)"),
        })};
}

} // namespace tallenne
