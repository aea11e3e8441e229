#pragma once

#include <QString>

namespace tallenne {

/// What kind of failure happened. The values are the documented exit codes of
/// `tallenne-admin` (DESIGN.md, "Command-line contract").
enum class ErrorKind : int
{
    None = 0,
    Usage = 1,          ///< the command line or the call itself is wrong
    Authentication = 2, ///< wrong user name or password, or locked out
    PermissionDenied = 3,
    Damaged = 4,       ///< register damaged, tampered or not a register
    InputRejected = 5, ///< bad input, with file, line and reason in the message
    RefusedByRule = 6, ///< legal hold, retention, deadline
    Environment = 7,   ///< something outside the register is missing (keychain, audio device)
};

/// A failure with a message a person can act on. No personal data and no secret in it.
struct Error
{
    ErrorKind kind = ErrorKind::None;
    QString message;

    [[nodiscard]] bool isError() const { return kind != ErrorKind::None; }
    explicit operator bool() const { return isError(); }

    static Error none() { return {}; }
    static Error make(ErrorKind kind, const QString& message) { return {kind, message}; }
};

/// Sets *out (when given) and returns false, for the `bool f(…, Error* error)` style.
inline bool fail(Error* out, ErrorKind kind, const QString& message)
{
    if (out)
        *out = Error{kind, message};
    return false;
}

/// Exit code for the command line: the documented codes 0–6, and 7 (an extension of the
/// contract) when the environment lacks something, such as a reachable OS keychain.
inline int exitCodeFor(ErrorKind kind)
{
    return static_cast<int>(kind);
}

} // namespace tallenne
