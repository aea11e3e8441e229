#pragma once

#include "services/TagService.h"

#include <QWidget>

#include <memory>

namespace Ui {
class TagListPanel;
}

namespace tallenne {

class PlayerPanel;
class Session;

/// Every tag the user may see, on the Coaching page: select one to read it in full (an audited
/// read), play it, edit its range, label and note, delete it (own tags; Enter and Delete work
/// in the list), create labels, and add any tag to one of the user's playlists. The list
/// reloads whenever the session's RegisterEvents says tags or playlists changed.
class TagListPanel : public QWidget
{
    Q_OBJECT

public:
    TagListPanel(Session& session, PlayerPanel* player, QWidget* parent = nullptr);
    ~TagListPanel() override;

    void reload();
    /// Selects the tag's row; false when it is not listed.
    bool selectTag(qint64 tagId);
    [[nodiscard]] qint64 currentTag() const;
    [[nodiscard]] QList<qint64> tagIds() const; ///< as listed

signals:
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reloadPlaylists();
    void showDetails();
    void editTag();
    void deleteTag();
    void newLabel();
    void addToPlaylist();
    void playTag();
    void updateButtons();
    [[nodiscard]] const TagRecord* current() const;

    std::unique_ptr<Ui::TagListPanel> m_ui;
    Session& m_session;
    PlayerPanel* m_player;
    bool m_manage = false;
    QList<TagRecord> m_tags; ///< as listed (notes included: the list shows their first line)
};

} // namespace tallenne
