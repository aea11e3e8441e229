#include "core/TextSanitizer.h"

namespace tallenne {

bool TextSanitizer::isControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7F && u <= 0x9F);
}

QString TextSanitizer::clean(const QString& text, Lines lines, int* replaced)
{
    int count = 0;
    QString out;
    out.reserve(text.size());
    // Controls met since the last ordinary character: dropped at the start, replaced by one
    // U+FFFD each when ordinary text follows, dropped at the end.
    int pending = 0;
    const auto flushPending = [&] {
        if (!out.isEmpty())
            out.append(QString(pending, QChar(0xFFFD)));
        pending = 0;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text.at(i);
        if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue; // CR LF → LF
            c = u'\n';
        }
        if (isControl(c)) {
            ++count;
            ++pending;
            continue;
        }
        if (lines == Lines::One && (c == u'\n' || c == u'\t'))
            c = u' ';
        if (pending)
            flushPending();
        out.append(c);
    }
    if (lines == Lines::One)
        out = out.simplified();
    if (replaced)
        *replaced = count;
    return out;
}

} // namespace tallenne
