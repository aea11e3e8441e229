// libFuzzer target: keyslots.json. The reading and its checks are fuzz::keySlots() (EntryPoints.h),
// which the normal test suite runs on every kept crash (fuzz/regressions/fuzz_keyslots/).

#include "EntryPoints.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    tallenne::fuzz::ensureApplication();
    const QString broken = tallenne::fuzz::keySlots(tallenne::fuzz::bytes(data, size));
    if (!broken.isEmpty())
        tallenne::fuzz::broken(qPrintable(broken));
    return 0;
}
