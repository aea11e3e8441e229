// keyslots.json: KeySlotFile::fromJson, as every login reads the file (its size is checked
// before, KeySlotFile::load).

#include "FuzzSupport.h"

#include "crypto/KeySlotFile.h"

using namespace tallenne;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    Error error;
    const auto file = KeySlotFile::fromJson(fuzz::bytes(data, size), &error);
    if (!file && error.message.isEmpty())
        fuzz::broken("a refused key slot file without a reason");
    return 0;
}
