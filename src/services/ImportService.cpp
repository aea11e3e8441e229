#include "services/ImportService.h"

#include "core/PhoneNumber.h"
#include "services/ImportSupport.h"
#include "services/ProfileService.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <QSqlError>

#include <sodium.h>

namespace tallenne {

void setSqlError(const QSqlQuery& query, const QString& context, Error* error)
{
    if (error)
        *error = Database::errorFromSql(query.lastError(), context);
}

NameTable::NameTable(QSqlDatabase db, const QString& table, const QString& column)
    : m_insert(db), m_select(db)
{
    // Table and column names are this file's constants, never input.
    m_insert.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (?)").arg(table, column));
    m_select.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, column));
}

std::optional<qint64> NameTable::idOf(const QString& name, Error* error)
{
    if (name.isEmpty())
        return 0;
    if (const auto it = m_cache.constFind(name); it != m_cache.constEnd())
        return *it;
    m_insert.bindValue(0, name);
    if (!m_insert.exec()) {
        setSqlError(m_insert, ImportService::tr("Importing"), error);
        return std::nullopt;
    }
    m_select.bindValue(0, name);
    if (!m_select.exec() || !m_select.next()) {
        setSqlError(m_select, ImportService::tr("Importing"), error);
        return std::nullopt;
    }
    const qint64 id = m_select.value(0).toLongLong();
    m_select.finish();
    m_cache.insert(name, id);
    return id;
}

ImportBatches::ImportBatches(Session& session, QString action, int batchSize, RecordingStore* store)
    : m_session(session), m_action(std::move(action)), m_batchSize(batchSize), m_store(store),
      m_foreignKeys(session.db())
{
    // One id per run groups the run's batch entries in the audit trail.
    unsigned char bytes[6];
    randombytes_buf(bytes, sizeof bytes);
    m_runId = QStringLiteral("import:") +
              QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes), 6).toHex());
}

ImportBatches::~ImportBatches()
{
    abort();
}

bool ImportBatches::begin(Error* error)
{
    if (!m_foreignKeys.suspend(error))
        return false;
    m_transaction = std::make_unique<TransactionGuard>(m_session.db());
    if (!m_transaction->ok()) {
        if (error)
            *error = m_transaction->error();
        m_transaction.reset();
        m_foreignKeys.resume();
        return false;
    }
    if (!m_foreignKeys.mark(error)) {
        abort();
        return false;
    }
    m_rowsInBatch = 0;
    return true;
}

bool ImportBatches::rowDone(const ImportReport& report, Error* error)
{
    ++m_rowsInBatch;
    if (m_batchSize <= 0 || m_rowsInBatch < m_batchSize)
        return true;
    return commit(report, false, error) && begin(error);
}

bool ImportBatches::finish(const ImportReport& report, Error* error)
{
    return commit(report, true, error);
}

bool ImportBatches::commit(const ImportReport& report, bool last, Error* error)
{
    ++m_batchNumber;
    const QString details =
        QStringLiteral("batch=%1 imported=%2 skipped=%3 rejected=%4 recordings=%5%6")
            .arg(m_batchNumber)
            .arg(report.imported - m_committed.imported)
            .arg(report.skipped - m_committed.skipped)
            .arg(report.rejected - m_committed.rejected)
            .arg(report.recordings - m_committed.recordings)
            .arg(last ? QStringLiteral(" final total_imported=%1 total_skipped=%2 "
                                       "total_rejected=%3")
                            .arg(report.imported)
                            .arg(report.skipped)
                            .arg(report.rejected)
                      : QString());
    if (!m_transaction)
        return fail(error, ErrorKind::Environment, tr("The import has no open transaction."));
    // The batch's recording files on disk under their names before its rows commit.
    std::vector<const StoredRecording*> files;
    files.reserve(m_files.size());
    for (const StoredRecording& stored : m_files)
        files.push_back(&stored);
    // The foreign keys after the batch's last write, its audit entry.
    if ((m_store && !m_store->settle(files, error)) ||
        !m_session.audit(m_action, m_runId, details, error) || !m_foreignKeys.check(error) ||
        !m_session.commit(*m_transaction, error,
                          last ? Changes(Change::Calls | Change::Chats | Change::Subjects)
                               : Changes())) {
        abort();
        return false;
    }
    m_transaction.reset();
    m_foreignKeys.resume();
    m_files.clear(); // committed: the rows own them now
    m_committed.imported = report.imported;
    m_committed.skipped = report.skipped;
    m_committed.recordings = report.recordings;
    m_committed.rejected = report.rejected;
    return true;
}

void ImportBatches::abort()
{
    if (m_transaction) {
        m_transaction->rollback();
        m_transaction.reset();
    }
    m_foreignKeys.resume();
    if (m_store) {
        for (const StoredRecording& stored : m_files)
            m_store->discard(stored);
    }
    m_files.clear();
}

ProgressTicker::ProgressTicker(const ImportProgressCallback& callback, qint64 bytesTotal)
    : m_callback(callback), m_bytesTotal(bytesTotal)
{
    m_timer.start();
}

void ProgressTicker::update(qint64 rows, qint64 bytes, bool force)
{
    if (!m_callback)
        return;
    const qint64 now = m_timer.elapsed();
    if (!force && m_last >= 0 && now - m_last < 100)
        return;
    m_last = now;
    ImportProgress p;
    p.rowsDone = rows;
    p.bytesDone = bytes;
    p.bytesTotal = m_bytesTotal;
    p.rowsPerSecond = now > 0 ? double(rows) * 1000.0 / double(now) : 0.0;
    m_callback(p);
}

ImportService::ImportService(Session& session) : m_session(session) {}

std::optional<QString> ImportService::phoneRegion(const QString& chosen, Error* error) const
{
    if (chosen.isEmpty())
        return ProfileService(m_session).phoneRegion(error);
    const QString region = chosen.toUpper();
    if (!PhoneNumber::isKnownRegion(region)) {
        fail(error, ErrorKind::Usage,
             tr("'%1' is not a region of phone numbers (two letters, such as FI or SE)")
                 .arg(chosen.left(8)));
        return std::nullopt;
    }
    return region;
}

namespace {
// Digits, with the separators people put between them, at least four characters: what a
// phone number that could not be read looks like (words such as `anonymous` do not).
bool looksNumeric(const QString& text)
{
    if (text.size() < 4)
        return false;
    qsizetype digits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= u'0' && c <= u'9')
            ++digits;
        else if (!(c == u'+' && i == 0) && c != u' ' && c != u'(' && c != u')' && c != u'.' &&
                 c != u'/' && c != u'-')
            return false;
    }
    return digits > 0;
}
} // namespace

const StoredNumber& NumberReader::read(const QString& raw)
{
    if (const auto it = m_cache.constFind(raw); it != m_cache.constEnd())
        return *it;
    if (m_cache.size() >= maxCached)
        m_cache.clear();
    return *m_cache.insert(raw, storedNumber(raw, m_region));
}

StoredNumber storedNumber(const QString& raw, const QString& region)
{
    StoredNumber out;
    const QString text = raw.trimmed();
    out.value = text;
    if (text.isEmpty() || AsteriskCdr::isExtension(text))
        return out;
    QString reason;
    const auto reading = PhoneNumber::read(text, region, &reason);
    if (!reading) {
        // Words (anonymous, s, unknown) are no numbers and need no note; digits that are no
        // valid number do.
        if (looksNumeric(text)) {
            out.group =
                ImportService::tr("numbers that are no valid phone number (kept as written)");
            out.message = ImportService::tr("%1 kept as written: %2").arg(text, reason);
        }
        return out;
    }
    out.value = reading->e164;
    if (reading->ambiguous)
        out.group =
            ImportService::tr("numbers that read two ways (the national reading was taken)");
    else if (reading->form == PhoneForm::InternationalWithoutPlus)
        out.group = ImportService::tr("numbers read as international without + or 00");
    else if (reading->form == PhoneForm::NationalTrunkAfterCountryCode)
        out.group = ImportService::tr("numbers with a trunk 0 after the country code");
    else if (reading->form == PhoneForm::Messaging)
        out.group = ImportService::tr("numbers read from messaging ids or tel: addresses");
    if (!out.group.isEmpty())
        out.message = QStringLiteral("%1: %2").arg(text, PhoneNumber::describe(*reading));
    return out;
}

} // namespace tallenne
