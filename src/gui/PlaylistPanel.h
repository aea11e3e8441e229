#pragma once

#include "services/PlaylistService.h"

#include <QWidget>

#include <memory>

class QStandardItemModel;

namespace Ui {
class PlaylistPanel;
}

namespace tallenne {

class PlayerPanel;
class Session;

/// Coaching playlists: the list with each playlist's clip count, and the chosen playlist's
/// clips. Trainers create, rename and delete their own playlists and reorder (buttons,
/// Ctrl+Up/Down, drag and drop) and remove clips (button, Delete). "Play clip after clip"
/// plays each clip from its start to its end through the PlayerPanel (playRange, next on
/// clipFinished) and shows the current clip's note. Clips that are no longer available are
/// left out, with a note saying how many. The panel reloads whenever the session's
/// RegisterEvents says playlists changed, wherever the change was made.
class PlaylistPanel : public QWidget
{
    Q_OBJECT

public:
    PlaylistPanel(Session& session, PlayerPanel* player, QWidget* parent = nullptr);
    ~PlaylistPanel() override;

    void reload();
    void showPlaylist(qint64 playlistId);
    [[nodiscard]] qint64 currentPlaylist() const { return m_playlistId; }
    /// Chooses the playlist in the list (after an unlock); none left when it is gone.
    void selectPlaylist(qint64 playlistId);
    void playAll();
    void stopPlaying();
    [[nodiscard]] bool isPlayingList() const { return m_playing >= 0; }
    [[nodiscard]] QList<qint64> clipOrder() const; ///< item ids as shown
    /// The note shown for the clip being played (the clip's note, else its tag's).
    [[nodiscard]] QString clipNote() const;

signals:
    void errorOccurred(const QString& message);
    /// A clip was handed to the player: row, the playlist item, and its range.
    void clipStarted(int row, qint64 itemId, qint64 startMs, qint64 endMs);
    /// Clip after clip reached the end of the playlist (or was stopped).
    void playlistFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void playClip(int row);
    /// Shows "Clip N of M" and the clip's note above the list.
    void showClipNote(int row);
    [[nodiscard]] int rowOfItem(qint64 itemId) const;
    void onRowsMoved();
    void createPlaylist();
    void renamePlaylist();
    void deletePlaylist();
    void removeClip();
    void moveClip(int delta);
    void updateButtons();
    [[nodiscard]] bool ownsCurrent() const;

    std::unique_ptr<Ui::PlaylistPanel> m_ui;
    Session& m_session;
    PlayerPanel* m_player;
    PlaylistService m_playlists;
    QStandardItemModel* m_model;
    bool m_manage = false;
    qint64 m_playlistId = 0;
    QString m_playlistOwner;
    QList<qint64> m_order;    ///< item ids as stored
    int m_playing = -1;       ///< row being played clip after clip, or -1
    qint64 m_playingItem = 0; ///< the playlist item of that row
};

} // namespace tallenne
