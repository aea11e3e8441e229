#include "core/RecordingState.h"

#include <QLocale>

namespace tallenne {

namespace {
const char* const issueIds[] = {"",          "no_file",    "still_writing", "too_short",
                                "ambiguous", "unreadable", "lost"};
} // namespace

QString RecordingStates::issueId(RecordingIssue issue)
{
    return QString::fromLatin1(issueIds[int(issue)]);
}

RecordingIssue RecordingStates::issueFromId(const QString& id)
{
    for (int i = 0; i < int(std::size(issueIds)); ++i) {
        if (id == QLatin1String(issueIds[i]))
            return RecordingIssue(i);
    }
    return RecordingIssue::None;
}

QString RecordingStates::shortText(RecordingState state, RecordingIssue issue)
{
    switch (state) {
    case RecordingState::None:
        return {};
    case RecordingState::Attached:
        return tr("Yes");
    case RecordingState::Missing:
        return issue == RecordingIssue::Lost ? tr("Lost") : tr("Missing");
    case RecordingState::Pending:
        return tr("Incomplete");
    case RecordingState::Unusable:
        return tr("Unusable");
    }
    return {};
}

QString RecordingStates::describe(RecordingState state, RecordingIssue issue, qint64 foundMs,
                                  qint64 callS)
{
    const QLocale locale;
    const auto seconds = [&](qint64 ms) {
        return locale.toString(double(ms) / 1000.0, 'f', 1);
    };
    switch (state) {
    case RecordingState::None:
        return tr("No recording was imported with this call, or it has been erased.");
    case RecordingState::Attached:
        return {};
    case RecordingState::Missing:
        if (issue == RecordingIssue::Lost)
            return tr("The recording was lost: its file went missing from the register, and an "
                      "administrator recorded it as lost. The call's details are kept.");
        return tr("The call was answered, but no recording file was found for it when it was "
                  "imported. Import again with the folder that holds it.");
    case RecordingState::Pending:
        if (issue == RecordingIssue::TooShort && foundMs >= 0 && callS > 0)
            return tr("The recording was still being written when the call was imported "
                      "(%1 s of a %2 s call). Import again to attach the finished file.")
                .arg(seconds(foundMs))
                .arg(callS);
        return tr("The recording was still being written when the call was imported. Import "
                  "again to attach the finished file.");
    case RecordingState::Unusable:
        if (issue == RecordingIssue::Ambiguous)
            return tr("Several recording files matched this call and the times in their names "
                      "did not tell which is its own. The import report lists them.");
        return tr("The recording file could not be used. The call itself was imported; the "
                  "report of that import (the administrator's) names the file and the reason.");
    }
    return {};
}

} // namespace tallenne
