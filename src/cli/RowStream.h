#pragma once

#include "cli/Console.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tallenne::cli {

class AdminCli;

/// The rows of a list command written as they are read, so that no list is held whole however
/// long it is: one JSON array written element by element (--json, laid out as Console::json()
/// lays out a whole list), one compact JSON object a line (--json-lines), or the command's own
/// lines of text.
class RowStream
{
public:
    enum class Format
    {
        Text,
        Json,
        JsonLines
    };

    RowStream(Console& console, Format format);

    [[nodiscard]] Format format() const { return m_format; }
    [[nodiscard]] bool isJson() const { return m_format != Format::Text; }
    /// One row as JSON (--json, --json-lines).
    void row(const QJsonObject& object);
    /// One row as a line of text.
    void line(const QString& text);
    /// Ends the list: closes the array (--json) and flushes. A command that fails half way
    /// does not call it, so a JSON reader sees that the list is incomplete.
    void finish();
    /// The rows written so far.
    [[nodiscard]] qint64 rows() const { return m_rows; }

private:
    Console& m_console;
    Format m_format;
    qint64 m_rows = 0;
};

/// What a streamed list command (calls list, chats search, audit list) was asked for.
struct ListRequest
{
    RowStream::Format format = RowStream::Format::Text;
    qint64 limit = 0;            ///< at most this many rows; 0: every row
    std::optional<qint64> after; ///< --after ID: the rows after this one in the list's order
};

/// `--json-lines`: one JSON object a line, every row unless --limit says otherwise.
[[nodiscard]] const QCommandLineOption& jsonLinesOption();
/// `--after ID`: the rows after this one in the list's order (paging).
[[nodiscard]] const QCommandLineOption& afterOption();

/// Reads the format (--json or --json-lines, not both), --limit (a whole number, no upper
/// bound, 0 for every row; without it `defaultLimit` rows in text and --json as before, every
/// row with --json-lines) and --after (an id above 0). nullopt when one of them is wrong;
/// `*problem` then says which, for AdminCli::usage().
[[nodiscard]] std::optional<ListRequest> readListRequest(const AdminCli& cli, qint64 defaultLimit,
                                                         QString* problem);

} // namespace tallenne::cli
