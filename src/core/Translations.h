#pragma once

#include <QString>

namespace tallenne {

/// Loads Tallenne's own and Qt's translations for a language ("fi" or "en") and switches the
/// running application to it; widgets retranslate on QEvent::LanguageChange. The console and
/// tallenne-admin both use it; the .qm files are embedded under :/i18n (src/CMakeLists.txt).
class Translations
{
public:
    /// Installs the translations and makes the language's locale the default (the console).
    static bool apply(const QString& language);
    /// Installs the translations only, leaving the locale as the system has it (the command
    /// line, whose dates and numbers follow the user's own locale settings).
    static bool install(const QString& language);
    [[nodiscard]] static QString current();
    /// The language of the user's messages: by POSIX rules the first of LC_ALL, LC_MESSAGES
    /// and LANG that is set, Finnish when it names Finnish (fi_FI.UTF-8), otherwise English;
    /// with none set, the system locale's language.
    [[nodiscard]] static QString systemDefault();
};

} // namespace tallenne
