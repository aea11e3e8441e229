#pragma once

#include <QCoreApplication>
#include <QString>

namespace tallenne {

/// What became of a call's recording when it was imported (calls.recording_status). A
/// recording that could not be used never costs its call the row: the call says why.
enum class RecordingState
{
    None = 0,     ///< no recording was looked for (no folder given, or nobody answered)
    Attached = 1, ///< the call has its recording
    Missing = 2,  ///< answered, a folder was given, and no file matched
    Pending = 3,  ///< the file was still being written: a later import takes it
    Unusable = 4, ///< the file could not be used (the import report says why)
};

/// Why a recording is missing, pending or unusable (calls.recording_issue): a stable id, the
/// words for it in RecordingStates::describe().
enum class RecordingIssue
{
    None,
    NoFile,       ///< no file matched the call
    StillWriting, ///< the header had no sizes and the file changed in the last minutes
    TooShort,     ///< the header had no sizes and the audio is far shorter than the call
    Ambiguous,    ///< several files matched and the times in their names did not decide
    Unreadable,   ///< not audio, cut short, no audio, an unsupported codec, …
    Lost,         ///< its file went missing from the register and `verify --repair
                  ///< --record-lost` recorded it as lost (state Missing)
};

class RecordingStates
{
    Q_DECLARE_TR_FUNCTIONS(RecordingStates)

public:
    [[nodiscard]] static QString issueId(RecordingIssue issue);
    [[nodiscard]] static RecordingIssue issueFromId(const QString& id);
    /// A short word for a list column: "Yes", "Missing", "Lost", "Incomplete", "Unusable", "".
    [[nodiscard]] static QString shortText(RecordingState state,
                                           RecordingIssue issue = RecordingIssue::None);
    /// A sentence for a person: what is wrong and what to do. `foundMs` and `callS` are the
    /// audio found and the call's billable length, when known (≤ 0 otherwise).
    [[nodiscard]] static QString describe(RecordingState state, RecordingIssue issue,
                                          qint64 foundMs = -1, qint64 callS = -1);
};

} // namespace tallenne
