#include "core/CsvReader.h"

#include <QIODevice>

namespace tallenne {

CsvReader::CsvReader(QIODevice& device) : m_device(device), m_buffer(PieceBytes + 1, '\0') {}

bool CsvReader::readPiece(QByteArray* piece, bool* complete)
{
    if (m_ended || m_device.atEnd())
        return false;
    // QIODevice::readLine() stops at a line end or after size − 1 bytes, so an endless line
    // comes in pieces and is never held whole.
    const qint64 got = m_device.readLine(m_buffer.data(), m_buffer.size());
    if (got <= 0)
        return false;
    if (m_atLineStart)
        ++m_line;
    m_bytesRead += got;
    const bool lineEnd = m_buffer.at(got - 1) == '\n';
    m_atLineStart = lineEnd;
    *complete = lineEnd || m_device.atEnd();
    qsizetype size = qsizetype(got);
    if (lineEnd)
        --size;
    if (*complete && size > 0 && m_buffer.at(size - 1) == '\r')
        --size;
    *piece = QByteArray(m_buffer.constData(), size);
    return true;
}

CsvReader::Result CsvReader::next(CsvRecord* record, QString* reason)
{
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote
    };

    QByteArray piece;
    bool complete = false;
    do {
        if (!readPiece(&piece, &complete))
            return Result::End;
    } while (complete && piece.trimmed().isEmpty()); // blank lines (e.g. a final empty line)

    *record = CsvRecord{};
    record->line = m_line;
    // The first problem found; from then on the record is only read to its end (so that the
    // next one starts in the right place), nothing of it is kept.
    QString problem;
    qint64 recordBytes = 0;
    State state = State::FieldStart;
    CsvField field;
    qint64 quoteStartLine = m_line;
    const auto refuse = [&](const QString& why) {
        if (problem.isEmpty())
            problem = why;
        record->fields.clear();
        record->raw.clear();
        field = CsvField{};
    };
    const auto endField = [&] {
        if (!problem.isEmpty())
            return;
        if (record->fields.size() >= MaxFields) {
            refuse(tr("more than %1 columns").arg(MaxFields));
            return;
        }
        record->fields.append(field);
        field = CsvField{};
    };
    const auto take = [&](char c) {
        if (!problem.isEmpty())
            return;
        if (field.value.size() >= MaxFieldBytes) {
            refuse(tr("column %1 is longer than %2 bytes")
                       .arg(record->fields.size() + 1)
                       .arg(MaxFieldBytes));
            return;
        }
        field.value.append(c);
    };
    const auto addToRaw = [&](const QByteArray& bytes, bool newLine) {
        recordBytes += bytes.size() + (newLine ? 1 : 0);
        if (!problem.isEmpty())
            return;
        if (recordBytes > MaxRecordBytes) {
            refuse(tr("the record is longer than %1 bytes").arg(MaxRecordBytes));
            return;
        }
        if (newLine)
            record->raw.append('\n');
        record->raw.append(bytes);
    };
    addToRaw(piece, false);
    qsizetype i = 0;
    for (;;) {
        if (i >= piece.size()) {
            const bool lineEnded = complete;
            if (lineEnded && state != State::Quoted)
                break;
            // The line goes on in the next piece, or a line break inside quotes belongs to
            // the field and the record goes on.
            if (!readPiece(&piece, &complete)) {
                if (!lineEnded)
                    break; // the device ended without a line end
                m_ended = true;
                *reason =
                    problem.isEmpty()
                        ? tr("unterminated quoted field starting on line %1").arg(quoteStartLine)
                        : problem;
                return Result::Bad;
            }
            if (lineEnded)
                take('\n');
            addToRaw(piece, lineEnded);
            i = 0;
            continue;
        }
        const char c = piece.at(i++);
        switch (state) {
        case State::FieldStart:
            if (c == '"') {
                state = State::Quoted;
                field.quoted = true;
                quoteStartLine = m_line;
            } else if (c == ',') {
                endField();
            } else {
                take(c);
                state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (c == ',') {
                endField();
                state = State::FieldStart;
            } else {
                take(c); // a stray quote inside a bare field is kept as it is
            }
            break;
        case State::Quoted:
            if (c == '"') {
                if (i < piece.size() && piece.at(i) == '"') {
                    take('"');
                    ++i;
                } else {
                    state = State::AfterQuote;
                }
            } else {
                take(c);
            }
            break;
        case State::AfterQuote:
            if (c == ',') {
                endField();
                state = State::FieldStart;
            } else {
                refuse(tr("unexpected text after the closing quote of column %1")
                           .arg(record->fields.size() + 1));
                state = State::Unquoted; // read on to the end of the line
            }
            break;
        }
    }
    endField();
    if (!problem.isEmpty()) {
        record->fields.clear();
        *reason = problem;
        return Result::Bad;
    }
    return Result::Record;
}

} // namespace tallenne
