#include "core/CallerNumber.h"

#include "core/AsteriskCdr.h"
#include "core/Masking.h"
#include "core/PhoneNumber.h"

namespace tallenne {

CallerForm CallerForm::of(const QString& caller)
{
    CallerForm form;
    if (PhoneNumber::isE164(caller)) {
        form.shown = Masking::maskPhone(caller);
        form.sealed = true;
        form.indexed = true;
        return form;
    }
    const bool hasDigit =
        std::any_of(caller.cbegin(), caller.cend(), [](QChar c) { return c.isDigit(); });
    if (caller.isEmpty() || AsteriskCdr::isExtension(caller) || !hasDigit) {
        form.shown = caller;
        return form;
    }
    form.shown = Masking::unrecognised();
    form.sealed = true;
    return form;
}

} // namespace tallenne
