#include "gui/Translations.h"

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
} // namespace

bool Translations::apply(const QString& language)
{
    QCoreApplication::removeTranslator(appTranslator());
    QCoreApplication::removeTranslator(qtTranslator());
    const QString lang = language == QLatin1String("fi") ? language : QStringLiteral("en");
    const bool ok = appTranslator()->load(QStringLiteral(":/i18n/tallenne_%1.qm").arg(lang));
    if (ok)
        QCoreApplication::installTranslator(appTranslator());
    if (qtTranslator()->load(QStringLiteral("qtbase_%1").arg(lang),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator());
    QLocale::setDefault(
        QLocale(lang == QLatin1String("fi") ? QLocale::Finnish : QLocale::English,
                lang == QLatin1String("fi") ? QLocale::Finland : QLocale::UnitedKingdom));
    g_current = lang;
    return ok;
}

QString Translations::current()
{
    return g_current;
}

QString Translations::systemDefault()
{
    return QLocale::system().language() == QLocale::Finnish ? QStringLiteral("fi")
                                                            : QStringLiteral("en");
}

} // namespace tallenne
