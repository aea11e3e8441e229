#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tallenne {

namespace {
QTranslator* appTranslator()
{
    static QTranslator* t = new QTranslator(QCoreApplication::instance());
    return t;
}
QTranslator* qtTranslator()
{
    static QTranslator* t = new QTranslator(QCoreApplication::instance());
    return t;
}
QString g_current = QStringLiteral("en");

// Qt's own Finnish names a dialog's standard Cancel button "Peru"; this console says
// "Peruuta" everywhere (a trial saw both). Its own catalogue holds the word and is installed
// last, so it is searched first (QCoreApplication::installTranslator()).
[[maybe_unused]] constexpr const char* qtWordsOverridden[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
};
} // namespace

bool Translations::install(const QString& language)
{
    QCoreApplication::removeTranslator(appTranslator());
    QCoreApplication::removeTranslator(qtTranslator());
    const QString lang = language == QLatin1String("fi") ? language : QStringLiteral("en");
    if (qtTranslator()->load(QStringLiteral("qtbase_%1").arg(lang),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator());
    const bool ok = appTranslator()->load(QStringLiteral(":/i18n/tallenne_%1.qm").arg(lang));
    if (ok)
        QCoreApplication::installTranslator(appTranslator());
    g_current = lang;
    return ok;
}

bool Translations::apply(const QString& language)
{
    const bool ok = install(language);
    const bool finnish = g_current == QLatin1String("fi");
    QLocale::setDefault(QLocale(finnish ? QLocale::Finnish : QLocale::English,
                                finnish ? QLocale::Finland : QLocale::UnitedKingdom));
    return ok;
}

QString Translations::current()
{
    return g_current;
}

QString Translations::systemDefault()
{
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value.startsWith(QLatin1String("fi")) ? QStringLiteral("fi")
                                                         : QStringLiteral("en");
    }
    return QLocale::system().language() == QLocale::Finnish ? QStringLiteral("fi")
                                                            : QStringLiteral("en");
}

} // namespace tallenne
