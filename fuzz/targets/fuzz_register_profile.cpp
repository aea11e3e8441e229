// The register profile (`profile set FILE`, the console's profile editor, the stored profile):
// RegisterProfile::parse under both rule sets; an accepted profile must parse again from
// what it writes.

#include "FuzzSupport.h"

#include "core/RegisterProfile.h"

using namespace tallenne;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray json = fuzz::bytes(data, size);
    for (const auto rules :
         {RegisterProfile::Rules::ForNewVersion, RegisterProfile::Rules::AsStored}) {
        QStringList warnings;
        Error error;
        const auto profile = RegisterProfile::parse(json, &warnings, &error, rules);
        if (!profile && error.message.isEmpty())
            fuzz::broken("a refused profile without a reason");
    }
    return 0;
}
