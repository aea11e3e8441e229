#include "services/PasswordPolicy.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <sodium.h>
#include <zxcvbn.h>

#include <cmath>
#include <cstring>
#include <vector>

namespace tallenne {

namespace {

// zxcvbn's working copies of the password's parts live on the stack below its caller; this
// much of it is wiped after each estimate (its buffers are a few KiB).
constexpr std::size_t zxcvbnStackBytes = 32 * 1024;
// Below this many characters even random ones fall short of the threshold (8 printable
// ASCII characters are 95^8, about 10^16; 5 are 10^10 at best): "too short" is then a
// reason of its own.
constexpr std::size_t shortBelow = 8;

PasswordWeakness weaknessOf(int type)
{
    switch (type & ~MULTIPLE_MATCH) {
    case DICTIONARY_MATCH:
        return PasswordWeakness::CommonWord;
    case DICT_LEET_MATCH:
        return PasswordWeakness::LookAlikes;
    case USER_MATCH:
    case USER_LEET_MATCH:
        return PasswordWeakness::PersonalWord;
    case SPATIAL_MATCH:
        return PasswordWeakness::KeyboardRow;
    case SEQUENCE_MATCH:
        return PasswordWeakness::Sequence;
    case REPEATS_MATCH:
        return PasswordWeakness::Repetition;
    case DATE_MATCH:
    case YEAR_MATCH:
        return PasswordWeakness::Date;
    default:
        return PasswordWeakness::Short;
    }
}

} // namespace

PasswordStrength PasswordPolicy::estimate(const SecretBytes& utf8Password,
                                          const QStringList& personalWords)
{
    PasswordStrength strength;
    // zxcvbn reads a C string: one copy, in locked memory, with its terminator.
    SecretBytes text(utf8Password.size() + 1);
    if (text.isNull())
        return strength; // no memory: 0 guesses, refused
    if (!utf8Password.isEmpty())
        std::memcpy(text.data(), utf8Password.data(), utf8Password.size());

    std::vector<QByteArray> words;
    words.reserve(std::size_t(personalWords.size()));
    for (const QString& w : personalWords) {
        if (!w.isEmpty())
            words.push_back(w.toLower().toUtf8());
    }
    std::vector<const char*> dictionary;
    for (const QByteArray& w : words)
        dictionary.push_back(w.constData());
    dictionary.push_back(nullptr);

    ZxcMatch_t* info = nullptr;
    const double bits = ZxcvbnMatch(text.constChars(), dictionary.data(), &info);
    strength.log10Guesses = bits * std::log10(2.0);
    bool anyPattern = false;
    const auto note = [&strength](PasswordWeakness w) {
        if (!strength.weaknesses.contains(w))
            strength.weaknesses.append(w);
    };
    for (const ZxcMatch_t* m = info; m; m = m->Next) {
        const int type = m->Type & ~MULTIPLE_MATCH;
        if (m->Type & MULTIPLE_MATCH) {
            anyPattern = true;
            note(PasswordWeakness::Repetition);
        }
        if (type == BRUTE_MATCH || type == NON_MATCH || type == LONG_PWD_MATCH)
            continue;
        anyPattern = true;
        note(weaknessOf(type));
    }
    ZxcvbnFreeInfo(info);
    sodium_stackzero(zxcvbnStackBytes);
    // Code points, not bytes: every byte that does not continue a UTF-8 sequence starts one.
    std::size_t codePoints = 0;
    for (std::size_t i = 0; i < utf8Password.size(); ++i)
        codePoints += (utf8Password.data()[i] & 0xC0) != 0x80 ? 1 : 0;
    if (!anyPattern || codePoints < shortBelow)
        note(PasswordWeakness::Short);
    return strength;
}

bool PasswordPolicy::check(const SecretBytes& utf8Password, Error* error)
{
    return check(utf8Password, {}, error);
}

bool PasswordPolicy::check(const SecretBytes& utf8Password, const QStringList& personalWords,
                           Error* error)
{
    if (utf8Password.size() > maximumBytes)
        return fail(error, ErrorKind::InputRejected,
                    tr("The password is longer than %1 bytes; choose a shorter one.")
                        .arg(QLocale().toString(qulonglong(maximumBytes))));
    const PasswordStrength strength = estimate(utf8Password, personalWords);
    if (strength.log10Guesses >= minimumLog10Guesses)
        return true;
    static_assert(minimumLog10Guesses == 10.0, "the message says 10 billion");
    QStringList why;
    for (PasswordWeakness w : strength.weaknesses)
        why << weaknessText(w);
    return fail(error, ErrorKind::InputRejected,
                tr("The password is too easy to guess: it would take %1, and at least 10 billion "
                   "are needed.")
                        .arg(guessesText(strength.log10Guesses)) +
                    QLatin1Char(' ') + why.join(QLatin1Char(' ')) + QLatin1Char(' ') +
                    tr("Three or four unrelated words that are not a saying, or twelve random "
                       "letters and digits, would be enough."));
}

QStringList PasswordPolicy::personalWords(const QString& userName, const QString& registerFolder,
                                          const QStringList& registerNames)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList out;
    const auto add = [&out](const QString& text) {
        const QString lower = text.trimmed().toLower();
        // Words of one or two letters are in every password; zxcvbn's own lists cover them.
        if (lower.size() >= 3 && !out.contains(lower))
            out << lower;
    };
    QStringList names = registerNames;
    names.prepend(QFileInfo(registerFolder).fileName());
    names.prepend(userName);
    for (const QString& name : std::as_const(names)) {
        add(name);
        for (const QString& part : name.split(separators, Qt::SkipEmptyParts))
            add(part);
    }
    return out;
}

QString PasswordPolicy::guessesText(double log10Guesses)
{
    const double guesses = std::pow(10.0, std::max(0.0, log10Guesses));
    const QLocale locale;
    if (guesses < 1.5)
        return tr("about one guess");
    if (guesses < 1e6) {
        // Two significant digits: the estimate is no more precise than that.
        const double unit = std::pow(10.0, std::max(0.0, std::floor(std::log10(guesses)) - 1));
        return tr("about %1 guesses")
            .arg(locale.toString(std::llround(guesses / unit) * qint64(unit)));
    }
    if (guesses < 1e9)
        return tr("about %1 million guesses").arg(locale.toString(std::llround(guesses / 1e6)));
    return tr("about %1 billion guesses").arg(locale.toString(std::llround(guesses / 1e9)));
}

QString PasswordPolicy::weaknessText(PasswordWeakness weakness)
{
    switch (weakness) {
    case PasswordWeakness::CommonWord:
        return tr("It is built on common words or names, which are guessed first.");
    case PasswordWeakness::LookAlikes:
        return tr("Swapping letters for look-alike digits or symbols does not help: those are "
                  "tried too.");
    case PasswordWeakness::PersonalWord:
        return tr("It contains the user's name or the register's name.");
    case PasswordWeakness::KeyboardRow:
        return tr("It contains keys next to each other on the keyboard.");
    case PasswordWeakness::Sequence:
        return tr("It contains a sequence such as abc or 123.");
    case PasswordWeakness::Repetition:
        return tr("It repeats characters or parts of itself.");
    case PasswordWeakness::Date:
        return tr("It contains a date or a year.");
    case PasswordWeakness::Short:
        return tr("It is too short.");
    }
    return {};
}

} // namespace tallenne
