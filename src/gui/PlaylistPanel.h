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

/// Coaching playlists: pick one, reorder its clips by drag and drop (trainers, own
/// playlists), and play clip after clip through the PlayerPanel. Clips that are no longer
/// available are left out, with a note saying how many.
class PlaylistPanel : public QWidget
{
    Q_OBJECT

public:
    PlaylistPanel(Session& session, PlayerPanel* player, QWidget* parent = nullptr);
    ~PlaylistPanel() override;

    void reload();
    void showPlaylist(qint64 playlistId);
    void playAll();
    [[nodiscard]] QList<qint64> clipOrder() const; ///< item ids as shown

signals:
    void errorOccurred(const QString& message);

private:
    void playClip(int row);
    void onRowsMoved();
    void createPlaylist();
    void removeClip();

    std::unique_ptr<Ui::PlaylistPanel> m_ui;
    Session& m_session;
    PlayerPanel* m_player;
    PlaylistService m_playlists;
    QStandardItemModel* m_model;
    qint64 m_playlistId = 0;
    QList<qint64> m_order; ///< item ids as stored
    int m_playing = -1;    ///< row being played clip after clip, or -1
};

} // namespace tallenne
