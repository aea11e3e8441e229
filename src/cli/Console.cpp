#include "cli/Console.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace tallenne::cli {

Console::Console() : m_out(stdout), m_err(stderr) {}

void Console::out(const QString& line)
{
    m_out << line << Qt::endl;
}

void Console::err(const QString& line)
{
    m_err << line << Qt::endl;
}

void Console::json(const QJsonValue& value)
{
    QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented)) << Qt::flush;
}

bool Console::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

SecretBytes Console::readSecretLine()
{
    // Read byte by byte with read(2) so no stdio buffer keeps a copy of the next lines,
    // and the secret goes straight into locked memory.
    SecretBytes buffer(1024);
    std::size_t length = 0;
    bool sawAny = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n <= 0)
            break;
        sawAny = true;
        if (c == '\n')
            break;
        if (length < buffer.size())
            buffer.data()[length++] = static_cast<std::uint8_t>(c);
    }
    if (!sawAny)
        return {};
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    return SecretBytes::fromBytes(buffer.data(), length);
}

SecretBytes Console::promptSecret(const QString& prompt)
{
    if (!stdinIsTerminal())
        return {};
    m_err << prompt << Qt::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    SecretBytes secret = readSecretLine();
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    m_err << Qt::endl;
    return secret;
}

} // namespace tallenne::cli
