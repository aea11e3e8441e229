#include "gui/TagDialog.h"

#include "services/Session.h"
#include "ui_TagDialog.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPushButton>

#include <cmath>

namespace tallenne {

TagDialog::TagDialog(const QList<TagLabel>& labels, qint64 startMs, qint64 endMs, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TagDialog>()), m_labels(labels)
{
    m_ui->setupUi(this);
    m_givenStartMs = startMs;
    m_givenEndMs = endMs;
    m_ui->fromLineEdit->setText(formatTime(startMs));
    m_ui->toLineEdit->setText(formatTime(endMs));
    m_ui->labelComboBox->addItem(tr("(no label)"), qint64(0));
    for (const TagLabel& l : labels)
        m_ui->labelComboBox->addItem(l.name, l.id);
    m_ui->noteWarningLabel->setVisible(false);
    m_ui->errorLabel->setVisible(false);
    m_ui->playlistCaptionLabel->setVisible(false);
    m_ui->playlistComboBox->setVisible(false);
    m_ui->newPlaylistLineEdit->setVisible(false);
    // The hint says what to type: it is shown whole, in either language.
    m_ui->newPlaylistLineEdit->setMinimumWidth(
        m_ui->newPlaylistLineEdit->fontMetrics().horizontalAdvance(
            m_ui->newPlaylistLineEdit->placeholderText()) +
        24);
    connect(m_ui->noteTextEdit, &QPlainTextEdit::textChanged, this, &TagDialog::updateNoteWarning);
    // QDialog makes its first default button the default again whenever the focus leaves
    // another button (QPushButton::focusOutEvent): while the warning shows, "Save anyway" is
    // taken back out after every move of the focus (focusChanged comes after those events).
    connect(qApp, &QApplication::focusChanged, this, [this] {
        if (warningShown())
            m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(false);
    });
    connect(m_ui->playlistComboBox, &QComboBox::currentIndexChanged, this,
            &TagDialog::updatePlaylistRow);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TagDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TagDialog::reject);
    m_ui->labelComboBox->setFocus();
}

TagDialog::~TagDialog()
{
    // Before the form goes: the focus moves while the children are deleted.
    disconnect(qApp, nullptr, this, nullptr);
}

void TagDialog::setDurationMs(qint64 durationMs)
{
    m_durationMs = durationMs;
}

void TagDialog::setTag(const TagRecord& tag)
{
    setWindowTitle(tr("Edit a tag"));
    m_givenStartMs = tag.startMs;
    m_givenEndMs = tag.endMs;
    m_ui->fromLineEdit->setText(formatTime(tag.startMs));
    m_ui->toLineEdit->setText(formatTime(tag.endMs));
    m_ui->labelComboBox->setCurrentIndex(std::max(0, m_ui->labelComboBox->findData(tag.labelId)));
    m_ui->noteTextEdit->setPlainText(tag.note);
}

void TagDialog::setPlaylists(const QList<PlaylistRecord>& playlists)
{
    m_ui->playlistComboBox->clear();
    m_ui->playlistComboBox->addItem(tr("(none)"), qint64(0));
    for (const PlaylistRecord& p : playlists)
        m_ui->playlistComboBox->addItem(p.name, p.id);
    m_ui->playlistComboBox->addItem(tr("New playlist…"), NewPlaylist);
    m_ui->playlistCaptionLabel->setVisible(true);
    m_ui->playlistComboBox->setVisible(true);
    updatePlaylistRow();
}

void TagDialog::updatePlaylistRow()
{
    const bool isNew = playlistId() == NewPlaylist;
    m_ui->newPlaylistLineEdit->setVisible(isNew);
    if (isNew && isVisible())
        m_ui->newPlaylistLineEdit->setFocus();
}

void TagDialog::updateNoteWarning()
{
    const QString warning = TagService::personalDataWarning(note());
    m_ui->noteWarningLabel->setText(warning);
    m_ui->noteWarningLabel->setVisible(!warning.isEmpty());
    m_ui->errorLabel->setVisible(false);
    // Saving a note the warning is about must be a deliberate act: a click on "Save anyway" or
    // its Alt key. Enter, pressed to finish a field (the new playlist's name), no longer
    // confirms: the button is no default then, and keyPressEvent() swallows Enter.
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(warning.isEmpty() ? tr("OK") : tr("Save &anyway"));
    ok->setAutoDefault(warning.isEmpty());
    ok->setDefault(warning.isEmpty());
}

bool TagDialog::warningShown() const
{
    return !m_ui->noteWarningLabel->isHidden();
}

void TagDialog::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && warningShown()) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

std::optional<qint64> TagDialog::fieldMs(const QString& text, qint64 givenMs) const
{
    if (text.trimmed() == formatTime(givenMs))
        return givenMs;
    return parseTime(text);
}

qint64 TagDialog::startMs() const
{
    return fieldMs(m_ui->fromLineEdit->text(), m_givenStartMs).value_or(-1);
}

qint64 TagDialog::endMs() const
{
    return fieldMs(m_ui->toLineEdit->text(), m_givenEndMs).value_or(-1);
}

qint64 TagDialog::labelId() const
{
    const QString text = m_ui->labelComboBox->currentText().trimmed();
    if (text.isEmpty() || text == m_ui->labelComboBox->itemText(0))
        return 0;
    for (const TagLabel& l : m_labels) {
        if (l.name.compare(text, Qt::CaseInsensitive) == 0)
            return l.id;
    }
    return 0;
}

QString TagDialog::newLabelName() const
{
    const QString text = m_ui->labelComboBox->currentText().trimmed();
    if (text.isEmpty() || text == m_ui->labelComboBox->itemText(0) || labelId() != 0)
        return {};
    return text;
}

QString TagDialog::note() const
{
    return m_ui->noteTextEdit->toPlainText().trimmed();
}

qint64 TagDialog::playlistId() const
{
    return m_ui->playlistComboBox->isHidden() ? 0
                                              : m_ui->playlistComboBox->currentData().toLongLong();
}

QString TagDialog::newPlaylistName() const
{
    return playlistId() == NewPlaylist ? m_ui->newPlaylistLineEdit->text().trimmed() : QString();
}

void TagDialog::accept()
{
    const auto showError = [this](const QString& text) {
        m_ui->errorLabel->setText(text);
        m_ui->errorLabel->setVisible(true);
    };
    const auto start = fieldMs(m_ui->fromLineEdit->text(), m_givenStartMs);
    const auto end = fieldMs(m_ui->toLineEdit->text(), m_givenEndMs);
    if (!start || !end) {
        showError(tr("Write the times as minutes and seconds, e.g. 1:05.2."));
        (start ? m_ui->toLineEdit : m_ui->fromLineEdit)->setFocus();
        return;
    }
    if (*end <= *start) {
        showError(tr("The end must come after the start."));
        m_ui->toLineEdit->setFocus();
        return;
    }
    if (m_durationMs > 0 && *end > m_durationMs) {
        showError(tr("The call lasts %1; the tag must end by then.").arg(formatTime(m_durationMs)));
        m_ui->toLineEdit->setFocus();
        return;
    }
    if (playlistId() == NewPlaylist && newPlaylistName().isEmpty()) {
        showError(tr("Give the new playlist a name."));
        m_ui->newPlaylistLineEdit->setFocus();
        return;
    }
    // A note that looks like personal data was warned about while it was typed, and the
    // button says "Save anyway": clicking it (or its Alt key) is the confirmation. Enter never
    // gets here then (keyPressEvent()).
    QDialog::accept();
}

std::optional<qint64> TagDialog::save(Session& session, qint64 callId, qint64 tagId,
                                      Error* error) const
{
    TagService tags(session);
    qint64 label = labelId();
    if (!newLabelName().isEmpty()) {
        const auto added = tags.addLabel(newLabelName(), error);
        if (!added)
            return std::nullopt;
        label = *added;
    }
    if (tagId > 0) {
        if (!tags.edit(tagId, startMs(), endMs(), label, note(), error))
            return std::nullopt;
    } else {
        const auto added = tags.add(callId, startMs(), endMs(), label, note(), error);
        if (!added)
            return std::nullopt;
        tagId = *added;
    }
    qint64 playlist = playlistId();
    if (playlist == 0)
        return tagId;
    PlaylistService playlists(session);
    if (playlist == NewPlaylist) {
        const auto created = playlists.create(newPlaylistName(), error);
        if (!created)
            return std::nullopt;
        playlist = *created;
    }
    if (!playlists.addClip(playlist, tagId, {}, error))
        return std::nullopt;
    return tagId;
}

QString TagDialog::formatTime(qint64 ms)
{
    const qint64 tenths = std::max<qint64>(0, ms) / 100;
    return QStringLiteral("%1:%2.%3")
        .arg(tenths / 600)
        .arg((tenths / 10) % 60, 2, 10, QLatin1Char('0'))
        .arg(tenths % 10);
}

std::optional<qint64> TagDialog::parseTime(const QString& text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.isEmpty() || parts.size() > 3)
        return std::nullopt;
    double seconds = 0;
    for (int i = 0; i < parts.size(); ++i) {
        QString part = parts.at(i).trimmed();
        const bool last = i == parts.size() - 1;
        if (last)
            part.replace(QLatin1Char(','), QLatin1Char('.'));
        bool ok = false;
        const double value = last ? part.toDouble(&ok) : double(part.toUInt(&ok));
        if (!ok || value < 0 || std::isnan(value) || (i > 0 && value >= 60))
            return std::nullopt;
        seconds = seconds * 60 + value;
    }
    if (seconds > 24.0 * 3600)
        return std::nullopt;
    return qint64(std::llround(seconds * 1000));
}

} // namespace tallenne
