#include "crypto/RecoveryCode.h"

#include <QCoreApplication>

#include <sodium.h>

namespace tallenne {

namespace {
static_assert(sizeof RecoveryCode::Alphabet - 1 == 32, "base32 needs 32 symbols");
static_assert(RecoveryCode::Length * 5 >= 128, "a recovery code needs at least 128 bits");

bool inAlphabet(char c)
{
    return (c >= '0' && c <= '9') ||
           (c >= 'A' && c <= 'Z' && c != 'I' && c != 'L' && c != 'O' && c != 'U');
}
} // namespace

SecretBytes RecoveryCode::generate()
{
    if (!initialiseSodium())
        return {};
    SecretBytes canonical(Length);
    if (canonical.isNull())
        return {};
    for (std::size_t i = 0; i < Length; ++i)
        canonical.data()[i] = static_cast<std::uint8_t>(Alphabet[randombytes_uniform(32)]);
    return format(canonical);
}

SecretBytes RecoveryCode::format(const SecretBytes& canonical)
{
    if (canonical.size() != Length)
        return {};
    SecretBytes out(FormattedLength);
    if (out.isNull())
        return {};
    std::size_t o = 0;
    for (std::size_t i = 0; i < Length; ++i) {
        if (i > 0 && i % GroupLength == 0)
            out.data()[o++] = '-';
        out.data()[o++] = canonical.data()[i];
    }
    return out;
}

SecretBytes RecoveryCode::normalise(const SecretBytes& typed, Error* error)
{
    // Worst case every typed byte is kept; the excess is rejected below by length.
    SecretBytes work(typed.size());
    if (work.isNull() && !typed.isNull()) {
        fail(error, ErrorKind::Environment,
             QCoreApplication::translate("RecoveryCode", "No locked memory is left for a key."));
        return {};
    }
    std::size_t n = 0;
    for (std::size_t i = 0; i < typed.size(); ++i) {
        char c = static_cast<char>(typed.data()[i]);
        if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (c == 'O')
            c = '0';
        else if (c == 'I' || c == 'L')
            c = '1';
        if (!inAlphabet(c)) {
            // The position, not the character: the message must not carry part of a secret.
            fail(error, ErrorKind::InputRejected,
                 QCoreApplication::translate("RecoveryCode",
                                             "Character %1 of the recovery code is not one of "
                                             "the digits and letters used in recovery codes.")
                     .arg(n + 1));
            return {};
        }
        work.data()[n++] = static_cast<std::uint8_t>(c);
    }
    if (n != Length) {
        fail(error, ErrorKind::InputRejected,
             QCoreApplication::translate("RecoveryCode",
                                         "A recovery code has %1 letters and digits (%2 groups "
                                         "of %3); this one has %4.")
                 .arg(Length)
                 .arg(Groups)
                 .arg(GroupLength)
                 .arg(n));
        return {};
    }
    return SecretBytes::fromBytes(work.data(), Length);
}

} // namespace tallenne
