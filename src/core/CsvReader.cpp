#include "core/CsvReader.h"

#include <QIODevice>

namespace tallenne {

CsvReader::CsvReader(QIODevice& device) : m_device(device) {}

bool CsvReader::readLine(QByteArray* line)
{
    if (m_ended || m_device.atEnd())
        return false;
    *line = m_device.readLine();
    if (line->isEmpty() && m_device.atEnd())
        return false;
    m_bytesRead += line->size();
    ++m_line;
    if (line->endsWith('\n'))
        line->chop(1);
    if (line->endsWith('\r'))
        line->chop(1);
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

    QByteArray line;
    do {
        if (!readLine(&line))
            return Result::End;
    } while (line.trimmed().isEmpty()); // blank lines (e.g. a final empty line) are no records

    *record = CsvRecord{};
    record->line = m_line;
    record->raw = line;
    State state = State::FieldStart;
    CsvField field;
    qint64 quoteStartLine = m_line;
    qsizetype i = 0;
    for (;;) {
        if (i >= line.size()) {
            if (state != State::Quoted)
                break;
            // A line break inside quotes belongs to the field; the record goes on.
            QByteArray more;
            if (!readLine(&more)) {
                m_ended = true;
                *reason = tr("unterminated quoted field starting on line %1").arg(quoteStartLine);
                return Result::Bad;
            }
            field.value.append('\n');
            record->raw.append('\n').append(more);
            line = more;
            i = 0;
            continue;
        }
        const char c = line.at(i++);
        switch (state) {
        case State::FieldStart:
            if (c == '"') {
                state = State::Quoted;
                field.quoted = true;
                quoteStartLine = m_line;
            } else if (c == ',') {
                record->fields.append(field);
                field = CsvField{};
            } else {
                field.value.append(c);
                state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (c == ',') {
                record->fields.append(field);
                field = CsvField{};
                state = State::FieldStart;
            } else {
                field.value.append(c); // a stray quote inside a bare field is kept as it is
            }
            break;
        case State::Quoted:
            if (c == '"') {
                if (i < line.size() && line.at(i) == '"') {
                    field.value.append('"');
                    ++i;
                } else {
                    state = State::AfterQuote;
                }
            } else {
                field.value.append(c);
            }
            break;
        case State::AfterQuote:
            if (c == ',') {
                record->fields.append(field);
                field = CsvField{};
                state = State::FieldStart;
            } else {
                *reason = tr("unexpected text after the closing quote of column %1")
                              .arg(record->fields.size() + 1);
                return Result::Bad;
            }
            break;
        }
    }
    record->fields.append(field);
    return Result::Record;
}

} // namespace tallenne
