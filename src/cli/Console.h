#pragma once

#include "crypto/SecretBytes.h"

#include <QJsonValue>
#include <QString>
#include <QTextStream>

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

    /// Reads the next line of standard input as a secret (the line end is dropped).
    /// Returns a null SecretBytes at end of input.
    [[nodiscard]] SecretBytes readSecretLine();
    /// Prompts on the terminal with echo off. Null when there is no terminal.
    [[nodiscard]] SecretBytes promptSecret(const QString& prompt);
    [[nodiscard]] static bool stdinIsTerminal();

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace tallenne::cli
