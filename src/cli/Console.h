#pragma once

#include "crypto/SecretBytes.h"

#include <QJsonValue>
#include <QString>
#include <QTextStream>

#include <cstddef>

namespace tallenne::cli {

/// Standard input/output of the command line: plain text or JSON, and passwords read
/// from standard input (--password-stdin) or from the terminal with echo off.
class Console
{
public:
    Console();

    void out(const QString& line);
    void err(const QString& line);
    void json(const QJsonValue& value);
    /// Text for standard output as it is, buffered (a long list is not written a line at a
    /// time); flush() writes what is left.
    void write(const QString& text);
    void flush();

    /// What readSecretLine() found.
    enum class SecretLine
    {
        Read,    ///< a line (possibly empty)
        End,     ///< end of input before any byte
        TooLong, ///< longer than maxSecretLineBytes: refused, nothing kept
    };
    /// The longest secret line read, in bytes without the line end (PasswordPolicy's limit).
    static constexpr std::size_t maxSecretLineBytes = 1024;

    /// Reads the next line of standard input as a secret (the line end is dropped), straight
    /// into locked memory. A null SecretBytes at end of input, or when the line is longer
    /// than maxSecretLineBytes: then the rest of the line is read and dropped, what was read
    /// is wiped, and *status says TooLong (a password is never cut silently).
    [[nodiscard]] SecretBytes readSecretLine(SecretLine* status = nullptr);
    /// Prompts on the terminal with echo off. Null when there is no terminal or the line was
    /// too long (*status, as readSecretLine()).
    [[nodiscard]] SecretBytes promptSecret(const QString& prompt, SecretLine* status = nullptr);
    [[nodiscard]] static bool stdinIsTerminal();

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace tallenne::cli
