#include "cli/AdminCli.h"

// The notice commands of tallenne-admin.

namespace tallenne::cli {

QList<CliCommand> noticeCommands()
{
    return {};
}

} // namespace tallenne::cli
