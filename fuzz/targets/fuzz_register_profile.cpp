// libFuzzer target: the register profile. The reading and its checks are fuzz::registerProfile()
// (EntryPoints.h), which the normal test suite runs on every kept crash
// (fuzz/regressions/fuzz_register_profile/).

#include "EntryPoints.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    tallenne::fuzz::ensureApplication();
    const QString broken = tallenne::fuzz::registerProfile(tallenne::fuzz::bytes(data, size));
    if (!broken.isEmpty())
        tallenne::fuzz::broken(qPrintable(broken));
    return 0;
}
