#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "crypto/KeyRing.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace tallenne {

/// A demo recording in memory: a FLAC file (16-bit PCM WAV where FLAC cannot be written),
/// the agent on the left lane and the customer on the right.
struct DemoClip
{
    QByteArray wav; ///< the file's bytes, in the format `codec` names
    QString codec;  ///< "flac" or "pcm_s16le"
    bool english = false;
    int channels = 2;
    int sampleRate = 8000;
    qint64 durationMs = 0;
    /// Where each turn is spoken, [start, end) in ms, in order (agent's turns first, then
    /// in turn): the coaching moments of the demo are cut at these, never on a hold.
    QList<std::pair<qint64, qint64>> turnsMs;
};

/// What a demo fill produced, with its speed.
struct DemoFillResult
{
    int calls = 0;
    int recordings = 0;
    int chats = 0;
    int messages = 0;
    int subjects = 0;
    int restrictedSubjects = 0;
    double callsPerSecond = 0;
    double chatsPerSecond = 0;
    bool speech = false; ///< false when espeak-ng was missing and tones stand in
    /// The spoken turns of each recorded call (see DemoClip::turnsMs), by call id.
    QHash<qint64, QList<std::pair<qint64, qint64>>> turnsByCall;
};

/// Realistic Finnish and English contact-centre data for a new demo register: agents, queues,
/// service numbers, identified customers (fictional names, valid temporary identity codes,
/// example.com addresses), calls over the last 15 months (most in the last three) with
/// recordings, and chats.
/// Everything goes through the repositories and the recording store, so nothing of it
/// reaches the disk in clear.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    using Progress = std::function<void(const QString&)>;

    /// Fills the register's tables (in batches of transactions) and its recordings folder,
    /// identifiers sealed and indexed with `keys` (the first administrator's: all of them).
    [[nodiscard]] static std::optional<DemoFillResult>
    fill(QSqlDatabase db, const KeyRing& keys, const QString& recordingsDir, const Clock& clock,
         int calls, int chats, quint32 seed, const Progress& progress, Error* error);

    /// Sixteen conversations, synthesised once with espeak-ng (read from its standard output,
    /// never through a file): stereo, the agent and the customer each with their own voice on
    /// their own lane, from about 15 s to about 2 minutes (half of them with the customer on
    /// hold), Finnish and English in turn, at most `maxConversations` of them. Tones and noise
    /// when espeak-ng is missing (`*speech` then false).
    [[nodiscard]] static QList<DemoClip> makeClips(bool* speech, int maxConversations = 1000);

    /// A 16-bit PCM WAV in memory.
    [[nodiscard]] static QByteArray wav(const QList<qint16>& interleaved, int channels,
                                        int sampleRate);
};

} // namespace tallenne
