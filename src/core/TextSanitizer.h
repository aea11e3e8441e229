#pragma once

#include <QString>

namespace tallenne {

/// The one way Tallenne treats control characters in text that arrives from outside (chat
/// messages, nicknames, caller names; docs/import-formats.md, "Text as it arrives"):
///  - CR LF and a lone CR become LF;
///  - the other control characters (U+0000–U+001F except tab and LF, U+007F–U+009F) are
///    removed at the start and the end of the text and replaced by U+FFFD (�) inside it, so
///    a reader sees that something was there and the words on both sides stay apart and
///    searchable (the FTS4 tokenizer treats U+FFFD as a separator);
///  - in one-line text (names), tabs and line breaks become spaces and runs of white space
///    collapse to one.
/// Invalid UTF-8 has already become U+FFFD when the bytes were decoded.
class TextSanitizer
{
public:
    enum class Lines
    {
        Keep, ///< messages: line breaks and tabs stay
        One,  ///< names: one line
    };

    /// The cleaned text; `*replaced` (when given) gets the number of control characters
    /// removed or replaced (line-end normalisation and white space are not counted).
    [[nodiscard]] static QString clean(const QString& text, Lines lines, int* replaced = nullptr);
    [[nodiscard]] static bool isControl(QChar c);
};

} // namespace tallenne
