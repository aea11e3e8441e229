#pragma once

#include "services/PlaylistService.h"
#include "services/TagService.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class TagDialog;
}

namespace tallenne {

class Session;

/// A tag's range, label and note, and optionally the playlist to add it to, in one dialog:
/// used to tag a selected range in the player and to edit a tag from the tag list. A label
/// typed that does not exist yet is created on save; so is a new playlist. A note that looks
/// like it holds personal data (TagService::personalDataWarning) is pointed out as it is typed,
/// and the OK button becomes "Save anyway": only a click on it (or its Alt key, or Space on it)
/// saves such a note; Enter does not, wherever the focus is.
class TagDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr qint64 NewPlaylist = -1;

    TagDialog(const QList<TagLabel>& labels, qint64 startMs, qint64 endMs,
              QWidget* parent = nullptr);
    ~TagDialog() override;

    /// The call's length, for checking the range (0: unknown).
    void setDurationMs(qint64 durationMs);
    /// For editing: the tag's current label and note.
    void setTag(const TagRecord& tag);
    /// Offers to add the tag to one of these playlists or to a new one. Without this call the
    /// playlist row is hidden.
    void setPlaylists(const QList<PlaylistRecord>& playlists);

    [[nodiscard]] qint64 startMs() const;
    [[nodiscard]] qint64 endMs() const;
    [[nodiscard]] qint64 labelId() const; ///< 0 for none or for a new label
    /// The name of a label to create, or empty.
    [[nodiscard]] QString newLabelName() const;
    [[nodiscard]] QString note() const;
    /// 0 for none, NewPlaylist for a new one (newPlaylistName()), else a playlist's id.
    [[nodiscard]] qint64 playlistId() const;
    [[nodiscard]] QString newPlaylistName() const;

    /// Saves what the dialog holds: a new label, the tag (added to `callId` when `tagId` is 0,
    /// else changed), then a new playlist and the clip. Returns the tag's id; on an error after
    /// the tag was saved, the tag stays and the error says what was not done.
    [[nodiscard]] std::optional<qint64> save(Session& session, qint64 callId, qint64 tagId,
                                             Error* error) const;

    /// "1:05.2" for 65 200 ms.
    [[nodiscard]] static QString formatTime(qint64 ms);
    /// Reads "1:05.2", "65.2", "1:01:05" (also with a decimal comma); nullopt when unreadable.
    [[nodiscard]] static std::optional<qint64> parseTime(const QString& text);

    void accept() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    [[nodiscard]] bool warningShown() const;
    void updateNoteWarning();
    void updatePlaylistRow();
    [[nodiscard]] std::optional<qint64> fieldMs(const QString& text, qint64 givenMs) const;

    std::unique_ptr<Ui::TagDialog> m_ui;
    QList<TagLabel> m_labels;
    qint64 m_durationMs = 0;
    // The range as given: times are shown to a tenth, and an untouched field keeps its ms.
    qint64 m_givenStartMs = 0;
    qint64 m_givenEndMs = 0;
};

} // namespace tallenne
