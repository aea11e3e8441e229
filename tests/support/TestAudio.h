#pragma once

// Generated audio and calls with recordings for the playback, coaching and player tests.

#include "services/Session.h"
#include "services/keys/FieldCrypto.h"
#include "storage/RecordingStore.h"
#include "storage/TransactionGuard.h"

#include <QByteArray>
#include <QDataStream>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <optional>

namespace tallenne::test {

/// A 16-bit PCM WAV: a sine tone at `left` amplitude on channel 0 (agent) and `right` on
/// channel 1 (customer); mono when `channels` is 1.
inline QByteArray toneWav(int milliseconds, int sampleRate = 8000, int channels = 2,
                          double left = 0.8, double right = 0.25, double frequency = 440.0)
{
    const qint64 frames = qint64(milliseconds) * sampleRate / 1000;
    QByteArray pcm;
    pcm.reserve(qsizetype(frames * channels * 2));
    QDataStream samples(&pcm, QIODevice::WriteOnly);
    samples.setByteOrder(QDataStream::LittleEndian);
    for (qint64 i = 0; i < frames; ++i) {
        const double s = std::sin(2.0 * M_PI * frequency * double(i) / sampleRate);
        samples << qint16(std::lround(s * left * 32767.0));
        if (channels == 2)
            samples << qint16(std::lround(s * right * 32767.0));
    }
    QByteArray wav;
    QDataStream header(&wav, QIODevice::WriteOnly);
    header.setByteOrder(QDataStream::LittleEndian);
    header.writeRawData("RIFF", 4);
    header << quint32(36 + pcm.size());
    header.writeRawData("WAVEfmt ", 8);
    header << quint32(16) << quint16(1) << quint16(channels) << quint32(sampleRate)
           << quint32(sampleRate * channels * 2) << quint16(channels * 2) << quint16(16);
    header.writeRawData("data", 4);
    header << quint32(pcm.size());
    return wav + pcm;
}

/// A stereo 16-bit WAV that looks like a conversation on the waveform: agent (left) and
/// customer (right) take turns of a few seconds, with a syllable-like envelope.
inline QByteArray conversationWav(int milliseconds, int sampleRate = 8000)
{
    const qint64 frames = qint64(milliseconds) * sampleRate / 1000;
    QByteArray pcm;
    QDataStream samples(&pcm, QIODevice::WriteOnly);
    samples.setByteOrder(QDataStream::LittleEndian);
    for (qint64 i = 0; i < frames; ++i) {
        const double t = double(i) / sampleRate;
        const int turn = int(t / 4.5);
        const bool agent = turn % 2 == 0;
        const double syllable = std::pow(std::abs(std::sin(M_PI * t * 3.1 + turn)), 2.0);
        const double phrase = 0.55 + 0.4 * std::sin(t * 0.9 + turn * 1.7);
        const double gap = std::fmod(t, 4.5) > 4.0 ? 0.05 : 1.0;
        const double voice =
            std::sin(2.0 * M_PI * (agent ? 180.0 : 230.0) * t) * syllable * phrase * gap;
        samples << qint16(std::lround(voice * (agent ? 0.85 : 0.12) * 32767.0))
                << qint16(std::lround(voice * (agent ? 0.1 : 0.7) * 32767.0));
    }
    QByteArray wav;
    QDataStream header(&wav, QIODevice::WriteOnly);
    header.setByteOrder(QDataStream::LittleEndian);
    header.writeRawData("RIFF", 4);
    header << quint32(36 + pcm.size());
    header.writeRawData("WAVEfmt ", 8);
    header << quint32(16) << quint16(1) << quint16(2) << quint32(sampleRate)
           << quint32(sampleRate * 4) << quint16(4) << quint16(16);
    header.writeRawData("data", 4);
    header << quint32(pcm.size());
    return wav + pcm;
}

/// Inserts a call with its encrypted recording, stored with `info` (codec, channels, rate,
/// duration) as an import would have found them. Returns the call's id.
/// A stored recording's file key sealed under the recordings key, as the importers seal it.
inline std::optional<QByteArray> sealRecordingKey(Session& session, const StoredRecording& stored,
                                                  Error* error)
{
    return FieldCrypto(session).seal(
        Capability::Recordings,
        QByteArrayView(stored.key.constChars(), qsizetype(stored.key.size())),
        RecordingStore::keyPlace(stored.fileName), error);
}

/// A recording's audio read with the session's recordings key (PermissionDenied without it).
inline std::optional<QByteArray> readRecording(Session& session, qint64 recordingId, Error* error)
{
    FieldCrypto crypto(session);
    RecordingStore store(session.paths().recordings(), session.db(), session.clock());
    return store.read(
        recordingId,
        [&crypto](const QByteArray& sealed, QByteArrayView place, Error* e) {
            return crypto.open(Capability::Recordings, sealed, place, e);
        },
        error);
}

inline std::optional<qint64> addCall(Session& session, const QString& sourceId,
                                     const QByteArray& audio, const AudioInfo& info,
                                     bool restricted = false);

/// Inserts a call (and, when `audio` is not empty, its encrypted recording, stored as 8 kHz
/// pcm_s16le) straight into the register, as an import would. Returns the call's id.
inline std::optional<qint64> addCall(Session& session, const QString& sourceId,
                                     const QByteArray& audio, bool restricted = false,
                                     int durationMs = 0, int channels = 2)
{
    return addCall(session, sourceId, audio,
                   AudioInfo{QStringLiteral("pcm_s16le"), channels, 8000, durationMs}, restricted);
}

inline std::optional<qint64> addCall(Session& session, const QString& sourceId,
                                     const QByteArray& audio, const AudioInfo& info,
                                     bool restricted)
{
    TransactionGuard transaction(session.db());
    QSqlQuery q(session.db());
    q.prepare(QStringLiteral("INSERT INTO calls (source_id, started_at, direction, disposition,"
                             " restricted) VALUES (?, ?, 'inbound', 'ANSWERED', ?)"));
    q.addBindValue(sourceId);
    q.addBindValue(session.clock().nowUtc().toSecsSinceEpoch());
    q.addBindValue(restricted ? 1 : 0);
    if (!q.exec()) {
        qWarning("addCall: %s", qPrintable(q.lastError().text()));
        return std::nullopt;
    }
    const qint64 callId = q.lastInsertId().toLongLong();
    Error error;
    if (!audio.isEmpty()) {
        RecordingStore store(session.paths().recordings(), session.db(), session.clock());
        auto stored = store.write(audio, &error);
        auto sealed = stored ? sealRecordingKey(session, *stored, &error) : std::nullopt;
        if (!sealed || !store.insertRow(callId, *stored, info, *sealed, &error)) {
            qWarning("addCall: %s", qPrintable(error.message));
            return std::nullopt;
        }
    }
    if (!transaction.commit(&error))
        return std::nullopt;
    return callId;
}

} // namespace tallenne::test
