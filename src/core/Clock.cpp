#include "core/Clock.h"

namespace tallenne {

const Clock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace tallenne
