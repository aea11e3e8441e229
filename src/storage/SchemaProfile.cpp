#include "storage/Schema.h"

namespace tallenne {

// Version 3: the register profile and its history (privacy notice, retention).
QList<Migration> Schema::profile()
{
    return {};
}

} // namespace tallenne
