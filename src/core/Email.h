#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tallenne {

/// E-mail addresses: a basic check, not RFC 5322. Personal data: never log one.
class Email
{
    Q_DECLARE_TR_FUNCTIONS(Email)

public:
    /// Trims and lowercases, drops a `mailto:` (and its `?…` part) or angle brackets
    /// (`<a@b.fi>`); accepts one `@` between a non-empty local part and a domain
    /// with a dot (not at either end, no empty label), with no spaces anywhere. On failure
    /// returns nullopt and, when given, sets *reason to a short translated phrase.
    [[nodiscard]] static std::optional<QString> normalise(const QString& input,
                                                          QString* reason = nullptr);
};

} // namespace tallenne
