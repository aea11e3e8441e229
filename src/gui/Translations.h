#pragma once

#include <QString>

namespace tallenne {

/// Loads Tallenne's own and Qt's translations for a language ("fi" or "en") and switches the
/// running application to it; widgets retranslate on QEvent::LanguageChange.
class Translations
{
public:
    static bool apply(const QString& language);
    [[nodiscard]] static QString current();
    /// The language from the system locale when it is Finnish, otherwise English.
    [[nodiscard]] static QString systemDefault();
};

} // namespace tallenne
