// ImportService::importAsterisk: Master.csv rows to calls, with their recordings.

#include "core/CsvReader.h"
#include "services/ImportService.h"
#include "services/ImportSupport.h"
#include "services/Session.h"
#include "services/audio/AudioProbe.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace tallenne {

namespace {

// uniqueid → the recording files whose names carry it.
std::optional<QHash<QString, QStringList>> indexRecordings(const QString& folder,
                                                           const QString& pattern, Error* error)
{
    const QRegularExpression re(pattern);
    if (!re.isValid()) {
        fail(error, ErrorKind::Usage,
             ImportService::tr("--recording-pattern is not a valid regular expression: %1")
                 .arg(re.errorString()));
        return std::nullopt;
    }
    if (!re.namedCaptureGroups().contains(QStringLiteral("uniqueid"))) {
        fail(error, ErrorKind::Usage,
             ImportService::tr("--recording-pattern needs a named group (?<uniqueid>…)"));
        return std::nullopt;
    }
    if (!QFileInfo(folder).isDir()) {
        fail(error, ErrorKind::InputRejected,
             ImportService::tr("%1 is not a folder").arg(QDir::toNativeSeparators(folder)));
        return std::nullopt;
    }
    QHash<QString, QStringList> index;
    // FreePBX keeps recordings in YYYY/MM/DD folders below the monitor folder.
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const auto match = re.match(QFileInfo(path).fileName());
        if (match.hasMatch() && !match.captured(QStringLiteral("uniqueid")).isEmpty())
            index[match.captured(QStringLiteral("uniqueid"))].append(path);
    }
    for (QStringList& paths : index)
        paths.sort();
    return index;
}

} // namespace

std::optional<ImportReport> ImportService::importAsterisk(const AsteriskImportOptions& options,
                                                          const ImportProgressCallback& progress,
                                                          Error* error)
{
    const QString action = QStringLiteral("import.asterisk");
    if (!m_session.require(Permission::ManageRetentionAndProfile, action, QStringLiteral("calls"),
                           error))
        return std::nullopt;
    QFile file(options.cdrPath);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, ErrorKind::InputRejected,
             tr("Cannot open %1: %2")
                 .arg(QDir::toNativeSeparators(options.cdrPath), file.errorString()));
        return std::nullopt;
    }
    QHash<QString, QStringList> recordings;
    if (!options.recordingsDir.isEmpty()) {
        auto index = indexRecordings(options.recordingsDir,
                                     options.recordingPattern.isEmpty() ? defaultRecordingPattern()
                                                                        : options.recordingPattern,
                                     error);
        if (!index)
            return std::nullopt;
        recordings = std::move(*index);
    }

    QSqlDatabase db = m_session.db();
    RecordingStore store(m_session.paths().recordings(), db, m_session.clock());
    NameTable agents(db, QStringLiteral("agents"), QStringLiteral("name"));
    NameTable queues(db, QStringLiteral("queues"), QStringLiteral("name"));
    NameTable services(db, QStringLiteral("service_numbers"), QStringLiteral("number"));
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM calls WHERE source_id = ?"));
    QSqlQuery insert(db), rowId(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO calls (source_id, started_at, answered_at, ended_at, duration_s, billsec,"
        " direction, caller, service_number_id, queue_id, agent_id, disposition)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));

    const QString fileName = QFileInfo(options.cdrPath).fileName();
    ImportReport report;
    ImportBatches batches(m_session, action, options.strict ? 0 : options.batchSize, &store);
    ProgressTicker ticker(progress, file.size());
    CsvReader reader(file);
    if (!batches.begin(error))
        return std::nullopt;

    // A bad row: recorded; under --strict everything is rolled back and the run ends.
    const auto reject = [&](qint64 line, const QString& reason) {
        report.rejections.append({fileName, line, reason});
        if (!options.strict)
            return true;
        batches.abort();
        report.imported = report.skipped = report.recordings = 0;
        report.strictAborted = true;
        return false;
    };
    const auto nullable = [](qint64 id) {
        return id > 0 ? QVariant(id) : QVariant();
    };

    CsvRecord row;
    QString reason;
    qint64 rows = 0;
    for (;;) {
        const CsvReader::Result result = reader.next(&row, &reason);
        if (result == CsvReader::Result::End)
            break;
        ++rows;
        std::optional<CdrRecord> cdr;
        if (result == CsvReader::Result::Record) // otherwise `reason` is the reader's
            cdr = AsteriskCdr::parse(row, options.time, &reason);
        if (!cdr) {
            if (!reject(row.line, reason))
                break;
        } else {
            const MappedCall call = AsteriskCdr::map(*cdr, options.mapping);
            exists.bindValue(0, call.sourceId);
            if (!exists.exec()) {
                setSqlError(exists, tr("Importing"), error);
                return std::nullopt;
            }
            const bool present = exists.next();
            exists.finish();
            if (present) {
                ++report.skipped;
            } else {
                // The recording first: an unreadable one rejects the row before anything of
                // it is written.
                std::optional<QByteArray> audio;
                QString audioName;
                AudioInfo info;
                const QStringList files =
                    cdr->uniqueId.isEmpty() ? QStringList() : recordings.value(cdr->uniqueId);
                bool rowOk = true;
                if (files.size() > 1) {
                    rowOk = false;
                    reason = tr("%n recordings match uniqueid %1 (%2)", nullptr, int(files.size()))
                                 .arg(cdr->uniqueId, QFileInfo(files.at(0)).fileName() +
                                                         QStringLiteral(", ") +
                                                         QFileInfo(files.at(1)).fileName());
                } else if (files.size() == 1) {
                    audioName = QFileInfo(files.at(0)).fileName();
                    QFile audioFile(files.at(0));
                    Error probeError;
                    if (!audioFile.open(QIODevice::ReadOnly)) {
                        rowOk = false;
                        reason = tr("recording %1: %2").arg(audioName, audioFile.errorString());
                    } else {
                        audio = audioFile.readAll();
                        const auto probed = AudioProbe::probe(*audio, audioName, &probeError);
                        if (!probed) {
                            rowOk = false;
                            reason = probeError.message;
                        } else {
                            info = *probed;
                        }
                    }
                }
                if (!rowOk) {
                    if (!reject(row.line, reason))
                        break;
                } else {
                    std::optional<StoredRecording> stored;
                    if (audio) {
                        stored = store.write(*audio, error);
                        if (!stored)
                            return std::nullopt;
                    }
                    const auto serviceId = services.idOf(call.serviceNumber, error);
                    const auto queueId = queues.idOf(call.queue, error);
                    const auto agentId = agents.idOf(call.agent, error);
                    if (!serviceId || !queueId || !agentId) {
                        if (stored)
                            store.discard(*stored);
                        return std::nullopt;
                    }
                    insert.bindValue(0, call.sourceId);
                    insert.bindValue(1, cdr->start.toSecsSinceEpoch());
                    insert.bindValue(2, cdr->answer.isValid()
                                            ? QVariant(cdr->answer.toSecsSinceEpoch())
                                            : QVariant());
                    insert.bindValue(3, cdr->end.toSecsSinceEpoch());
                    insert.bindValue(4, cdr->duration);
                    insert.bindValue(5, cdr->billsec);
                    insert.bindValue(6, call.direction);
                    insert.bindValue(7, textValue(call.caller));
                    insert.bindValue(8, nullable(*serviceId));
                    insert.bindValue(9, nullable(*queueId));
                    insert.bindValue(10, nullable(*agentId));
                    insert.bindValue(11, cdr->disposition);
                    if (!insert.exec()) {
                        if (stored)
                            store.discard(*stored);
                        setSqlError(insert, tr("Importing"), error);
                        return std::nullopt;
                    }
                    const auto callId = lastRowId(rowId, error);
                    if (!callId) {
                        if (stored)
                            store.discard(*stored);
                        return std::nullopt;
                    }
                    if (stored) {
                        const bool inserted = store.insertRow(*callId, *stored, info, error);
                        batches.addFile(std::move(*stored));
                        if (!inserted)
                            return std::nullopt;
                        ++report.recordings;
                    }
                    ++report.imported;
                }
            }
        }
        if (!batches.rowDone(report, error))
            return std::nullopt;
        ticker.update(rows, reader.bytesRead());
    }
    if (report.strictAborted) {
        // Nothing was written; the refusal itself is on the record (counts only).
        if (!m_session.audit(action, QStringLiteral("calls"),
                             QStringLiteral("strict: rejected at line %1, nothing imported")
                                 .arg(report.rejections.constLast().line),
                             error) ||
            !m_session.syncAuditAnchor(error))
            return std::nullopt;
    } else if (!batches.finish(report, error)) {
        return std::nullopt;
    }
    ticker.update(rows, reader.bytesRead(), true);
    report.elapsedMs = ticker.elapsedMs();
    return report;
}

} // namespace tallenne
