#include "gui/PlaylistPanel.h"

#include "gui/EmptyState.h"
#include "gui/LockGate.h"
#include "gui/PlayerPanel.h"
#include "gui/TagDialog.h"
#include "services/RegisterEvents.h"
#include "services/Session.h"
#include "ui_PlaylistPanel.h"

#include <QEvent>
#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTimer>

namespace tallenne {

namespace {
constexpr int ItemIdRole = Qt::UserRole + 1;
constexpr int CallIdRole = Qt::UserRole + 2;
constexpr int StartRole = Qt::UserRole + 3;
constexpr int EndRole = Qt::UserRole + 4;
constexpr int PositionRole = Qt::UserRole + 5;
constexpr int NoteRole = Qt::UserRole + 6;
} // namespace

void PlaylistPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        reload(); // the counts and notes written by the code
    }
    QWidget::changeEvent(event);
}

PlaylistPanel::PlaylistPanel(Session& session, PlayerPanel* player, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PlaylistPanel>()), m_session(session),
      m_player(player), m_playlists(session), m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->clipsListView->setModel(m_model);
    m_ui->clipsListView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_manage = Permissions::allows(session.roles(), Permission::ManageTags);
    for (QPushButton* w : {m_ui->newButton, m_ui->renameButton, m_ui->deleteButton, m_ui->upButton,
                           m_ui->downButton, m_ui->removeButton})
        w->setVisible(m_manage);
    m_ui->clipsListView->setDragEnabled(m_manage);
    m_ui->unavailableLabel->setVisible(false);
    m_ui->clipNoteLabel->setVisible(false);
    m_ui->stopButton->setEnabled(false);
    EmptyState::install(m_ui->playlistsListWidget, [this] {
        return m_manage ? tr("No playlists yet. Select a moment of a call in the player, tag it "
                             "and add it to a new playlist; or press New.")
                        : tr("No playlists yet. Trainers make them from tagged moments.");
    });
    EmptyState::install(m_ui->clipsListView, [this] {
        if (m_ui->playlistsListWidget->currentRow() < 0)
            return m_ui->playlistsListWidget->count() > 0 ? tr("Choose a playlist.") : QString();
        return m_manage ? tr("This playlist has no clips yet. Add tags to it from the tag list "
                             "or when you tag a moment in the player.")
                        : tr("This playlist has no clips yet.");
    });

    connect(m_ui->playlistsListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPlaylist(m_ui->playlistsListWidget->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(m_ui->playAllButton, &QPushButton::clicked, this, &PlaylistPanel::playAll);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &PlaylistPanel::stopPlaying);
    connect(m_ui->newButton, &QPushButton::clicked, this, &PlaylistPanel::createPlaylist);
    connect(m_ui->renameButton, &QPushButton::clicked, this, &PlaylistPanel::renamePlaylist);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &PlaylistPanel::deletePlaylist);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &PlaylistPanel::removeClip);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveClip(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveClip(1); });
    connect(m_ui->clipsListView, &QListView::activated, this, [this](const QModelIndex& index) {
        m_playing = -1;
        playClip(index.row());
    });
    // The keys work on the clip list itself.
    const auto bind = [this](QKeySequence keys, auto slot) {
        auto* shortcut = new QShortcut(keys, m_ui->clipsListView);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    bind(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveClip(-1); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveClip(1); });
    bind(QKeySequence(QKeySequence::Delete), [this] { removeClip(); });
    connect(m_ui->clipsListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PlaylistPanel::updateButtons);
    // An internal move is an insert and a remove; read the new order once both are done.
    connect(m_model, &QStandardItemModel::rowsRemoved, this,
            [this] { QTimer::singleShot(0, this, &PlaylistPanel::onRowsMoved); });
    if (m_player)
        // Queued: the next clip may open another call, which is not done from inside the
        // player's own signal.
        connect(
            m_player, &PlayerPanel::clipFinished, this,
            [this] {
                if (m_playing >= 0)
                    playClip(m_playing + 1);
            },
            Qt::QueuedConnection);
    connect(&session.events(), &RegisterEvents::playlistsChanged, this, &PlaylistPanel::reload);
    reload();
}

PlaylistPanel::~PlaylistPanel() = default;

void PlaylistPanel::reload()
{
    Error error;
    const auto lists = m_playlists.list(&error);
    if (!lists) {
        emit errorOccurred(error.message);
        return;
    }
    QListWidget* listWidget = m_ui->playlistsListWidget;
    int current = -1;
    {
        const QSignalBlocker blocker(listWidget);
        listWidget->clear();
        for (const PlaylistRecord& p : *lists) {
            auto* item =
                new QListWidgetItem(tr("%1 (%2)").arg(p.name).arg(p.itemCount), listWidget);
            item->setData(Qt::UserRole, p.id);
            if (p.id == m_playlistId)
                current = listWidget->count() - 1;
        }
        if (current < 0 && !lists->isEmpty())
            current = 0;
        listWidget->setCurrentRow(current);
    }
    if (current >= 0) {
        showPlaylist(listWidget->item(current)->data(Qt::UserRole).toLongLong());
    } else {
        m_playlistId = 0;
        m_playlistOwner.clear();
        const QSignalBlocker blocker(m_model);
        m_model->clear();
        m_order.clear();
        m_ui->clipsListView->reset();
        m_ui->unavailableLabel->setVisible(false);
        updateButtons();
    }
}

void PlaylistPanel::selectPlaylist(qint64 playlistId)
{
    m_playlistId = playlistId;
    reload();
}

void PlaylistPanel::showPlaylist(qint64 playlistId)
{
    Error error;
    const auto view = m_playlists.show(playlistId, &error);
    if (!view) {
        emit errorOccurred(error.message);
        return;
    }
    // The same playlist again (a reload): keep the clip the user was on.
    const qint64 keepItem = playlistId == m_playlistId
                                ? m_ui->clipsListView->currentIndex().data(ItemIdRole).toLongLong()
                                : 0;
    if (playlistId != m_playlistId && m_playing >= 0)
        stopPlaying();
    m_playlistId = playlistId;
    m_playlistOwner = view->playlist.createdBy;
    int keepRow = -1;
    {
        const QSignalBlocker blocker(m_model);
        m_model->clear();
        m_order.clear();
        for (const PlaylistItemRecord& clip : view->clips) {
            const QString label = clip.tag.label.isEmpty() ? tr("(no label)") : clip.tag.label;
            const QString note = clip.note.isEmpty() ? clip.tag.note : clip.note;
            auto* item = new QStandardItem(
                tr("Call %1, %2 – %3: %4%5")
                    .arg(clip.tag.callId)
                    .arg(TagDialog::formatTime(clip.tag.startMs),
                         TagDialog::formatTime(clip.tag.endMs), label,
                         note.isEmpty()
                             ? QString()
                             : QStringLiteral(" — ") + note.section(QLatin1Char('\n'), 0, 0)));
            item->setData(clip.id, ItemIdRole);
            item->setData(clip.tag.callId, CallIdRole);
            item->setData(clip.tag.startMs, StartRole);
            item->setData(clip.tag.endMs, EndRole);
            item->setData(clip.position, PositionRole);
            item->setData(note, NoteRole);
            item->setDropEnabled(false); // dropping onto an item would nest it
            if (clip.id == keepItem)
                keepRow = m_model->rowCount();
            m_model->appendRow(item);
            m_order.append(clip.id);
        }
    }
    m_ui->clipsListView->reset();
    if (keepRow >= 0)
        m_ui->clipsListView->setCurrentIndex(m_model->index(keepRow, 0));
    // The clip being played keeps its place in the changed list; a clip that left it ends
    // the run. Without a run, no note of an earlier one stays.
    const int playingRow = m_playingItem ? rowOfItem(m_playingItem) : -1;
    if (m_playing >= 0 && playingRow < 0) {
        stopPlaying();
    } else if (m_playing >= 0) {
        m_playing = playingRow;
        showClipNote(playingRow);
    } else {
        m_ui->clipNoteLabel->setVisible(false);
    }
    m_ui->unavailableLabel->setText(view->unavailableNote());
    m_ui->unavailableLabel->setVisible(view->unavailable > 0);
    updateButtons();
}

bool PlaylistPanel::ownsCurrent() const
{
    return m_manage && m_playlistId > 0 && m_playlistOwner == m_session.userName();
}

void PlaylistPanel::updateButtons()
{
    const bool own = ownsCurrent();
    const int row = m_ui->clipsListView->currentIndex().row();
    m_ui->renameButton->setEnabled(own);
    m_ui->deleteButton->setEnabled(own);
    m_ui->removeButton->setEnabled(own && row >= 0);
    m_ui->upButton->setEnabled(own && row > 0);
    m_ui->downButton->setEnabled(own && row >= 0 && row + 1 < m_model->rowCount());
    m_ui->playAllButton->setEnabled(m_model->rowCount() > 0);
    m_ui->clipsListView->setDragEnabled(own);
}

QList<qint64> PlaylistPanel::clipOrder() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->item(row)->data(ItemIdRole).toLongLong());
    return ids;
}

QString PlaylistPanel::clipNote() const
{
    return m_ui->clipNoteLabel->isHidden() ? QString() : m_ui->clipNoteLabel->text();
}

void PlaylistPanel::onRowsMoved()
{
    const QList<qint64> shown = clipOrder();
    if (shown == m_order || shown.size() != m_order.size())
        return;
    // Replay the drop as moves of single clips. Unavailable clips sit after the shown ones
    // in no particular place, so indices among shown clips are good enough.
    QList<qint64> stored = m_order;
    const qint64 playlistId = m_playlistId;
    Error error;
    for (int i = 0; i < shown.size(); ++i) {
        if (stored.at(i) == shown.at(i))
            continue;
        if (!m_playlists.moveClip(playlistId, shown.at(i), i, &error)) {
            emit errorOccurred(error.message);
            showPlaylist(playlistId);
            return;
        }
        stored.move(stored.indexOf(shown.at(i)), i);
    }
}

void PlaylistPanel::moveClip(int delta)
{
    if (!ownsCurrent())
        return;
    const QModelIndex index = m_ui->clipsListView->currentIndex();
    const int target = index.row() + delta;
    if (!index.isValid() || target < 0 || target >= m_model->rowCount())
        return;
    // Positions count every item, the unavailable ones too: take the neighbour's.
    const int newIndex = m_model->item(target)->data(PositionRole).toInt();
    Error error;
    if (!m_playlists.moveClip(m_playlistId, index.data(ItemIdRole).toLongLong(), newIndex, &error))
        emit errorOccurred(error.message);
    // The reload (playlistsChanged) keeps the moved clip current.
}

void PlaylistPanel::playAll()
{
    if (m_model->rowCount() == 0)
        return;
    m_playing = 0;
    playClip(0);
}

void PlaylistPanel::stopPlaying()
{
    const bool wasPlaying = m_playing >= 0;
    m_playing = -1;
    m_playingItem = 0;
    m_ui->stopButton->setEnabled(false);
    m_ui->clipNoteLabel->setVisible(false);
    // The call stays open where it stopped: the trainer may go on from there.
    if (m_player && m_player->isPlaying())
        m_player->pause();
    if (wasPlaying)
        emit playlistFinished();
}

void PlaylistPanel::playClip(int row)
{
    if (!m_player || row < 0 || row >= m_model->rowCount()) {
        if (m_playing >= 0) {
            m_playing = -1;
            m_playingItem = 0;
            m_ui->stopButton->setEnabled(false);
            m_ui->clipNoteLabel->setText(tr("The playlist has been played to the end."));
            emit playlistFinished();
        }
        return;
    }
    if (m_playing >= 0)
        m_playing = row;
    const QStandardItem* item = m_model->item(row);
    m_ui->clipsListView->setCurrentIndex(item->index());
    const qint64 callId = item->data(CallIdRole).toLongLong();
    if (m_player->callId() != callId)
        m_player->openCall(callId);
    if (m_player->callId() != callId) { // refused or cancelled: stop the run
        m_playing = -1;
        m_ui->stopButton->setEnabled(false);
        return;
    }
    m_playingItem = item->data(ItemIdRole).toLongLong();
    showClipNote(row);
    m_ui->stopButton->setEnabled(m_playing >= 0);
    const qint64 start = item->data(StartRole).toLongLong();
    const qint64 end = item->data(EndRole).toLongLong();
    emit clipStarted(row, item->data(ItemIdRole).toLongLong(), start, end);
    m_player->playRange(start, end);
}

void PlaylistPanel::showClipNote(int row)
{
    const QString note = m_model->item(row)->data(NoteRole).toString();
    m_ui->clipNoteLabel->setText(
        note.isEmpty() ? tr("Clip %1 of %2").arg(row + 1).arg(m_model->rowCount())
                       : tr("Clip %1 of %2: %3").arg(row + 1).arg(m_model->rowCount()).arg(note));
    m_ui->clipNoteLabel->setVisible(true);
}

int PlaylistPanel::rowOfItem(qint64 itemId) const
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row)->data(ItemIdRole).toLongLong() == itemId)
            return row;
    return -1;
}

void PlaylistPanel::createPlaylist()
{
    bool ok = false;
    const QPointer<PlaylistPanel> self(this);
    const QString name = LockGate::run([this, &ok] {
        return QInputDialog::getText(this, tr("New playlist"), tr("Name:"), QLineEdit::Normal, {},
                                     &ok);
    });
    if (!self || LockGate::instance().lockPending() || !ok)
        return;
    Error error;
    const auto id = m_playlists.create(name, &error);
    if (!id) {
        emit errorOccurred(error.message);
        return;
    }
    m_playlistId = *id;
    reload();
}

void PlaylistPanel::renamePlaylist()
{
    if (!ownsCurrent())
        return;
    const QListWidgetItem* item = m_ui->playlistsListWidget->currentItem();
    Error error;
    const auto current = m_playlists.show(m_playlistId, &error);
    if (!item || !current)
        return;
    bool ok = false;
    const QPointer<PlaylistPanel> self(this);
    const QString name = LockGate::run([this, &ok, &current] {
        return QInputDialog::getText(this, tr("Rename playlist"), tr("Name:"), QLineEdit::Normal,
                                     current->playlist.name, &ok);
    });
    if (!self || LockGate::instance().lockPending() || !ok)
        return;
    if (!m_playlists.rename(m_playlistId, name, &error))
        emit errorOccurred(error.message);
}

void PlaylistPanel::deletePlaylist()
{
    if (!ownsCurrent())
        return;
    const QListWidgetItem* item = m_ui->playlistsListWidget->currentItem();
    if (!item)
        return;
    const QPointer<PlaylistPanel> self(this);
    const QString text = item->text();
    const auto answer = LockGate::run([this, &text] {
        return QMessageBox::question(
            this, tr("Delete playlist"),
            tr("Delete the playlist %1? Its tags stay in the tag list.").arg(text),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    });
    if (!self || LockGate::instance().lockPending() || answer != QMessageBox::Yes)
        return;
    Error error;
    const qint64 id = m_playlistId;
    stopPlaying();
    if (!m_playlists.remove(id, &error))
        emit errorOccurred(error.message);
}

void PlaylistPanel::removeClip()
{
    const QModelIndex index = m_ui->clipsListView->currentIndex();
    if (!ownsCurrent() || !index.isValid())
        return;
    Error error;
    if (!m_playlists.removeClip(m_playlistId, index.data(ItemIdRole).toLongLong(), &error))
        emit errorOccurred(error.message);
}

} // namespace tallenne
