#include "services/PasswordPolicy.h"

#include <QCoreApplication>

namespace tallenne {

bool PasswordPolicy::check(const SecretBytes& utf8Password, Error* error)
{
    // Count code points without making a QString copy of the secret: every byte that is
    // not a UTF-8 continuation byte starts a code point.
    int codePoints = 0;
    for (std::size_t i = 0; i < utf8Password.size(); ++i) {
        if ((utf8Password.data()[i] & 0xC0) != 0x80)
            ++codePoints;
    }
    if (codePoints < minimumLength) {
        return fail(error, ErrorKind::InputRejected,
                    QCoreApplication::translate(
                        "PasswordPolicy", "The password is too short: it needs at least %1 "
                                          "characters. A few unrelated words make a good one.")
                        .arg(minimumLength));
    }
    return true;
}

} // namespace tallenne
