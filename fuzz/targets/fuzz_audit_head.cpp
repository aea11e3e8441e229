// The kept audit head (`audit head --out FILE`, read back by `audit verify --head FILE`):
// SignedHead::fromJson and, for an accepted head, its signature check.

#include "FuzzSupport.h"

#include "services/audit/SignedHead.h"

using namespace tallenne;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    Error error;
    const auto head = SignedHead::fromJson(fuzz::bytes(data, size), &error);
    if (!head) {
        if (error.message.isEmpty())
            fuzz::broken("a refused head without a reason");
        return 0;
    }
    (void)head->signatureValid();
    return 0;
}
