#pragma once

#include "services/PlaybackService.h"

#include <QVariantMap>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class PlayerPanel;
}

namespace tallenne {

class AudioEngine;
class Session;
class WaveformWidget;

/// Plays one call's recording beside the call list. The recording is decrypted by
/// PlaybackService into memory, decoded there to PCM and played by an AudioEngine through
/// QAudioSink (never a file). Space plays and pauses, the arrow keys move 5 s (with Shift
/// 30 s), a click on the waveform seeks, `[` and `]` select a range (for a tag or a loop), `L`
/// loops the selection and `K` skips silence. Each lane (agent, customer) has its own volume.
/// The first playback of a session asks for the purpose; the ranges heard, with their speeds,
/// are audited when the call is closed.
///
/// Only one recording sounds in the console: playing here pauses every other player, and a
/// panel that is hidden (another page shown) pauses. Without an audio output device the panel
/// says so, still draws the waveform and moves the cursor, and never starts the device. A
/// waveform that cannot be drawn is a note, never a reason not to play.
class PlayerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerPanel(Session& session, QWidget* parent = nullptr);
    ~PlayerPanel() override;

    /// Decrypts and opens the call's recording; asks for the purpose first if the session has
    /// none yet. Problems are shown in the panel and emitted as errorOccurred().
    void openCall(qint64 callId);
    /// Stops, audits what was heard and wipes the decrypted audio from memory.
    void stop();
    /// Pauses where it is, keeping the call open (a playlist's Stop).
    void pause();
    /// Plays [startMs, endMs) of the open call and emits clipFinished() at its end.
    void playRange(qint64 startMs, qint64 endMs);
    void togglePlay();
    void seek(qint64 ms);
    void seekBy(qint64 deltaMs);
    /// Loops the waveform's selection (L and the Loop button), or ends the loop.
    void toggleLoop();

    /// What a lock must not lose: the open call, the position, the purpose, the speed, the
    /// volumes, the selection, the loop and skip-silence. restoreSessionState() reopens the
    /// call with it (the purpose given before the lock holds, so nothing is asked again).
    [[nodiscard]] QVariantMap sessionState() const;
    void restoreSessionState(const QVariantMap& state);

    /// Sets the session's purpose without asking (the lead's own flows and tests).
    void setPurpose(PlaybackPurpose purpose, const QString& accessRequestId = {});
    /// This player's purpose, given by where it is (the Evaluate tab plays for quality review):
    /// not asked for, and the session's declared purpose is left as it is.
    void presetPurpose(PlaybackPurpose purpose)
    {
        m_purpose = purpose;
        m_accessRequestId.clear();
    }
    [[nodiscard]] std::optional<PlaybackPurpose> purpose() const { return m_purpose; }
    [[nodiscard]] QString accessRequestId() const { return m_accessRequestId; }

    [[nodiscard]] qint64 callId() const { return m_callId; }
    [[nodiscard]] bool isPlaying() const;
    /// The position the audio device has played out up to (exact to the sample).
    [[nodiscard]] qint64 position() const;
    [[nodiscard]] double playbackRate() const { return m_rate; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] WaveformWidget* waveform() const { return m_waveform; }
    /// The engine that plays (tests capture its samples through AudioEngine::setTap()).
    [[nodiscard]] AudioEngine* engine() const { return m_engine; }
    /// The ranges heard since the call was opened (not yet audited).
    [[nodiscard]] QList<HeardRange> heardSoFar() const;

    /// Where the waveform comes from; by default PlaybackService::waveform(). A test seam:
    /// the panel must play whether or not the waveform can be made.
    /// It is asked once all of the samples are there (they may still be decrypted in the
    /// background when the call opens).
    using WaveformSource = std::function<std::optional<WaveformPeaks>(const OpenedRecording&,
                                                                      const DecodedAudio&, Error*)>;
    void setWaveformSource(WaveformSource source);

    /// True when the system has an audio output (QMediaDevices::audioOutputs()).
    [[nodiscard]] static bool audioOutputAvailable();

signals:
    void errorOccurred(const QString& message);
    void callOpened(qint64 callId);
    void playingChanged(bool playing);
    void clipFinished();

protected:
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    bool ensurePurpose();
    void release();
    /// Draws the waveform of the open call (all samples there); the note to show when it
    /// cannot be drawn, or an empty string.
    QString drawWaveform();
    /// The background decryption found damage: stop, audit what was heard, wipe, say so.
    void onSamplesFailed(const QString& message);
    void loadTags();
    void tagSelection();
    void showMessage(const QString& text, bool isError);
    /// Why the recording of the call cannot be played, and for damage whom to tell.
    void showOpenFailure(qint64 callId, const Error& error);
    [[nodiscard]] static QString openFailureText(qint64 callId, const Error& error);
    void setRate(double rate);
    void onPositionChanged(qint64 position);
    void onPlayingChanged(bool playing);
    void flushHeard();
    void updateTimes();
    /// The lane volumes apply to a stereo recording only; loop and skip to an open one.
    void updateLanes();

    std::unique_ptr<Ui::PlayerPanel> m_ui;
    Session& m_session;
    PlaybackService m_playback;
    WaveformSource m_waveformSource;
    WaveformWidget* m_waveform = nullptr;
    // Holds the decoded audio (and wipes it when the call is closed).
    AudioEngine* m_engine = nullptr;
    bool m_playable = false;
    bool m_opening = false;

    std::optional<OpenedRecording> m_opened; // the open call's facts (no audio)
    qint64 m_callId = 0;
    qint64 m_unplayableCallId = 0; ///< the call whose message says why it cannot be played
    qint64 m_durationMs = 0;
    double m_rate = 1.0;
    std::optional<PlaybackPurpose> m_purpose;
    QString m_accessRequestId;
};

} // namespace tallenne
