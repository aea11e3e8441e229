#include "cli/AdminCli.h"

// The coaching commands of tallenne-admin.

namespace tallenne::cli {

QList<CliCommand> coachingCommands()
{
    return {};
}

} // namespace tallenne::cli
