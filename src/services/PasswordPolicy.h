#pragma once

#include "core/Error.h"
#include "crypto/SecretBytes.h"

namespace tallenne {

/// The password rules: at least 12 characters (Unicode code points, not bytes).
class PasswordPolicy
{
public:
    static constexpr int minimumLength = 12;
    [[nodiscard]] static bool check(const SecretBytes& utf8Password, Error* error);
};

} // namespace tallenne
