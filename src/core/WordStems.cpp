#include "core/WordStems.h"

#include <QRegularExpression>

#include <libstemmer.h>

#include <memory>

namespace tallenne {

namespace {
struct StemmerDeleter
{
    void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

// A stemmer keeps its work in itself: one per thread (the import and the GUI may stem at once).
sb_stemmer* finnish()
{
    thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(
        sb_stemmer_new("finnish", "UTF_8"));
    return stemmer.get();
}

bool isVowel(QChar c)
{
    static const QString vowels = QStringLiteral("aeiouyäöå");
    return vowels.contains(c);
}
} // namespace

QStringList WordStems::words(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.normalized(QString::NormalizationForm_C).split(separators, Qt::SkipEmptyParts);
}

QString WordStems::stem(const QString& word)
{
    const QString lower = word.normalized(QString::NormalizationForm_C).toLower();
    sb_stemmer* stemmer = finnish();
    if (!stemmer || lower.isEmpty())
        return lower;
    const QByteArray utf8 = lower.toUtf8();
    const sb_symbol* out =
        sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(utf8.data()), int(utf8.size()));
    if (!out)
        return lower; // out of memory: the word as it is still finds itself
    QString s = QString::fromUtf8(reinterpret_cast<const char*>(out), sb_stemmer_length(stemmer));
    // The nouns in -s (päätös : päätöksen : päätöstä) keep -ks or -s in some stems only.
    if (s.size() > 4 && s.endsWith(QLatin1String("ks")) && isVowel(s.at(s.size() - 3)))
        s.chop(2);
    else if (s.size() > 4 && s.endsWith(QLatin1Char('s')) && isVowel(s.at(s.size() - 2)))
        s.chop(1);
    return s;
}

QString WordStems::indexText(const QString& text)
{
    QStringList stems;
    for (const QString& w : words(text))
        stems << stem(w);
    return stems.join(QLatin1Char(' '));
}

} // namespace tallenne
