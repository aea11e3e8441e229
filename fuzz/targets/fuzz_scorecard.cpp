// Scorecards (`scorecard import FILE`, the console's import): ScorecardDefinition::fromJson;
// an accepted definition must come back the same from its own toJson(). Also the stored
// answers' JSON (answersFromJson).

#include "FuzzSupport.h"

#include "core/Scorecard.h"

using namespace tallenne;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray json = fuzz::bytes(data, size);
    Error error;
    const auto definition = ScorecardDefinition::fromJson(json, &error);
    if (!definition) {
        if (error.message.isEmpty())
            fuzz::broken("a refused scorecard without a reason");
    } else {
        Error again;
        const auto back = ScorecardDefinition::fromJson(definition->toJson(), &again);
        if (!back || !(*back == *definition))
            fuzz::broken("fromJson(toJson()) is not the same scorecard");
    }
    (void)answersFromJson(json);
    return 0;
}
