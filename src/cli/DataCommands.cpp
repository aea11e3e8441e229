#include "cli/AdminCli.h"

// The data commands of tallenne-admin.

namespace tallenne::cli {

QList<CliCommand> dataCommands()
{
    return {};
}

} // namespace tallenne::cli
