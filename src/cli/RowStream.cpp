#include "cli/RowStream.h"

#include "cli/AdminCli.h"
#include "cli/CommandSupport.h"

#include <QJsonDocument>

namespace tallenne::cli {

RowStream::RowStream(Console& console, Format format) : m_console(console), m_format(format) {}

void RowStream::row(const QJsonObject& object)
{
    if (m_format == Format::JsonLines) {
        m_console.write(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) +
                        QLatin1Char('\n'));
        ++m_rows;
        return;
    }
    // The element as QJsonDocument indents it inside a list: each line four spaces in, no line
    // end after its closing brace (the comma or the list's end follows).
    QString element = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (element.endsWith(QLatin1Char('\n')))
        element.chop(1);
    element.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
    m_console.write((m_rows == 0 ? QStringLiteral("[\n    ") : QStringLiteral(",\n    ")) +
                    element);
    ++m_rows;
}

void RowStream::line(const QString& text)
{
    m_console.write(text + QLatin1Char('\n'));
    ++m_rows;
}

void RowStream::finish()
{
    if (m_format == Format::Json)
        m_console.write(m_rows == 0 ? QStringLiteral("[]\n") : QStringLiteral("\n]\n"));
    m_console.flush();
}

const QCommandLineOption& jsonLinesOption()
{
    static const QCommandLineOption option(
        QStringLiteral("json-lines"),
        QStringLiteral("calls list, chats search, audit list: one JSON object a line, written "
                       "as it is read; every row unless --limit is given."));
    return option;
}

const QCommandLineOption& afterOption()
{
    static const QCommandLineOption option(
        QStringLiteral("after"),
        QStringLiteral("calls list, chats search, audit list: only the rows after this one in "
                       "the list's order (a call id, a chat message id, an audit entry's "
                       "sequence number), for paging."),
        QStringLiteral("ID"));
    return option;
}

std::optional<ListRequest> readListRequest(const AdminCli& cli, qint64 defaultLimit,
                                           QString* problem)
{
    const QCommandLineParser& parser = cli.parser();
    ListRequest request;
    if (parser.isSet(jsonLinesOption())) {
        if (cli.json()) {
            *problem = AdminCli::tr("--json and --json-lines do not go together");
            return std::nullopt;
        }
        request.format = RowStream::Format::JsonLines;
    } else if (cli.json()) {
        request.format = RowStream::Format::Json;
    }
    const QString limit = QStringLiteral("limit");
    if (parser.isSet(limit)) {
        bool ok = false;
        request.limit = parser.value(limit).toLongLong(&ok);
        if (!ok || request.limit < 0) {
            *problem = AdminCli::tr("--limit takes a whole number: 0 for every row");
            return std::nullopt;
        }
    } else {
        request.limit = request.format == RowStream::Format::JsonLines ? 0 : defaultLimit;
    }
    if (parser.isSet(afterOption())) {
        request.after = parseId(parser.value(afterOption()));
        if (!request.after) {
            *problem = AdminCli::tr("--after takes an id, a whole number from 1 up");
            return std::nullopt;
        }
    }
    return request;
}

} // namespace tallenne::cli
