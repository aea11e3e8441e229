#pragma once

#include "core/Error.h"
#include "crypto/SecretBytes.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <cstddef>

namespace tallenne {

/// Why zxcvbn found a password guessable: the kinds of pattern its cheapest reading is made of.
enum class PasswordWeakness
{
    CommonWord,   ///< a word or name from zxcvbn's lists (passwords, English, names, …)
    LookAlikes,   ///< such a word with letters swapped for look-alike digits or symbols
    PersonalWord, ///< the user's name or the register's name
    KeyboardRow,  ///< keys next to each other (qwerty, asdf, 1qaz)
    Sequence,     ///< abc, 123, 975
    Repetition,   ///< aaa, or a part written again
    Date,         ///< a date or a year
    Short,        ///< too few characters for random ones to be enough
};

/// zxcvbn's estimate of a password.
struct PasswordStrength
{
    double log10Guesses = 0; ///< log10 of the guesses an attacker who knows the patterns needs
    QList<PasswordWeakness> weaknesses; ///< in the order they appear in the password
};

/// The password rule: a password must not be guessable, as zxcvbn (the C port of Dropbox's
/// estimator, Debian's libzxcvbn, as KeePassXC uses it) estimates it: common words and names,
/// look-alike substitutions, keyboard rows, sequences, repetitions, dates and the personal
/// words given (the user's name, the register's name) count for almost nothing, so length
/// alone does not pass ("password-password-123" does not), and four unrelated words or ten
/// random characters do.
///
/// The threshold is 10^10 guesses (zxcvbn's top score, "strong protection from an offline
/// slow-hash attack"). A password protects a key slot that sits next to the register
/// (keyslots.json, readable by anyone who can copy the folder), and the slot costs an
/// attacker one Argon2id derivation per guess (about 0.5 s on one core of a workstation):
/// 10^10 guesses are then some 160 core-years, so a hundred cores working on one copied slot
/// need a year and a half to try them all, while online guessing is throttled anyway. A register
/// of recorded calls and identity codes calls for that much; a lower threshold (10^8, months
/// for one machine) would be enough only for slots bound to the workstation, and a password
/// outlives a change of that setting.
///
/// The password is looked at in locked memory: it is copied once into a NUL-terminated
/// SecretBytes for zxcvbn (a C library), and the stack zxcvbn worked on is wiped afterwards
/// (sodium_stackzero). Messages never quote any part of the password.
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)

public:
    /// log10 of the fewest guesses accepted (see the class comment).
    static constexpr double minimumLog10Guesses = 10.0;
    /// The longest password accepted, in bytes of UTF-8 (also the longest line
    /// `--password-stdin` reads). Far beyond any passphrase; it bounds what is held and hashed.
    static constexpr std::size_t maximumBytes = 1024;

    /// zxcvbn's estimate. `personalWords` are words an attacker who targets this user would
    /// try first (see personalWords()); matched without regard to case.
    [[nodiscard]] static PasswordStrength estimate(const SecretBytes& utf8Password,
                                                   const QStringList& personalWords = {});

    /// True when the password is strong enough; otherwise ErrorKind::InputRejected with a
    /// translated message that says how many guesses it would take, why, and what would do.
    [[nodiscard]] static bool check(const SecretBytes& utf8Password,
                                    const QStringList& personalWords, Error* error);
    /// check() without personal words.
    [[nodiscard]] static bool check(const SecretBytes& utf8Password, Error* error);

    /// The personal words for a user's password: the user name, the register folder's name and
    /// the register's names (as in the profile), each whole and word by word, lower case.
    [[nodiscard]] static QStringList personalWords(const QString& userName,
                                                   const QString& registerFolder,
                                                   const QStringList& registerNames = {});

    /// "about 2,300 guesses", "about 40 million guesses" (for the messages).
    [[nodiscard]] static QString guessesText(double log10Guesses);
    /// One sentence per weakness, translated.
    [[nodiscard]] static QString weaknessText(PasswordWeakness weakness);
};

} // namespace tallenne
