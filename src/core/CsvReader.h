#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace tallenne {

/// One field of a CSV record: its bytes (quotes removed, `""` made `"`) and whether it was
/// quoted (Asterisk writes an empty time unquoted, text always quoted).
struct CsvField
{
    QByteArray value;
    bool quoted = false;
};

/// One logical record. A quoted field may hold line breaks, so a record can span lines.
struct CsvRecord
{
    QList<CsvField> fields;
    qint64 line = 0; ///< the 1-based line the record starts on
    QByteArray raw;  ///< the record's bytes, line ends normalised to "\n" (for digests)
};

/// A streaming reader of comma-separated records as Asterisk's cdr_csv writes them: no
/// header, `"` quotes with `""` for a quote, LF or CRLF line ends, line breaks inside quotes.
/// Reads the device a line at a time, so a file of any size needs memory for one record only.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Result
    {
        Record, ///< *record holds the next record
        Bad,    ///< the record at *line is malformed (*reason says how); reading may go on
        End,    ///< no more records (also after an unterminated quote ran to the end)
    };

    explicit CsvReader(QIODevice& device);

    /// Reads the next non-blank record. On Bad, `record->line` is the record's first line.
    [[nodiscard]] Result next(CsvRecord* record, QString* reason);
    /// Bytes consumed so far (for progress).
    [[nodiscard]] qint64 bytesRead() const { return m_bytesRead; }

private:
    [[nodiscard]] bool readLine(QByteArray* line);

    QIODevice& m_device;
    qint64 m_line = 0;
    qint64 m_bytesRead = 0;
    bool m_ended = false;
};

} // namespace tallenne
