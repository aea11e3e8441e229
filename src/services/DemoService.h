#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "services/RegisterPaths.h"
#include "services/Session.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>

#include <optional>

namespace tallenne {

struct DemoFillResult;

struct DemoOptions
{
    int calls = 450; ///< about four a day over the 90 days up to today, the rest over 15 months
    int chats = 120;
    quint32 seed = 0; ///< 0: a random seed; tests pin one
    /// Progress and notices (e.g. "espeak-ng is missing"); the CLI prints them on stderr.
    std::function<void(const QString&)> progress;
    /// When given, receives what was created and how fast.
    DemoFillResult* result = nullptr;
};

/// One demo user: printed as `user NAME role ROLE password PW`.
struct DemoUser
{
    QString name;
    QString role;
    QString password;
};

/// A new demo register with one user per role (and, with the register data, realistic
/// calls and chats). The passwords are generated and returned to be printed.
class DemoService
{
public:
    [[nodiscard]] static std::optional<QList<DemoUser>>
    create(const RegisterPaths& paths, const DemoOptions& options, const Clock& clock,
           const VaultOptions& vault, Error* error);

private:
    /// The trainer's example coaching: three tagged moments of the latest recorded calls in a
    /// playlist, so the Coaching page has something to play, each cut at spoken turns
    /// (`turnsByCall`, from DemoData) so that none falls on a hold. Nothing when nothing is
    /// recorded.
    static bool addCoaching(const RegisterPaths& paths, Session& admin, const DemoUser& trainer,
                            const QHash<qint64, QList<std::pair<qint64, qint64>>>& turnsByCall,
                            const Clock& clock, const VaultOptions& vault, Error* error);
    /// The quality manager's example review: the two example scorecards of docs/examples, a
    /// seeded sample of the last eight weeks (one call per agent per week), most of it
    /// evaluated with varied answers (a few critical failures, comments where the scorecard asks
    /// for them), one draft left, and an open calibration. Nothing when nothing is recorded.
    static bool addQuality(const RegisterPaths& paths, const DemoUser& qualityManager,
                           const Clock& clock, const VaultOptions& vault, Error* error);
};

} // namespace tallenne
