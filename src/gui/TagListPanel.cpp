#include "gui/TagListPanel.h"

#include "gui/EmptyState.h"
#include "gui/LockGate.h"
#include "gui/PlayerPanel.h"
#include "gui/TagDialog.h"
#include "services/PlaylistService.h"
#include "services/RegisterEvents.h"
#include "services/Session.h"
#include "ui_TagListPanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QShortcut>

namespace tallenne {

namespace {
enum Column
{
    CallColumn,
    FromColumn,
    ToColumn,
    LabelColumn,
    ByColumn,
    NoteColumn,
    ColumnCount
};
} // namespace

void TagListPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->tagsTableWidget->setHorizontalHeaderLabels(
            {tr("Call"), tr("From"), tr("To"), tr("Label"), tr("Tagged by"), tr("Note")});
        reload();
    }
    QWidget::changeEvent(event);
}

TagListPanel::TagListPanel(Session& session, PlayerPanel* player, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::TagListPanel>()), m_session(session),
      m_player(player)
{
    m_ui->setupUi(this);
    m_manage = Permissions::allows(session.roles(), Permission::ManageTags);
    QTableWidget* table = m_ui->tagsTableWidget;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels(
        {tr("Call"), tr("From"), tr("To"), tr("Label"), tr("Tagged by"), tr("Note")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_ui->editButton, m_ui->deleteTagButton, m_ui->newLabelButton,
             m_ui->addToPlaylistComboBox, m_ui->addToPlaylistButton})
        w->setVisible(m_manage);
    m_ui->playTagButton->setVisible(m_player != nullptr);
    m_ui->detailsLabel->setVisible(false);
    EmptyState::install(table, [this] {
        return m_manage ? tr("No tags yet. Open a call, select a moment on its waveform (drag, "
                             "or [ and ]) and press Tag selection.")
                        : tr("No tags yet. Trainers tag moments of calls for coaching.");
    });

    connect(table, &QTableWidget::currentCellChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    connect(m_ui->editButton, &QPushButton::clicked, this, &TagListPanel::editTag);
    connect(m_ui->deleteTagButton, &QPushButton::clicked, this, &TagListPanel::deleteTag);
    connect(m_ui->newLabelButton, &QPushButton::clicked, this, &TagListPanel::newLabel);
    connect(m_ui->addToPlaylistButton, &QPushButton::clicked, this, &TagListPanel::addToPlaylist);
    connect(m_ui->playTagButton, &QPushButton::clicked, this, &TagListPanel::playTag);
    const auto bind = [this, table](QKeySequence keys, auto slot) {
        auto* shortcut = new QShortcut(keys, table);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    bind(QKeySequence(Qt::Key_Return), [this] { editTag(); });
    bind(QKeySequence(Qt::Key_Enter), [this] { editTag(); });
    bind(QKeySequence(QKeySequence::Delete), [this] { deleteTag(); });

    connect(&session.events(), &RegisterEvents::tagsChanged, this, &TagListPanel::reload);
    connect(&session.events(), &RegisterEvents::playlistsChanged, this,
            &TagListPanel::reloadPlaylists);
    reload();
    reloadPlaylists();
}

TagListPanel::~TagListPanel() = default;

void TagListPanel::reload()
{
    Error error;
    const auto tags = TagService(m_session).list(0, &error);
    if (!tags) {
        emit errorOccurred(error.message);
        return;
    }
    const qint64 keep = currentTag();
    m_tags = *tags;
    QTableWidget* table = m_ui->tagsTableWidget;
    {
        const QSignalBlocker blocker(table);
        table->clearContents();
        table->setRowCount(int(m_tags.size()));
        for (int row = 0; row < m_tags.size(); ++row) {
            const TagRecord& t = m_tags.at(row);
            const QStringList cells = {QString::number(t.callId),
                                       TagDialog::formatTime(t.startMs),
                                       TagDialog::formatTime(t.endMs),
                                       t.label.isEmpty() ? tr("(no label)") : t.label,
                                       t.createdBy,
                                       t.note.section(QLatin1Char('\n'), 0, 0)};
            for (int column = 0; column < ColumnCount; ++column)
                table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
            // A note wider than its column is read whole on hover (and below the table).
            table->item(row, NoteColumn)->setToolTip(t.note);
        }
    }
    if (!selectTag(keep)) {
        table->setCurrentCell(-1, -1);
        showDetails();
    }
    updateButtons();
}

void TagListPanel::reloadPlaylists()
{
    if (!m_manage)
        return;
    Error error;
    const auto lists = PlaylistService(m_session).list(&error);
    if (!lists) {
        emit errorOccurred(error.message);
        return;
    }
    QComboBox* box = m_ui->addToPlaylistComboBox;
    const qint64 keep = box->currentData().toLongLong();
    box->clear();
    // Clips go only into the user's own playlists.
    for (const PlaylistRecord& p : *lists) {
        if (p.createdBy == m_session.userName())
            box->addItem(tr("%1 (%2)").arg(p.name).arg(p.itemCount), p.id);
    }
    box->setCurrentIndex(std::max(0, box->findData(keep)));
    updateButtons();
}

bool TagListPanel::selectTag(qint64 tagId)
{
    for (int row = 0; row < m_tags.size(); ++row) {
        if (m_tags.at(row).id == tagId && tagId > 0) {
            m_ui->tagsTableWidget->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

qint64 TagListPanel::currentTag() const
{
    const TagRecord* tag = current();
    return tag ? tag->id : 0;
}

QList<qint64> TagListPanel::tagIds() const
{
    QList<qint64> ids;
    for (const TagRecord& t : m_tags)
        ids.append(t.id);
    return ids;
}

const TagRecord* TagListPanel::current() const
{
    const int row = m_ui->tagsTableWidget->currentRow();
    return row >= 0 && row < m_tags.size() ? &m_tags.at(row) : nullptr;
}

void TagListPanel::updateButtons()
{
    const TagRecord* tag = current();
    const bool own = m_manage && tag && tag->createdBy == m_session.userName();
    m_ui->editButton->setEnabled(own);
    m_ui->deleteTagButton->setEnabled(own);
    m_ui->playTagButton->setEnabled(tag != nullptr);
    m_ui->addToPlaylistButton->setEnabled(tag && m_ui->addToPlaylistComboBox->count() > 0);
}

void TagListPanel::showDetails()
{
    const TagRecord* listed = current();
    if (!listed) {
        m_ui->detailsLabel->clear();
        m_ui->detailsLabel->setVisible(false);
        return;
    }
    // Read in full through the service: the note is personal-data-adjacent, the read audited.
    Error error;
    const auto tag = TagService(m_session).find(listed->id, &error);
    if (!tag) {
        emit errorOccurred(error.message);
        return;
    }
    QString text = tr("Call %1, %2 – %3, %4. Tagged by %5 on %6.")
                       .arg(tag->callId)
                       .arg(TagDialog::formatTime(tag->startMs), TagDialog::formatTime(tag->endMs),
                            tag->label.isEmpty() ? tr("no label") : tag->label, tag->createdBy,
                            QLocale().toString(tag->createdAt.toLocalTime(), QLocale::ShortFormat));
    if (!tag->note.isEmpty())
        text += QLatin1Char('\n') + tag->note;
    m_ui->detailsLabel->setText(text);
    m_ui->detailsLabel->setVisible(true);
}

void TagListPanel::editTag()
{
    const TagRecord* listed = current();
    if (!listed || !m_manage || listed->createdBy != m_session.userName())
        return;
    const TagRecord tag = *listed;
    Error error;
    const auto labels = TagService(m_session).labels(&error);
    if (!labels) {
        emit errorOccurred(error.message);
        return;
    }
    const QPointer<TagListPanel> self(this);
    ScopedDialog<TagDialog> dialog(*labels, tag.startMs, tag.endMs, this);
    dialog->setTag(tag);
    const int result = dialog.exec();
    if (!self || !dialog || LockGate::instance().lockPending() || result != QDialog::Accepted)
        return;
    if (!dialog->save(m_session, tag.callId, tag.id, &error))
        emit errorOccurred(error.message);
}

void TagListPanel::deleteTag()
{
    const TagRecord* listed = current();
    if (!listed || !m_manage || listed->createdBy != m_session.userName())
        return;
    const qint64 id = listed->id;
    const QString what =
        tr("the tag %1 – %2 of call %3")
            .arg(TagDialog::formatTime(listed->startMs), TagDialog::formatTime(listed->endMs))
            .arg(listed->callId);
    const QPointer<TagListPanel> self(this);
    const auto answer = LockGate::run([this, &what] {
        return QMessageBox::question(
            this, tr("Delete tag"),
            tr("Delete %1? It is also removed from every playlist that holds it.").arg(what),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    });
    if (!self || LockGate::instance().lockPending() || answer != QMessageBox::Yes)
        return;
    Error error;
    if (!TagService(m_session).remove(id, &error))
        emit errorOccurred(error.message);
}

void TagListPanel::newLabel()
{
    bool ok = false;
    const QPointer<TagListPanel> self(this);
    const QString name = LockGate::run([this, &ok] {
        return QInputDialog::getText(this, tr("New label"), tr("Label:"), QLineEdit::Normal, {},
                                     &ok);
    });
    if (!self || LockGate::instance().lockPending() || !ok)
        return;
    Error error;
    if (!TagService(m_session).addLabel(name, &error))
        emit errorOccurred(error.message);
}

void TagListPanel::addToPlaylist()
{
    const TagRecord* tag = current();
    const qint64 playlist = m_ui->addToPlaylistComboBox->currentData().toLongLong();
    if (!tag || playlist <= 0)
        return;
    Error error;
    if (!PlaylistService(m_session).addClip(playlist, tag->id, {}, &error))
        emit errorOccurred(error.message);
}

void TagListPanel::playTag()
{
    const TagRecord* listed = current();
    if (!listed || !m_player)
        return;
    const TagRecord tag = *listed;
    if (m_player->callId() != tag.callId)
        m_player->openCall(tag.callId);
    if (m_player->callId() == tag.callId)
        m_player->playRange(tag.startMs, tag.endMs);
}

} // namespace tallenne
