// Asterisk cdr_csv (Master.csv): CsvReader over the bytes, each record through
// AsteriskCdr::parse and map(), as ImportService::importAsterisk reads a file. The first byte
// picks the options (UTC or Europe/Helsinki, a fixed layout or detection).

#include "FuzzSupport.h"

#include "core/AsteriskCdr.h"
#include "core/CsvReader.h"

#include <QBuffer>

using namespace tallenne;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    if (size == 0)
        return 0;
    const uint8_t options = data[0];
    QByteArray text = fuzz::bytes(data + 1, size - 1);
    QBuffer device(&text);
    device.open(QIODevice::ReadOnly);
    CdrTimeOptions time;
    time.utc = options & 1;
    static const QTimeZone helsinki("Europe/Helsinki");
    time.zone = helsinki;
    std::optional<CdrLayout> layout;
    if (options & 2) {
        const QList<CdrLayout> all = CdrLayout::all();
        layout = all.at((options >> 2) % all.size());
    }
    CsvReader reader(device);
    CsvRecord record;
    QString reason;
    for (int rows = 0; rows < 10000; ++rows) {
        const auto result = reader.next(&record, &reason);
        if (result == CsvReader::Result::End)
            break;
        if (result == CsvReader::Result::Bad) {
            if (reason.isEmpty())
                fuzz::broken("a bad record without a reason");
            continue;
        }
        if (record.fields.size() > CsvReader::MaxFields ||
            record.raw.size() > CsvReader::MaxRecordBytes)
            fuzz::broken("a record past the reader's limits");
        for (const CsvField& f : record.fields) {
            if (f.value.size() > CsvReader::MaxFieldBytes)
                fuzz::broken("a field past the reader's limit");
        }
        const auto cdr = AsteriskCdr::parse(record, time, &reason, layout);
        if (!cdr) {
            if (reason.isEmpty())
                fuzz::broken("a refused row without a reason");
            continue;
        }
        if (!cdr->start.isValid() || !cdr->end.isValid() || cdr->duration < 0 || cdr->billsec < 0)
            fuzz::broken("an accepted row without its times");
        const MappedCall call = AsteriskCdr::map(*cdr, CdrMappingOptions{});
        (void)cdr->callerName();
        (void)cdr->conversation();
        (void)AsteriskCdr::dispositionName(cdr->disposition);
        (void)call;
    }
    return 0;
}
