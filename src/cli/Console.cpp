#include "cli/Console.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

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

void Console::write(const QString& text)
{
    m_out << text;
}

void Console::flush()
{
    m_out.flush();
}

void Console::json(const QJsonValue& value)
{
    // An empty list on one line, as people and jq write it ("[\n]" otherwise).
    if (value.isArray() && value.toArray().isEmpty()) {
        m_out << QStringLiteral("[]\n") << Qt::flush;
        return;
    }
    QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented)) << Qt::flush;
}

bool Console::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

SecretBytes Console::readSecretLine(SecretLine* status)
{
    // Read byte by byte with read(2) so no stdio buffer keeps a copy of the next lines, and
    // the secret goes straight into locked memory: one byte more than the limit shows a line
    // that is too long, and a '\r' before the line end is dropped.
    SecretBytes buffer(maxSecretLineBytes + 2);
    std::size_t length = 0;
    bool sawAny = false;
    bool tooLong = false;
    for (;;) {
        unsigned char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n <= 0)
            break;
        sawAny = true;
        if (c == '\n')
            break;
        if (length < buffer.size())
            buffer.data()[length++] = c;
        else
            tooLong = true; // read on to the line end: the next line is not this one's tail
        sodium_memzero(&c, sizeof c);
    }
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    if (length > maxSecretLineBytes)
        tooLong = true;
    if (status)
        *status = tooLong ? SecretLine::TooLong : sawAny ? SecretLine::Read : SecretLine::End;
    if (!sawAny || tooLong)
        return {}; // `buffer` is wiped as it goes
    return SecretBytes::fromBytes(buffer.data(), length);
}

SecretBytes Console::promptSecret(const QString& prompt, SecretLine* status)
{
    if (!stdinIsTerminal()) {
        if (status)
            *status = SecretLine::End;
        return {};
    }
    m_err << prompt << Qt::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    SecretBytes secret = readSecretLine(status);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    m_err << Qt::endl;
    return secret;
}

} // namespace tallenne::cli
