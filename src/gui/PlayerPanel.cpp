#include "gui/PlayerPanel.h"

#include "gui/LockGate.h"
#include "gui/PurposeDialog.h"
#include "gui/TagDialog.h"
#include "gui/WaveformWidget.h"
#include "gui/player/AudioEngine.h"
#include "services/PlaylistService.h"
#include "services/RegisterEvents.h"
#include "services/Session.h"
#include "services/TagService.h"
#include "services/audio/AudioDecoder.h"
#include "ui_PlayerPanel.h"

#include <QAudioDevice>
#include <QEvent>
#include <QHideEvent>
#include <QMediaDevices>
#include <QPointer>
#include <QShortcut>
#include <QSignalBlocker>

#include <algorithm>

namespace tallenne {

namespace {
constexpr qint64 SmallStepMs = 5000;
constexpr qint64 LargeStepMs = 30000;

QString clock(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

void PlayerPanel::changeEvent(QEvent* event)
{
    // The language switched at run time: the form, and what the code wrote into it.
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->titleLabel->setText(m_callId ? tr("Call %1").arg(m_callId) : tr("No call open"));
        m_ui->playPauseButton->setText(isPlaying() ? tr("Pause") : tr("Play"));
        for (int i = 0; i < m_ui->speedComboBox->count(); ++i)
            m_ui->speedComboBox->setItemText(
                i, tr("%1×").arg(
                       QLocale().toString(m_ui->speedComboBox->itemData(i).toDouble(), 'g', 3)));
        updateTimes();
        // Why a call cannot be played, said again in the new language.
        Error unplayable;
        if (m_unplayableCallId && !m_ui->messageLabel->isHidden() &&
            m_playback.knownUnplayable(m_unplayableCallId, &unplayable))
            m_ui->messageLabel->setText(openFailureText(m_unplayableCallId, unplayable));
    }
    QWidget::changeEvent(event);
}

PlayerPanel::PlayerPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PlayerPanel>()), m_session(session),
      m_playback(session)
{
    m_ui->setupUi(this);
    m_waveform = new WaveformWidget(this);
    m_waveform->setObjectName(QStringLiteral("waveformWidget"));
    m_ui->waveformLayout->addWidget(m_waveform);
    m_ui->messageLabel->setVisible(false);

    m_engine = new AudioEngine(this);
    m_engine->setVolume(double(m_ui->volumeSlider->value()) / 100.0);

    for (double rate : {0.5, 0.75, 1.0, 1.25, 1.5, 2.0})
        m_ui->speedComboBox->addItem(tr("%1×").arg(QLocale().toString(rate, 'g', 3)), rate);
    m_ui->speedComboBox->setCurrentIndex(2);
    m_ui->tagButton->setVisible(Permissions::allows(session.roles(), Permission::ManageTags));
    m_ui->playPauseButton->setEnabled(false);

    connect(m_ui->playPauseButton, &QPushButton::clicked, this, &PlayerPanel::togglePlay);
    connect(m_ui->speedComboBox, &QComboBox::currentIndexChanged, this,
            [this] { setRate(m_ui->speedComboBox->currentData().toDouble()); });
    connect(m_ui->volumeSlider, &QSlider::valueChanged, this,
            [this](int v) { m_engine->setVolume(double(v) / 100.0); });
    connect(m_ui->agentVolumeSlider, &QSlider::valueChanged, this,
            [this](int v) { m_engine->setLaneVolume(0, double(v) / 100.0); });
    connect(m_ui->customerVolumeSlider, &QSlider::valueChanged, this,
            [this](int v) { m_engine->setLaneVolume(1, double(v) / 100.0); });
    connect(m_ui->loopButton, &QPushButton::clicked, this, [this] { toggleLoop(); });
    connect(m_ui->skipSilenceButton, &QPushButton::toggled, this, [this](bool on) {
        m_engine->setSkipSilence(on);
        updateLanes();
    });
    connect(m_engine, &AudioEngine::loopChanged, this, [this](bool looping) {
        const QSignalBlocker block(m_ui->loopButton);
        m_ui->loopButton->setChecked(looping);
        m_waveform->setLoopRange(m_engine->loopRange());
    });
    connect(m_ui->tagButton, &QPushButton::clicked, this, &PlayerPanel::tagSelection);
    connect(m_waveform, &WaveformWidget::seekRequested, this, &PlayerPanel::seek);
    connect(m_engine, &AudioEngine::positionChanged, this, &PlayerPanel::onPositionChanged);
    connect(m_engine, &AudioEngine::playingChanged, this, &PlayerPanel::onPlayingChanged);
    connect(m_engine, &AudioEngine::rangeFinished, this, &PlayerPanel::clipFinished);
    connect(m_engine, &AudioEngine::errorOccurred, this,
            [this](const QString& text) { showMessage(text, true); });
    connect(m_engine, &AudioEngine::samplesComplete, this, [this] {
        drawWaveform();
        updateLanes(); // the silences to skip are known now
    });
    connect(m_engine, &AudioEngine::samplesFailed, this, &PlayerPanel::onSamplesFailed);
    // Tags changed anywhere in the console (the tag list, another player) show at once.
    connect(&session.events(), &RegisterEvents::tagsChanged, this, [this](qint64 callId) {
        if (m_callId && (callId == 0 || callId == m_callId))
            loadTags();
    });

    // The keys work wherever the focus is inside the panel.
    const auto bind = [this](QKeySequence keys, auto slot) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    bind(QKeySequence(Qt::Key_Space), [this] { togglePlay(); });
    bind(QKeySequence(Qt::Key_Right), [this] { seekBy(SmallStepMs); });
    bind(QKeySequence(Qt::Key_Left), [this] { seekBy(-SmallStepMs); });
    bind(QKeySequence(Qt::SHIFT | Qt::Key_Right), [this] { seekBy(LargeStepMs); });
    bind(QKeySequence(Qt::SHIFT | Qt::Key_Left), [this] { seekBy(-LargeStepMs); });
    bind(QKeySequence(Qt::Key_BracketLeft), [this] { m_waveform->markSelectionStart(); });
    bind(QKeySequence(Qt::Key_BracketRight), [this] { m_waveform->markSelectionEnd(); });
    bind(QKeySequence(Qt::Key_L), [this] { toggleLoop(); });
    bind(QKeySequence(Qt::Key_K), [this] { m_ui->skipSilenceButton->toggle(); });
    updateLanes();
}

PlayerPanel::~PlayerPanel()
{
    flushHeard();
    release();
}

bool PlayerPanel::audioOutputAvailable()
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

void PlayerPanel::setPurpose(PlaybackPurpose purpose, const QString& accessRequestId)
{
    m_purpose = purpose;
    m_accessRequestId = accessRequestId;
    m_session.setPlaybackPurpose(PlaybackPurposes::id(purpose), accessRequestId);
}

bool PlayerPanel::ensurePurpose()
{
    if (m_purpose)
        return true;
    // Declared in another player of this session: kept until the user logs out.
    if (const auto declared = PlaybackPurposes::fromId(m_session.playbackPurpose())) {
        m_purpose = declared;
        m_accessRequestId = m_session.playbackRequestId();
        return true;
    }
    if (PlaybackPurposes::allowedFor(m_session.roles()).isEmpty()) {
        showMessage(tr("Your roles do not allow playing recordings."), true);
        return false;
    }
    // On the heap, guarded: the lock may close it; nothing is played after a lock.
    const QPointer<PlayerPanel> self(this);
    ScopedDialog<PurposeDialog> dialog(m_session.roles(), this);
    const int result = dialog.exec();
    if (!self || !dialog || LockGate::instance().lockPending() || result != QDialog::Accepted ||
        !dialog->purpose())
        return false;
    setPurpose(*dialog->purpose(), dialog->accessRequestId());
    return true;
}

QString PlayerPanel::openFailureText(qint64 callId, const Error& error)
{
    // A missing or damaged file is the administrator's to settle: said, so a reviewer knows
    // whom to tell.
    return error.kind == ErrorKind::Damaged
               ? tr("The recording of call %1 cannot be played.").arg(callId) + QLatin1Char(' ') +
                     error.message + QLatin1Char(' ') +
                     tr("Tell an administrator: they check the register with "
                        "'tallenne-admin verify'.")
               : error.message;
}

void PlayerPanel::showOpenFailure(qint64 callId, const Error& error)
{
    showMessage(openFailureText(callId, error), true);
}

void PlayerPanel::openCall(qint64 callId)
{
    if (m_opening)
        return;
    // A call without a recording, or whose file is gone, is said so before a purpose is asked;
    // what plays goes on playing.
    Error unplayable;
    if (m_playback.knownUnplayable(callId, &unplayable)) {
        showOpenFailure(callId, unplayable);
        m_unplayableCallId = callId;
        return;
    }
    stop();
    // What was said of another call is not left beside the purpose dialog of this one.
    m_ui->messageLabel->setVisible(false);
    if (!ensurePurpose())
        return;
    m_opening = true;
    Error error;
    // The first chunk is decrypted and checked here; for a plain PCM WAV the rest follows in
    // the background while it already plays (PlaybackService::openForPlayer()).
    auto opened = m_playback.openForPlayer(callId, *m_purpose, &error, m_accessRequestId);
    if (!opened) {
        m_opening = false;
        showOpenFailure(callId, error);
        return;
    }
    m_engine->load(std::move(opened->samples));
    m_opened = std::move(opened->opened);
    m_callId = callId;
    m_durationMs = m_engine->durationMs() > 0 ? m_engine->durationMs() : m_opened->info.durationMs;
    m_ui->titleLabel->setText(tr("Call %1").arg(callId));
    m_waveform->setDurationMs(m_durationMs);
    updateTimes();
    updateLanes();
    loadTags();

    // The waveform is a help, not a condition: when it cannot be drawn the panel says so in a
    // note and the recording still plays. It is drawn once all of the samples are there.
    const QString waveformNote = m_engine->isFilling() ? QString() : drawWaveform();
    m_opening = false;
    if (!audioOutputAvailable()) {
        const QString noDevice =
            waveformNote.isEmpty()
                ? tr("No audio output device: playback is not possible on this machine. The "
                     "waveform is still shown.")
                : tr("No audio output device: playback is not possible on this machine.");
        showMessage(waveformNote.isEmpty() ? noDevice : noDevice + QLatin1Char(' ') + waveformNote,
                    true);
        emit callOpened(callId);
        return;
    }
    m_playable = true;
    m_ui->playPauseButton->setEnabled(true);
    m_waveform->setFocus();
    emit callOpened(callId);
}

QString PlayerPanel::drawWaveform()
{
    const DecodedAudio* samples = m_engine->audio();
    if (!m_opened || !samples)
        return {};
    Error error;
    const auto peaks = m_waveformSource ? m_waveformSource(*m_opened, *samples, &error)
                                        : m_playback.waveform(*m_opened, *samples, &error);
    if (!peaks) {
        const QString note =
            tr("The waveform cannot be drawn (%1); the recording still plays.").arg(error.message);
        showMessage(note, false);
        return note;
    }
    m_waveform->setPeaks(*peaks);
    if (m_durationMs <= 0) {
        m_durationMs = peaks->durationMs;
        updateTimes();
    }
    return {};
}

void PlayerPanel::onSamplesFailed(const QString& message)
{
    // What was played was authenticated chunk by chunk; nothing after the damage plays.
    flushHeard();
    release();
    showMessage(message, true);
}

void PlayerPanel::setWaveformSource(WaveformSource source)
{
    m_waveformSource = std::move(source);
}

void PlayerPanel::stop()
{
    m_engine->pause();
    flushHeard();
    release();
}

QVariantMap PlayerPanel::sessionState() const
{
    QVariantMap state;
    const auto range = [](const std::optional<std::pair<qint64, qint64>>& r) {
        return r ? QVariantList{r->first, r->second} : QVariantList{};
    };
    state.insert(QStringLiteral("speed"), m_ui->speedComboBox->currentIndex());
    state.insert(QStringLiteral("volume"), m_ui->volumeSlider->value());
    state.insert(QStringLiteral("agentVolume"), m_ui->agentVolumeSlider->value());
    state.insert(QStringLiteral("customerVolume"), m_ui->customerVolumeSlider->value());
    state.insert(QStringLiteral("skipSilence"), m_ui->skipSilenceButton->isChecked());
    if (m_callId <= 0)
        return state;
    state.insert(QStringLiteral("call"), m_callId);
    state.insert(QStringLiteral("position"), position());
    if (m_purpose)
        state.insert(QStringLiteral("purpose"), PlaybackPurposes::id(*m_purpose));
    state.insert(QStringLiteral("accessRequest"), m_accessRequestId);
    state.insert(QStringLiteral("selection"), range(m_waveform->selection()));
    state.insert(QStringLiteral("loop"), range(m_engine->loopRange()));
    return state;
}

void PlayerPanel::restoreSessionState(const QVariantMap& state)
{
    if (state.isEmpty())
        return;
    if (state.contains(QStringLiteral("speed")))
        m_ui->speedComboBox->setCurrentIndex(state.value(QStringLiteral("speed")).toInt());
    for (auto [key, slider] : {std::pair{"volume", m_ui->volumeSlider},
                               std::pair{"agentVolume", m_ui->agentVolumeSlider},
                               std::pair{"customerVolume", m_ui->customerVolumeSlider}})
        if (state.contains(QLatin1String(key)))
            slider->setValue(state.value(QLatin1String(key)).toInt());
    m_ui->skipSilenceButton->setChecked(state.value(QStringLiteral("skipSilence")).toBool());
    const qint64 call = state.value(QStringLiteral("call")).toLongLong();
    if (call <= 0)
        return;
    if (const auto purpose =
            PlaybackPurposes::fromId(state.value(QStringLiteral("purpose")).toString()))
        setPurpose(*purpose, state.value(QStringLiteral("accessRequest")).toString());
    openCall(call);
    if (m_callId != call)
        return;
    const QVariantList selection = state.value(QStringLiteral("selection")).toList();
    if (selection.size() == 2)
        m_waveform->setSelection(selection.at(0).toLongLong(), selection.at(1).toLongLong());
    const QVariantList loop = state.value(QStringLiteral("loop")).toList();
    if (loop.size() == 2 && m_engine->setLoop(loop.at(0).toLongLong(), loop.at(1).toLongLong()))
        m_ui->loopButton->setChecked(true);
    seek(state.value(QStringLiteral("position")).toLongLong());
}

void PlayerPanel::pause()
{
    m_engine->pause();
}

void PlayerPanel::release()
{
    m_playable = false;
    m_engine->unload(); // stops the background decryption, wipes the decoded audio
    m_opened.reset();
    m_callId = 0;
    m_durationMs = 0;
    m_waveform->clear();
    m_ui->playPauseButton->setEnabled(false);
    m_ui->playPauseButton->setText(tr("Play"));
    m_ui->titleLabel->setText(tr("No call open"));
    updateTimes();
    updateLanes();
}

void PlayerPanel::loadTags()
{
    if (!Permissions::allows(m_session.roles(), Permission::ReadTags))
        return;
    Error error;
    const auto tags = TagService(m_session).list(m_callId, &error);
    if (!tags) {
        showMessage(error.message, true);
        return;
    }
    QList<WaveformWidget::TagRange> ranges;
    for (const TagRecord& t : *tags)
        ranges.append({t.startMs, t.endMs, t.label.isEmpty() ? t.note.left(30) : t.label});
    m_waveform->setTags(ranges);
}

void PlayerPanel::tagSelection()
{
    const auto selection = m_waveform->selection();
    if (!m_callId || !selection) {
        showMessage(tr("Select a range first: drag over the waveform, or press [ and ] at the "
                       "playhead."),
                    false);
        return;
    }
    Error error;
    const auto labels = TagService(m_session).labels(&error);
    const auto playlists = labels ? PlaylistService(m_session).list(&error) : std::nullopt;
    if (!labels || !playlists) {
        showMessage(error.message, true);
        return;
    }
    // Clips go only into the user's own playlists.
    QList<PlaylistRecord> own;
    for (const PlaylistRecord& p : *playlists) {
        if (p.createdBy == m_session.userName())
            own.append(p);
    }
    const QPointer<PlayerPanel> self(this);
    ScopedDialog<TagDialog> dialog(*labels, selection->first, selection->second, this);
    dialog->setDurationMs(m_durationMs);
    dialog->setPlaylists(own);
    const int result = dialog.exec();
    // A tag the lock interrupted is not saved: the dialog's answer was not given.
    if (!self || !dialog || LockGate::instance().lockPending() || result != QDialog::Accepted)
        return;
    const auto saved = dialog->save(m_session, m_callId, 0, &error);
    if (saved)
        m_waveform->clearSelection();
    else
        showMessage(error.message, true); // what was saved already shows (tagsChanged)
}

void PlayerPanel::showMessage(const QString& text, bool isError)
{
    m_unplayableCallId = 0;
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
    if (isError)
        emit errorOccurred(text);
}

QString PlayerPanel::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

bool PlayerPanel::isPlaying() const
{
    return m_engine->isPlaying();
}

qint64 PlayerPanel::position() const
{
    return m_engine->positionMs();
}

void PlayerPanel::togglePlay()
{
    if (!m_callId)
        return;
    // Checked again at every press: a device may have gone since the call was opened.
    if (!m_playable || !audioOutputAvailable()) {
        showMessage(tr("No audio output device: playback is not possible on this machine. The "
                       "waveform is still shown."),
                    true);
        return;
    }
    if (isPlaying())
        m_engine->pause();
    else
        m_engine->play();
}

void PlayerPanel::playRange(qint64 startMs, qint64 endMs)
{
    if (!m_playable)
        return;
    // Exact at once, even right after openCall(): the samples are already in memory.
    m_engine->playRange(startMs, endMs);
}

void PlayerPanel::toggleLoop()
{
    if (m_engine->isLooping()) {
        m_engine->clearLoop();
        return;
    }
    const auto selection = m_waveform->selection();
    if (!m_callId || !selection || !m_engine->setLoop(selection->first, selection->second)) {
        m_ui->loopButton->setChecked(false);
        showMessage(tr("Select a range first to loop it: drag over the waveform, or press [ and "
                       "] at the playhead."),
                    false);
        return;
    }
    m_ui->messageLabel->setVisible(false);
}

void PlayerPanel::updateLanes()
{
    // Two lanes only in a stereo recording (agent left, customer right); a mono one is a
    // single mix that has no lanes to set apart.
    const bool lanes = m_engine->channels() == 2;
    for (QWidget* w : {static_cast<QWidget*>(m_ui->agentVolumeLabel),
                       static_cast<QWidget*>(m_ui->agentVolumeSlider),
                       static_cast<QWidget*>(m_ui->customerVolumeLabel),
                       static_cast<QWidget*>(m_ui->customerVolumeSlider)})
        w->setEnabled(lanes);
    m_ui->loopButton->setEnabled(m_callId != 0);
    m_ui->skipSilenceButton->setEnabled(m_callId != 0);
    m_ui->tagButton->setEnabled(m_callId != 0); // a moment of a call, once one is open
    m_waveform->setSkippedRanges(m_engine->skipsSilence() && m_engine->isLoaded()
                                     ? m_engine->silentStretches()
                                     : QList<std::pair<qint64, qint64>>{});
}

void PlayerPanel::seekBy(qint64 deltaMs)
{
    seek(position() + deltaMs);
}

void PlayerPanel::seek(qint64 ms)
{
    if (!m_callId)
        return;
    m_engine->seek(std::clamp<qint64>(ms, 0, std::max<qint64>(0, m_durationMs)));
    onPositionChanged(m_engine->positionMs());
}

void PlayerPanel::setRate(double rate)
{
    m_rate = rate;
    m_engine->setRate(rate);
}

void PlayerPanel::onPositionChanged(qint64 position)
{
    m_waveform->setPosition(position);
    updateTimes();
}

void PlayerPanel::onPlayingChanged(bool playing)
{
    m_ui->playPauseButton->setText(playing ? tr("Pause") : tr("Play"));
    emit playingChanged(playing);
}

void PlayerPanel::hideEvent(QHideEvent* event)
{
    // Another page or tab took the place of this one: nobody hears it any more. (A window
    // minimised by the window system is a spontaneous hide and keeps playing.)
    if (!event->spontaneous())
        m_engine->pause();
    QWidget::hideEvent(event);
}

QList<HeardRange> PlayerPanel::heardSoFar() const
{
    return m_engine->heard();
}

void PlayerPanel::flushHeard()
{
    const QList<HeardRange> heard = m_engine->takeHeard();
    if (heard.isEmpty() || !m_callId || !m_purpose)
        return;
    Error error;
    if (!m_playback.recordHeard(m_callId, heard, *m_purpose, &error, m_accessRequestId))
        showMessage(error.message, true);
}

void PlayerPanel::updateTimes()
{
    m_ui->elapsedLabel->setText(clock(position()));
    m_ui->totalLabel->setText(clock(m_durationMs));
}

} // namespace tallenne
