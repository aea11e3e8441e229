#include "cli/AdminCli.h"

// The import commands of tallenne-admin.

namespace tallenne::cli {

QList<CliCommand> importCommands()
{
    return {};
}

} // namespace tallenne::cli
