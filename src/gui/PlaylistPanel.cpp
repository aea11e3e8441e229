#include "gui/PlaylistPanel.h"

#include "gui/LockGate.h"
#include "gui/PlayerPanel.h"
#include "gui/TagDialog.h"
#include "services/Session.h"
#include "ui_PlaylistPanel.h"

#include <QInputDialog>
#include <QPointer>
#include <QStandardItemModel>
#include <QTimer>

namespace tallenne {

namespace {
constexpr int ItemIdRole = Qt::UserRole + 1;
constexpr int CallIdRole = Qt::UserRole + 2;
constexpr int StartRole = Qt::UserRole + 3;
constexpr int EndRole = Qt::UserRole + 4;
} // namespace

PlaylistPanel::PlaylistPanel(Session& session, PlayerPanel* player, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PlaylistPanel>()), m_session(session),
      m_player(player), m_playlists(session), m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->clipsListView->setModel(m_model);
    const bool manage = Permissions::allows(session.roles(), Permission::ManageTags);
    m_ui->newButton->setVisible(manage);
    m_ui->removeButton->setVisible(manage);
    m_ui->clipsListView->setDragEnabled(manage);
    m_ui->unavailableLabel->setVisible(false);

    connect(m_ui->playlistComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            showPlaylist(m_ui->playlistComboBox->itemData(index).toLongLong());
    });
    connect(m_ui->playAllButton, &QPushButton::clicked, this, &PlaylistPanel::playAll);
    connect(m_ui->newButton, &QPushButton::clicked, this, &PlaylistPanel::createPlaylist);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &PlaylistPanel::removeClip);
    connect(m_ui->clipsListView, &QListView::doubleClicked, this, [this](const QModelIndex& index) {
        m_playing = -1;
        playClip(index.row());
    });
    // An internal move is an insert and a remove; read the new order once both are done.
    connect(m_model, &QStandardItemModel::rowsRemoved, this,
            [this] { QTimer::singleShot(0, this, &PlaylistPanel::onRowsMoved); });
    if (m_player)
        connect(m_player, &PlayerPanel::clipFinished, this, [this] {
            if (m_playing >= 0)
                playClip(m_playing + 1);
        });
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
    const QSignalBlocker blocker(m_ui->playlistComboBox);
    m_ui->playlistComboBox->clear();
    for (const PlaylistRecord& p : *lists)
        m_ui->playlistComboBox->addItem(tr("%1 (%2)").arg(p.name).arg(p.itemCount), p.id);
    const int index = std::max(0, m_ui->playlistComboBox->findData(m_playlistId));
    m_ui->playlistComboBox->setCurrentIndex(lists->isEmpty() ? -1 : index);
    if (!lists->isEmpty())
        showPlaylist(m_ui->playlistComboBox->itemData(index).toLongLong());
}

void PlaylistPanel::showPlaylist(qint64 playlistId)
{
    Error error;
    const auto view = m_playlists.show(playlistId, &error);
    if (!view) {
        emit errorOccurred(error.message);
        return;
    }
    m_playlistId = playlistId;
    const QSignalBlocker blocker(m_model);
    m_model->clear();
    m_order.clear();
    for (const PlaylistItemRecord& clip : view->clips) {
        const QString label = clip.tag.label.isEmpty() ? tr("(no label)") : clip.tag.label;
        auto* item = new QStandardItem(
            tr("Call %1, %2 – %3: %4%5")
                .arg(clip.tag.callId)
                .arg(TagDialog::formatTime(clip.tag.startMs), TagDialog::formatTime(clip.tag.endMs),
                     label, clip.note.isEmpty() ? QString() : QStringLiteral(" — ") + clip.note));
        item->setData(clip.id, ItemIdRole);
        item->setData(clip.tag.callId, CallIdRole);
        item->setData(clip.tag.startMs, StartRole);
        item->setData(clip.tag.endMs, EndRole);
        item->setDropEnabled(false); // dropping onto an item would nest it
        m_model->appendRow(item);
        m_order.append(clip.id);
    }
    m_ui->clipsListView->reset();
    m_ui->unavailableLabel->setText(view->unavailableNote());
    m_ui->unavailableLabel->setVisible(view->unavailable > 0);
}

QList<qint64> PlaylistPanel::clipOrder() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->item(row)->data(ItemIdRole).toLongLong());
    return ids;
}

void PlaylistPanel::onRowsMoved()
{
    const QList<qint64> shown = clipOrder();
    if (shown == m_order || shown.size() != m_order.size())
        return;
    // Replay the drop as moves of single clips. Unavailable clips sit after the shown ones
    // in no particular place, so indices among shown clips are good enough.
    QList<qint64> stored = m_order;
    Error error;
    for (int i = 0; i < shown.size(); ++i) {
        if (stored.at(i) == shown.at(i))
            continue;
        if (!m_playlists.moveClip(m_playlistId, shown.at(i), i, &error)) {
            emit errorOccurred(error.message);
            showPlaylist(m_playlistId);
            return;
        }
        stored.move(stored.indexOf(shown.at(i)), i);
    }
    m_order = stored;
}

void PlaylistPanel::playAll()
{
    m_playing = 0;
    playClip(0);
}

void PlaylistPanel::playClip(int row)
{
    if (!m_player || row < 0 || row >= m_model->rowCount()) {
        m_playing = -1;
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
        return;
    }
    m_player->playRange(item->data(StartRole).toLongLong(), item->data(EndRole).toLongLong());
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

void PlaylistPanel::removeClip()
{
    const QModelIndex index = m_ui->clipsListView->currentIndex();
    if (!index.isValid())
        return;
    Error error;
    if (!m_playlists.removeClip(m_playlistId, index.data(ItemIdRole).toLongLong(), &error))
        emit errorOccurred(error.message);
    showPlaylist(m_playlistId);
}

} // namespace tallenne
