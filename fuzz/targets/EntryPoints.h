#pragma once

// The entry points the fuzz targets drive, one function per reader of outside input, shared
// with the normal test suite (tests/core/tst_fuzzregressions.cpp feeds every input kept in
// fuzz/regressions/TARGET/ through the same function). Each reads `input` the way the program
// does and returns what promise of the code under test broke, or an empty string: a refusal of
// bad input is no broken promise, a crash or a sanitizer report is one by itself.

#include "core/AsteriskCdr.h"
#include "core/ChatJsonl.h"
#include "core/CsvReader.h"
#include "core/RegisterProfile.h"
#include "core/Scorecard.h"
#include "crypto/KeySlotFile.h"
#include "services/audio/AudioDecoder.h"
#include "services/audio/AudioProbe.h"
#include "services/audit/SignedHead.h"

#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <QTimeZone>

namespace tallenne::fuzz {

/// Asterisk cdr_csv: CsvReader over the bytes after the first, each record through
/// AsteriskCdr::parse and map(), as ImportService::importAsterisk reads a file. The first
/// byte picks the options (UTC or Europe/Helsinki; a fixed layout or detection).
inline QString asteriskCdr(const QByteArray& input)
{
    if (input.isEmpty())
        return {};
    const auto options = uchar(input.at(0));
    QByteArray text = input.mid(1);
    QBuffer device(&text);
    device.open(QIODevice::ReadOnly);
    CdrTimeOptions time;
    time.utc = options & 1;
    time.zone = QTimeZone("Europe/Helsinki");
    std::optional<CdrLayout> layout;
    if (options & 2) {
        const QList<CdrLayout> all = CdrLayout::all();
        layout = all.at((options >> 2) % all.size());
    }
    CsvReader reader(device);
    CsvRecord record;
    QString reason;
    for (int rows = 0; rows < 10000; ++rows) {
        const auto result = reader.next(&record, &reason);
        if (result == CsvReader::Result::End)
            break;
        if (result == CsvReader::Result::Bad) {
            if (reason.isEmpty())
                return QStringLiteral("a bad record without a reason");
            continue;
        }
        if (record.fields.size() > CsvReader::MaxFields ||
            record.raw.size() > CsvReader::MaxRecordBytes)
            return QStringLiteral("a record past the reader's limits");
        for (const CsvField& f : record.fields) {
            if (f.value.size() > CsvReader::MaxFieldBytes)
                return QStringLiteral("a field past the reader's limit");
        }
        const auto cdr = AsteriskCdr::parse(record, time, &reason, layout);
        if (!cdr) {
            if (reason.isEmpty())
                return QStringLiteral("a refused row without a reason");
            continue;
        }
        if (!cdr->start.isValid() || !cdr->end.isValid() || cdr->duration < 0 || cdr->billsec < 0)
            return QStringLiteral("an accepted row without its times");
        (void)AsteriskCdr::map(*cdr, CdrMappingOptions{});
        (void)cdr->callerName();
        (void)cdr->conversation();
        (void)AsteriskCdr::dispositionName(cdr->disposition);
    }
    return {};
}

/// Chats JSON Lines: ChatJsonl::parseLine on one line, as ImportService::importChats gives it
/// each line.
inline QString chatJsonl(const QByteArray& line)
{
    QString reason;
    const auto chat = ChatJsonl::parseLine(line, &reason);
    if (!chat)
        return reason.isEmpty() ? QStringLiteral("a refused line without a reason") : QString();
    if (chat->id.isEmpty() || chat->id.size() > ChatJsonl::MaxShortChars ||
        !chat->started.isValid() || chat->messages.size() > ChatJsonl::MaxMessages)
        return QStringLiteral("an accepted chat past its limits");
    if (chat->ended.isValid() && chat->ended < chat->started)
        return QStringLiteral("an accepted chat that ended before it started");
    for (const ChatMessageRecord& m : chat->messages) {
        if (m.text.size() > ChatJsonl::MaxMessageChars || !m.time.isValid())
            return QStringLiteral("an accepted message past its limits");
    }
    (void)ChatJsonl::channelName(chat->channel);
    return {};
}

/// The register profile (`profile set FILE`, the console's Load, the stored profile), under
/// both rule sets.
inline QString registerProfile(const QByteArray& json)
{
    for (const auto rules :
         {RegisterProfile::Rules::ForNewVersion, RegisterProfile::Rules::AsStored}) {
        QStringList warnings;
        Error error;
        if (!RegisterProfile::parse(json, &warnings, &error, rules) && error.message.isEmpty())
            return QStringLiteral("a refused profile without a reason");
    }
    return {};
}

/// Scorecards (`scorecard import FILE`, the console's import): an accepted definition comes
/// back the same from its own toJson(). Also the stored answers' JSON.
inline QString scorecard(const QByteArray& json)
{
    Error error;
    const auto definition = ScorecardDefinition::fromJson(json, &error);
    if (!definition) {
        if (error.message.isEmpty())
            return QStringLiteral("a refused scorecard without a reason");
    } else {
        Error again;
        const auto back = ScorecardDefinition::fromJson(definition->toJson(), &again);
        if (!back || !(*back == *definition))
            return QStringLiteral("fromJson(toJson()) is not the same scorecard");
    }
    (void)answersFromJson(json);
    return {};
}

/// keyslots.json, as every login reads it (KeySlotFile::load checks the size first).
inline QString keySlots(const QByteArray& json)
{
    Error error;
    if (!KeySlotFile::fromJson(json, &error) && error.message.isEmpty())
        return QStringLiteral("a refused key slot file without a reason");
    return {};
}

/// The kept audit head (`audit verify --head FILE`), and its signature check when accepted.
inline QString auditHead(const QByteArray& json)
{
    Error error;
    const auto head = SignedHead::fromJson(json, &error);
    if (!head)
        return error.message.isEmpty() ? QStringLiteral("a refused head without a reason")
                                       : QString();
    (void)head->signatureValid();
    return {};
}

/// Recordings: AudioProbe::inspect as the Asterisk import reads each file, under a name the
/// first byte picks (the raw Asterisk formats are told by their extension). What the probe
/// accepts, the player's decoder reads whole, with the channels, rate and duration stored.
inline QString audioProbe(const QByteArray& input)
{
    if (input.isEmpty())
        return {};
    static const char* const names[] = {"x.wav", "x.WAV",   "x.gsm",  "x.ulaw", "x.alaw", "x.vox",
                                        "x.sln", "x.sln16", "x.g729", "x.flac", "x.ogg",  "x.mp3",
                                        "x.au",  "x.aiff",  "x.raw",  "x.bin"};
    const QString name = QString::fromLatin1(names[uchar(input.at(0)) % 16]);
    const QByteArray bytes = input.mid(1);
    Error error;
    const auto inspected = AudioProbe::inspect(bytes, name, &error);
    if (!inspected)
        return error.message.isEmpty() ? QStringLiteral("a refused recording without a reason")
                                       : QString();
    const AudioInfo& info = inspected->info;
    if (!AudioDecoder::playableProblem(info.channels, info.sampleRate, 0).isEmpty() ||
        info.durationMs < 0 || info.durationMs > AudioDecoder::MaxSeconds * 1000)
        return QStringLiteral("an accepted recording outside the limits");
    const QByteArray stored = inspected->repaired.isEmpty() ? bytes : inspected->repaired;
    const auto decoded = AudioDecoder::decode(stored, info, &error);
    if (!decoded)
        return QStringLiteral("an accepted recording does not decode: ") + error.message;
    if (decoded->channels != info.channels || decoded->sampleRate != info.sampleRate ||
        decoded->durationMs() != info.durationMs)
        return QStringLiteral("the decoder does not read what the probe stored (%1 ms, %2 ms)")
            .arg(info.durationMs)
            .arg(decoded->durationMs());
    return {};
}

} // namespace tallenne::fuzz
