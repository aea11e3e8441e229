#pragma once

#include <QString>
#include <QStringList>

namespace tallenne {

/// The words of a text and their stems, as the chat search indexes and queries them.
///
/// A word is a run of letters and digits (NFC). Its stem is Snowball's Finnish stem of the
/// lower-case word, with the -s/-ks of the nouns that end in -s dropped (Snowball leaves
/// "päätös", "päätöks" and "päätö" apart; all three become "päätö"), so the forms of a word
/// share one stem: "päätös", "päätöksen" and "päätöstä" find one another. Words in other
/// languages get a stem too; it is only ever compared with stems made the same way.
class WordStems
{
public:
    /// The words of `text` in order, duplicates kept.
    [[nodiscard]] static QStringList words(const QString& text);
    /// The stem of one word (lower case, diacritics kept).
    [[nodiscard]] static QString stem(const QString& word);
    /// The stems of every word of `text`, separated by spaces: the text the index holds.
    [[nodiscard]] static QString indexText(const QString& text);
};

} // namespace tallenne
