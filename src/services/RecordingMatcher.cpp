#include "services/RecordingMatcher.h"

#include "services/audio/AudioProbe.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace tallenne {

namespace {

// A recording starts within its leg: from a little before the leg's start (the file is named
// when MixMonitor starts, the CDR's start is the channel's) to a little after its end.
constexpr qint64 slackSecs = 5;
// A header without sizes and audio this much shorter than the leg: still being written.
constexpr qint64 shortByFarMs = 5000;

// FreePBX's names carry the start as YYYYMMDD-HHMMSS in the PBX's local time.
std::optional<QDateTime> timeInName(const QString& name, const CdrTimeOptions& time)
{
    static const QRegularExpression stamp(
        QStringLiteral("(?:^|[^0-9])(\\d{8})-(\\d{6})(?:[^0-9]|$)"));
    const auto m = stamp.match(name);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd"));
    const QTime clock = QTime::fromString(m.captured(2), QStringLiteral("HHmmss"));
    if (!date.isValid() || !clock.isValid())
        return std::nullopt;
    const QDateTime wall(date, clock, Qt::UTC);
    return time.utc ? wall : AsteriskCdr::localToUtc(wall, time.zone);
}

} // namespace

std::optional<RecordingMatcher> RecordingMatcher::scan(const QString& folder,
                                                       const QString& pattern,
                                                       const CdrTimeOptions& time, Error* error)
{
    std::optional<QRegularExpression> re;
    if (!pattern.isEmpty()) {
        re = QRegularExpression(pattern);
        if (!re->isValid()) {
            fail(error, ErrorKind::Usage,
                 tr("--recording-pattern is not a valid regular expression: %1")
                     .arg(re->errorString()));
            return std::nullopt;
        }
        if (!re->namedCaptureGroups().contains(QStringLiteral("uniqueid"))) {
            fail(error, ErrorKind::Usage,
                 tr("--recording-pattern needs a named group (?<uniqueid>…)"));
            return std::nullopt;
        }
    }
    if (!QFileInfo(folder).isDir()) {
        fail(error, ErrorKind::InputRejected,
             tr("%1 is not a folder").arg(QDir::toNativeSeparators(folder)));
        return std::nullopt;
    }
    RecordingMatcher matcher;
    matcher.m_customPattern = re.has_value();
    // The uniqueid at the end of the name: `…-1714647600.71.wav`, `…-pbx1-1714975200.7.WAV`.
    static const QRegularExpression trailing(QStringLiteral("(?:^|-)([0-9]{9,11}\\.[0-9]+)$"));
    // FreePBX keeps recordings in YYYY/MM/DD folders below the monitor folder.
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        RecordingFile file;
        file.path = path;
        file.name = info.fileName();
        if (re) {
            const auto match = re->match(file.name);
            if (!match.hasMatch())
                continue;
            file.uniqueId = match.captured(QStringLiteral("uniqueid"));
        } else {
            const QString stem = info.completeBaseName(); // all but the last suffix
            const auto match = trailing.match(stem);
            if (!match.hasMatch())
                continue;
            file.uniqueId = stem; // the full stem: the leg's uniqueid must end it
        }
        if (file.uniqueId.isEmpty())
            continue;
        file.at = timeInName(file.name, time);
        const QString core = re ? AsteriskCdr::uniqueIdCore(file.uniqueId)
                                : trailing.match(file.uniqueId).captured(1);
        matcher.m_byCore[core].append(file);
        ++matcher.m_files;
    }
    for (auto& files : matcher.m_byCore) {
        std::sort(files.begin(), files.end(),
                  [](const RecordingFile& a, const RecordingFile& b) { return a.path < b.path; });
    }
    return matcher;
}

RecordingMatcher::Match RecordingMatcher::find(const CdrRecord& leg,
                                               const QSet<QString>& taken) const
{
    const QString id = !leg.uniqueId.isEmpty() ? leg.uniqueId : leg.linkedId;
    Match match;
    if (id.isEmpty())
        return match;
    const QString core = AsteriskCdr::uniqueIdCore(id);
    QList<RecordingFile> named;
    for (const RecordingFile& f : m_byCore.value(core)) {
        if (taken.contains(f.path))
            continue;
        const bool fits = m_customPattern
                              ? (f.uniqueId == id || f.uniqueId == core)
                              : (f.uniqueId == id || f.uniqueId.endsWith(QLatin1Char('-') + id));
        if (fits)
            named << f;
    }
    if (named.isEmpty())
        return match;
    // Files whose names carry a time: the one that started within the leg, closest to its
    // start. A file from outside the leg belongs to another leg. The names may be in another
    // zone than the CDR (usegmtime=yes beside local file names): whole hours are forgiven.
    QList<RecordingFile> timed, untimed;
    for (const RecordingFile& f : named)
        (f.at ? timed : untimed) << f;
    std::optional<RecordingFile> best;
    qint64 bestDistance = 0;
    const qint64 legSecs = leg.start.secsTo(leg.end);
    for (const RecordingFile& f : timed) {
        // The file's start relative to the leg's, shifted by the whole hours that bring it
        // nearest to the leg.
        const qint64 offset = leg.start.secsTo(*f.at);
        const qint64 hours = (offset + (offset >= 0 ? 1800 : -1800)) / 3600;
        const qint64 shifted = std::abs(hours) <= 14 ? offset - hours * 3600 : offset;
        if (shifted < -slackSecs || shifted > legSecs + slackSecs) {
            match.outOfTime << f;
            continue;
        }
        if (!best || std::abs(shifted) < bestDistance) {
            best = f;
            bestDistance = std::abs(shifted);
        }
    }
    if (best) {
        match.file = best;
        match.outOfTime.clear();
        return match;
    }
    if (untimed.size() == 1)
        match.file = untimed.first();
    else if (untimed.size() > 1)
        match.ambiguous = untimed;
    return match;
}

RecordingDecision RecordingMatcher::decide(const RecordingFile& file, const CdrRecord& leg,
                                           bool takeIncomplete)
{
    RecordingDecision d;
    d.file = file.name;
    const auto unusable = [&](const QString& reason) {
        d.state = RecordingState::Unusable;
        d.issue = RecordingIssue::Unreadable;
        d.message = reason;
        return d;
    };
    QFile f(file.path);
    if (!f.open(QIODevice::ReadOnly))
        return unusable(tr("recording %1: %2").arg(file.name, f.errorString()));
    const qint64 sizeBefore = f.size();
    const QDateTime changedBefore = QFileInfo(f).lastModified();
    if (sizeBefore > MaxFileBytes)
        return unusable(tr("recording %1: the file is larger than %2 GiB")
                            .arg(file.name)
                            .arg(MaxFileBytes >> 30));
    // The size it had and a byte more, to see it growing (the growth is checked below):
    // QIODevice::read(n) allocates n bytes first, and n = the 1 GiB limit cost a gigabyte of
    // address space per recording (and, under AddressSanitizer, filling it: 2 rows a second).
    const QByteArray bytes = f.read(std::min(sizeBefore, MaxFileBytes) + 1);
    if (f.error() != QFileDevice::NoError)
        return unusable(tr("recording %1: %2").arg(file.name, f.errorString()));
    if (bytes.size() > MaxFileBytes)
        return unusable(tr("recording %1: the file is larger than %2 GiB")
                            .arg(file.name)
                            .arg(MaxFileBytes >> 30));
    f.close();
    const QFileInfo after(file.path);
    const bool grew = after.size() != sizeBefore || after.lastModified() != changedBefore;

    Error error;
    const auto inspected = AudioProbe::inspect(bytes, file.name, &error);
    if (!inspected)
        return unusable(error.message);
    d.foundMs = inspected->info.durationMs;
    d.info = inspected->info;
    if (inspected->headerSizesUnset) {
        const qint64 legMs = leg.billsec * 1000;
        const bool shortByFar = d.foundMs * 2 < legMs && legMs - d.foundMs > shortByFarMs;
        if (grew || (shortByFar && !takeIncomplete)) {
            d.state = RecordingState::Pending;
            d.issue = grew ? RecordingIssue::StillWriting : RecordingIssue::TooShort;
            d.message =
                grew ? tr("recording %1: still being written (it grew while it was read); not "
                          "taken. Import again when the call has ended.")
                           .arg(file.name)
                     : tr("recording %1: the header gives no sizes and the file holds %2 s of "
                          "a %3 s call, so it is still being written or was cut short; not "
                          "taken. Import again when it is finished; if its writer crashed and "
                          "it will never be, import with --take-incomplete to keep what is "
                          "there.")
                           .arg(file.name)
                           .arg(double(d.foundMs) / 1000.0, 0, 'f', 1)
                           .arg(leg.billsec);
            return d;
        }
    }
    d.state = RecordingState::Attached;
    d.repaired = !inspected->repaired.isEmpty();
    d.audio = d.repaired ? inspected->repaired : bytes;
    if (d.repaired && inspected->headerSizesUnset && leg.billsec * 1000 > d.foundMs * 2 &&
        leg.billsec * 1000 - d.foundMs > shortByFarMs)
        d.message = tr("recording %1: %2; taken although it holds only %3 s of a %4 s call "
                       "(--take-incomplete)")
                        .arg(file.name, inspected->note)
                        .arg(double(d.foundMs) / 1000.0, 0, 'f', 1)
                        .arg(leg.billsec);
    else if (d.repaired)
        d.message = tr("recording %1: %2").arg(file.name, inspected->note);
    return d;
}

} // namespace tallenne
