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
///
/// Bounded on hostile input (docs/import-formats.md, *Limits*): a record (its lines together)
/// of more than MaxRecordBytes, a field of more than MaxFieldBytes or more than MaxFields
/// fields is refused as Bad without being held: the reader never keeps more than
/// MaxRecordBytes of a line, skips the rest of an overlong line in blocks, and goes on with
/// the next line. A row of cdr_csv is far smaller: Asterisk's own fields hold 80 to 256
/// characters.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qint64 MaxRecordBytes = 64 * 1024;
    static constexpr qint64 MaxFieldBytes = 4 * 1024;
    static constexpr int MaxFields = 64;

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
    /// The next piece of a physical line, at most PieceBytes long: *complete when it runs to
    /// the line's end (which is not part of it) or to the end of the device.
    [[nodiscard]] bool readPiece(QByteArray* piece, bool* complete);

    /// A line of a record within the limit is one piece (an escaped quote never straddles two).
    static constexpr qint64 PieceBytes = MaxRecordBytes + 1;

    QIODevice& m_device;
    QByteArray m_buffer; ///< readPiece()'s, PieceBytes + 1
    qint64 m_line = 0;
    qint64 m_bytesRead = 0;
    bool m_atLineStart = true;
    bool m_ended = false;
};

} // namespace tallenne
