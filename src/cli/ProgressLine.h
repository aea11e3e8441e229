#pragma once

#include <QElapsedTimer>
#include <QString>

#include <cstdio>
#include <unistd.h>

namespace tallenne::cli {

/// A long command's status line on stderr: on a terminal one line rewritten at most 5 times a
/// second; otherwise a plain line every 5 seconds (a log stays readable). done() clears the
/// terminal's line before the command's own output.
class ProgressLine
{
public:
    ProgressLine() : m_terminal(isatty(STDERR_FILENO) == 1) { m_timer.start(); }
    ~ProgressLine() { done(); }
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    /// Whether a line is due now; when it is, the next one waits its interval from now.
    [[nodiscard]] bool due()
    {
        const qint64 now = m_timer.elapsed();
        if (now - m_last < (m_terminal ? 200 : 5000))
            return false;
        m_last = now;
        return true;
    }

    void show(const QString& text)
    {
        const QByteArray bytes =
            (m_terminal ? QStringLiteral("\r\033[K") + text : text + QLatin1Char('\n'))
                .toLocal8Bit();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
        m_shown = true;
    }

    void done()
    {
        if (m_terminal && m_shown) {
            std::fputs("\r\033[K", stderr);
            std::fflush(stderr);
        }
        m_shown = false;
    }

private:
    bool m_terminal;
    bool m_shown = false;
    QElapsedTimer m_timer;
    qint64 m_last = 0;
};

} // namespace tallenne::cli
