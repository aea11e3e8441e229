#pragma once

#include "core/Error.h"
#include "crypto/SecretBytes.h"

#include <QString>

#include <cstddef>

namespace tallenne {

/// The recovery code printed once at `init`: 32 characters of Crockford base32 (digits and
/// upper-case letters without I, L, O and U, so nothing looks like anything else) in 8 groups
/// of 4, "7KQ2-M9XD-…": 160 bits of entropy, easy to read aloud and to type.
class RecoveryCode
{
public:
    static constexpr std::size_t Groups = 8;
    static constexpr std::size_t GroupLength = 4;
    static constexpr std::size_t Length = Groups * GroupLength;         ///< without dashes
    static constexpr std::size_t FormattedLength = Length + Groups - 1; ///< with dashes
    static constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// A new random code, formatted with dashes (ASCII).
    [[nodiscard]] static SecretBytes generate();

    /// The canonical form (32 characters, no dashes, ASCII) of a code as typed (UTF-8):
    /// case, spaces and dashes do not matter, O reads as 0, I and L as 1. On a wrong length or
    /// character returns a null SecretBytes and ErrorKind::InputRejected. This is the secret
    /// the recovery key slot is sealed with.
    [[nodiscard]] static SecretBytes normalise(const SecretBytes& typed, Error* error);

    /// The canonical form with dashes between the groups, for printing.
    [[nodiscard]] static SecretBytes format(const SecretBytes& canonical);
};

} // namespace tallenne
