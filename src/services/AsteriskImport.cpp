// ImportService::importAsterisk: Master.csv rows to calls (one call per leg), with their
// recordings and data subjects.

#include "core/CallerNumber.h"
#include "core/CsvReader.h"
#include "core/PhoneNumber.h"
#include "services/ImportService.h"
#include "services/ImportSupport.h"
#include "services/RecordingMatcher.h"
#include "services/Session.h"
#include "services/SubjectLinker.h"
#include "services/keys/FieldCrypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <type_traits>

namespace tallenne {

namespace {

QVariant nullable(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

/// The statements of the calls table an import runs for every row, prepared once.
class CallStatements
{
public:
    explicit CallStatements(QSqlDatabase db)
        : m_find(db), m_legacy(db), m_rekey(db), m_insert(db), m_state(db), m_nextId(db)
    {
        // Only a register that had calls before row keys (schema step 5 marks it) can hold
        // rows under their 0.1 keys.
        QSqlQuery legacy(db);
        m_hasLegacyKeys = legacy.exec(QStringLiteral("SELECT 1 FROM tallenne_meta WHERE name ="
                                                     " 'legacy_call_keys'")) &&
                          legacy.next();
        m_find.prepare(
            QStringLiteral("SELECT id, recording_status FROM calls WHERE source_id = ?"));
        m_legacy.prepare(QStringLiteral(
            "SELECT id, recording_status FROM calls WHERE source_id = ? AND duration_s = ?"
            " AND abs(started_at - ?) <= 3600"));
        m_rekey.prepare(QStringLiteral(
            "UPDATE calls SET source_id = ?, unique_id = ?, linked_id = ?, sequence = ?,"
            " conversation = ? WHERE id = ?"));
        // OR FAIL, with the batch's foreign keys checked at its end (ImportBatches): this
        // INSERT then cannot abort halfway, so SQLite keeps no statement journal for it. With
        // one (the trigger of call_counts makes every INSERT a multi-row write), each page
        // the row touched was first copied there encrypted: some fifteen AES and HMAC
        // operations a row, the largest cost of a metadata import. A failed INSERT fails the
        // import, and its batch rolls back whole.
        m_insert.prepare(QStringLiteral(
            "INSERT OR FAIL INTO calls (id, source_id, started_at, answered_at, ended_at, "
            "duration_s,"
            " billsec, direction, caller, service_number_id, queue_id, agent_id, disposition,"
            " subject_id, restricted, unique_id, linked_id, sequence, conversation,"
            " recording_status, recording_issue, recording_found_ms, caller_sealed, caller_index,"
            " caller_pending, subject_pending)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?)"));
        m_nextId.prepare(QStringLiteral("SELECT ifnull(max(id), 0) + 1 FROM calls"));
        m_state.prepare(
            QStringLiteral("UPDATE calls SET recording_status = ?,"
                           " recording_issue = ?, recording_found_ms = ? WHERE id = ?"));
    }

    struct Present
    {
        qint64 id = 0;
        RecordingState recording = RecordingState::None;
    };

    /// The call this row made, if imported before: by its row key, or by the key Tallenne
    /// 0.1 gave it (then the call is given its row key and leg columns now).
    std::optional<std::optional<Present>> find(const CdrRecord& row, Error* error)
    {
        m_find.bindValue(0, row.rowKey);
        if (!m_find.exec())
            return sqlFailed(m_find, error);
        std::optional<Present> present;
        if (m_find.next())
            present =
                Present{m_find.value(0).toLongLong(), RecordingState(m_find.value(1).toInt())};
        m_find.finish();
        if (present || !m_hasLegacyKeys)
            return present;
        m_legacy.bindValue(0, row.legacyKey);
        m_legacy.bindValue(1, row.duration);
        m_legacy.bindValue(2, row.start.toSecsSinceEpoch());
        if (!m_legacy.exec())
            return sqlFailed(m_legacy, error);
        if (m_legacy.next())
            present =
                Present{m_legacy.value(0).toLongLong(), RecordingState(m_legacy.value(1).toInt())};
        m_legacy.finish();
        if (present) {
            m_rekey.bindValue(0, row.rowKey);
            m_rekey.bindValue(1, row.uniqueId);
            m_rekey.bindValue(2, row.linkedId);
            m_rekey.bindValue(3, row.sequence ? QVariant(*row.sequence)
                                              : QVariant(QMetaType(QMetaType::LongLong)));
            m_rekey.bindValue(4, row.conversation());
            m_rekey.bindValue(5, present->id);
            if (!m_rekey.exec())
                return sqlFailed(m_rekey, error);
        }
        return present;
    }

    /// The id the next call will have: the caller's sealed value names its row.
    std::optional<qint64> nextId(Error* error)
    {
        if (!m_nextId.exec() || !m_nextId.next()) {
            setSqlError(m_nextId, ImportService::tr("Importing"), error);
            return std::nullopt;
        }
        const qint64 id = m_nextId.value(0).toLongLong();
        m_nextId.finish();
        return id;
    }

    struct NewCall
    {
        qint64 id = 0;
        const CdrRecord* row = nullptr;
        QString direction, caller; ///< `caller`: the masked form everyone sees
        QByteArray callerSealed, callerIndex, subjectPending;
        bool callerPending = false;
        qint64 serviceNumberId = 0, queueId = 0, agentId = 0, subjectId = 0;
        bool restricted = false;
        RecordingState recording = RecordingState::None;
        RecordingIssue issue = RecordingIssue::None;
        qint64 foundMs = -1;
    };

    std::optional<qint64> insert(const NewCall& c, Error* error)
    {
        const CdrRecord& r = *c.row;
        const auto blob = [](const QByteArray& b) {
            return b.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(b);
        };
        const QVariantList values = {
            c.id,
            r.rowKey,
            r.start.toSecsSinceEpoch(),
            r.answer.isValid() ? QVariant(r.answer.toSecsSinceEpoch())
                               : QVariant(QMetaType(QMetaType::LongLong)),
            r.end.toSecsSinceEpoch(),
            r.duration,
            r.billsec,
            c.direction,
            textValue(c.caller),
            nullable(c.serviceNumberId),
            nullable(c.queueId),
            nullable(c.agentId),
            r.disposition,
            nullable(c.subjectId),
            c.restricted ? 1 : 0,
            textValue(r.uniqueId),
            textValue(r.linkedId),
            r.sequence ? QVariant(*r.sequence) : QVariant(QMetaType(QMetaType::LongLong)),
            r.conversation(),
            int(c.recording),
            RecordingStates::issueId(c.issue),
            c.foundMs >= 0 ? QVariant(c.foundMs) : QVariant(QMetaType(QMetaType::LongLong)),
            blob(c.callerSealed),
            blob(c.callerIndex),
            c.callerPending ? 1 : 0,
            blob(c.subjectPending),
        };
        for (int i = 0; i < values.size(); ++i)
            m_insert.bindValue(i, values.at(i));
        if (!m_insert.exec()) {
            setSqlError(m_insert, ImportService::tr("Importing"), error);
            return std::nullopt;
        }
        return c.id;
    }

    bool setRecordingState(qint64 callId, const RecordingDecision& d, Error* error)
    {
        m_state.bindValue(0, int(d.state));
        m_state.bindValue(1, RecordingStates::issueId(d.issue));
        m_state.bindValue(2, d.foundMs >= 0 ? QVariant(d.foundMs)
                                            : QVariant(QMetaType(QMetaType::LongLong)));
        m_state.bindValue(3, callId);
        if (m_state.exec())
            return true;
        setSqlError(m_state, ImportService::tr("Importing"), error);
        return false;
    }

private:
    static std::nullopt_t sqlFailed(const QSqlQuery& q, Error* error)
    {
        setSqlError(q, ImportService::tr("Importing"), error);
        return std::nullopt;
    }

    QSqlQuery m_find, m_legacy, m_rekey, m_insert, m_state, m_nextId;
    bool m_hasLegacyKeys = false;
};

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
    std::optional<RecordingMatcher> recordings;
    if (!options.recordingsDir.isEmpty()) {
        recordings = RecordingMatcher::scan(options.recordingsDir, options.recordingPattern,
                                            options.time, error);
        if (!recordings)
            return std::nullopt;
    }
    const auto region = phoneRegion(options.phoneRegion, error);
    if (!region)
        return std::nullopt;

    QSqlDatabase db = m_session.db();
    RecordingStore store(m_session.paths().recordings(), db, m_session.clock());
    NameTable agents(db, QStringLiteral("agents"), QStringLiteral("name"));
    NameTable queues(db, QStringLiteral("queues"), QStringLiteral("name"));
    NameTable services(db, QStringLiteral("service_numbers"), QStringLiteral("number"));
    // One batch of sealed values per import: the batch's row commits with the first batch of
    // calls, and an import that fails before that ends anyway.
    FieldCrypto crypto(m_session);
    SubjectLinker subjects(db, crypto, m_session.clock());
    CallStatements calls(db);
    NumberReader numbers(*region);

    const QString fileName = QFileInfo(options.cdrPath).fileName();
    ImportReport report;
    ImportBatches batches(m_session, action, options.strict ? 0 : options.batchSize, &store);
    ProgressTicker ticker(progress, file.size());
    CsvReader reader(file);
    if (!batches.begin(error))
        return std::nullopt;
    QSet<QString> taken; // recording files attached by this run

    // A bad row: recorded; under --strict everything is rolled back and the run ends.
    const auto reject = [&](qint64 line, const QString& reason) {
        report.reject(fileName, line, reason);
        if (!options.strict)
            return true;
        batches.abort();
        report.imported = report.skipped = report.recordings = 0;
        report.recordingCounts = {};
        report.strictAborted = true;
        return false;
    };
    // The groups' words once, not per row; a note's own text only while it is kept.
    const QString attachedLaterGroup = tr("recordings attached to calls imported before");
    const QString repairedGroup = tr("recordings with a repaired header");
    const QString missingGroup = tr("answered calls without a recording file");
    const QString pendingGroup = tr("recordings still being written (import again later)");
    const QString unusableGroup =
        tr("recordings that could not be used (their calls were imported)");
    const QString skippedGroup = tr("rows already in the register");
    const QString oddGroup = tr("odd values, imported as written");
    const QString sharedGroup = tr("calls not linked: the number belongs to several data subjects");
    const auto note = [&](qint64 line, ImportNote::Kind kind, const QString& group,
                          const auto& message, bool attention = false) {
        if constexpr (std::is_invocable_v<decltype(message)>) {
            if (report.notes.size() >= ImportReport::MaxDetails) {
                ++report.noteGroups[group];
                return;
            }
            report.note(fileName, line, kind, group, message(), attention);
        } else {
            report.note(fileName, line, kind, group, message, attention);
        }
    };
    // Stores the decided recording for the call; counts and notes it.
    const auto attach = [&](qint64 callId, qint64 line, RecordingDecision& d, bool later) {
        if (d.state != RecordingState::Attached)
            return calls.setRecordingState(callId, d, error);
        // Settled (fsynced, renamed) with the rest of its batch before the batch commits.
        auto stored = store.writePending(d.audio, error);
        if (!stored)
            return false;
        const auto sealedKey =
            crypto.seal(Capability::Recordings,
                        QByteArrayView(stored->key.constChars(), qsizetype(stored->key.size())),
                        RecordingStore::keyPlace(stored->fileName), error);
        if (!sealedKey) {
            store.discard(*stored);
            return false;
        }
        const bool inserted = store.insertRow(callId, *stored, d.info, *sealedKey, error);
        batches.addFile(std::move(*stored));
        if (!inserted)
            return false;
        ++report.recordings;
        ++(later ? report.recordingCounts.attachedLater : report.recordingCounts.attached);
        if (later)
            note(line, ImportNote::Kind::Recording, attachedLaterGroup,
                 tr("recording %1 attached to the call imported before").arg(d.file));
        if (d.repaired) {
            ++report.recordingCounts.repaired;
            note(line, ImportNote::Kind::Recording, repairedGroup, d.message);
        }
        return true;
    };
    // The recording of a leg, when a folder was given: what to store, or why nothing.
    const auto decideRecording = [&](const CdrRecord& row, qint64 line) {
        RecordingDecision d;
        const auto match = recordings->find(row, taken);
        if (match.file) {
            d = RecordingMatcher::decide(*match.file, row, options.takeIncomplete);
            if (d.state == RecordingState::Attached)
                taken.insert(match.file->path);
        } else if (!match.ambiguous.isEmpty()) {
            QStringList names;
            for (const RecordingFile& f : match.ambiguous)
                names << f.name;
            d.state = RecordingState::Unusable;
            d.issue = RecordingIssue::Ambiguous;
            d.message = tr("%n recordings match the call and the times in their names do not "
                           "tell which is its own: %1",
                           nullptr, int(names.size()))
                            .arg(names.join(QStringLiteral(", ")));
        } else if (row.disposition == QLatin1String("ANSWERED") && row.billsec > 0) {
            d.state = RecordingState::Missing;
            d.issue = RecordingIssue::NoFile;
        }
        const QString id = !row.uniqueId.isEmpty() ? row.uniqueId : row.linkedId;
        switch (d.state) {
        case RecordingState::Missing:
            ++report.recordingCounts.missing;
            if (match.outOfTime.isEmpty()) {
                note(line, ImportNote::Kind::Recording, missingGroup, [&id] {
                    return id.isEmpty() ? tr("answered, and the row has no uniqueid or linkedid "
                                             "to find its recording by")
                                        : tr("answered, and no recording file names its "
                                             "uniqueid %1")
                                              .arg(id);
                });
            } else {
                QStringList names;
                for (const RecordingFile& f : match.outOfTime)
                    names << f.name;
                note(line, ImportNote::Kind::Recording, missingGroup,
                     tr("answered; %n file(s) name its uniqueid %1 but started outside this "
                        "leg: %2",
                        nullptr, int(names.size()))
                         .arg(id, names.join(QStringLiteral(", "))));
            }
            break;
        case RecordingState::Pending:
            ++report.recordingCounts.pending;
            note(line, ImportNote::Kind::Recording, pendingGroup, d.message, true);
            break;
        case RecordingState::Unusable:
            ++report.recordingCounts.unusable;
            note(line, ImportNote::Kind::Recording, unusableGroup, d.message, true);
            break;
        case RecordingState::None:
        case RecordingState::Attached:
            break;
        }
        return d;
    };

    // The masked form and the blind index of each caller once per import, not per row: the
    // same numbers call again and again, and masking parses the number (libphonenumber) while
    // the index is an HMAC. Memory only, like NumberReader's numbers; the sealed value stays
    // per row (its place names the call).
    struct CallerEntry
    {
        CallerForm form;
        QByteArray index;
    };
    QHash<QString, CallerEntry> callerCache;
    const auto callerEntry = [&](const QString& caller) -> const CallerEntry& {
        if (const auto it = callerCache.constFind(caller); it != callerCache.constEnd())
            return *it;
        if (callerCache.size() >= 20000)
            callerCache.clear();
        CallerEntry entry{CallerForm::of(caller), {}};
        if (entry.form.indexed)
            entry.index = crypto.index(u"phone", caller);
        return *callerCache.insert(caller, entry);
    };

    CsvRecord csv;
    QString reason;
    qint64 rows = 0;
    for (;;) {
        if (options.stopRequested && options.stopRequested()) {
            report.stopped = true;
            break;
        }
        const CsvReader::Result result = reader.next(&csv, &reason);
        if (result == CsvReader::Result::End)
            break;
        ++rows;
        ++report.rowsRead;
        const qint64 line = csv.line;
        std::optional<CdrRecord> cdr;
        if (result == CsvReader::Result::Record) // otherwise `reason` is the reader's
            cdr = AsteriskCdr::parse(csv, options.time, &reason, options.layout);
        if (!cdr) {
            if (!reject(line, reason))
                break;
        } else {
            ++report.layouts[cdr->layout.name()];
            const auto present = calls.find(*cdr, error);
            if (!present)
                return std::nullopt;
            if (*present) {
                ++report.skipped;
                note(line, ImportNote::Kind::Skipped, skippedGroup,
                     [&] { return tr("already in the register (call %1)").arg((*present)->id); });
                // A recording that has appeared or been finished since.
                if (recordings && (*present)->recording != RecordingState::Attached) {
                    RecordingDecision d = decideRecording(*cdr, line);
                    if (d.state != RecordingState::None && !attach((*present)->id, line, d, true))
                        return std::nullopt;
                }
            } else {
                for (const CdrWarning& w : cdr->warnings)
                    note(line, ImportNote::Kind::Warning, oddGroup, w.message);
                const MappedCall mapped = AsteriskCdr::map(*cdr, options.mapping);
                CallStatements::NewCall call;
                call.row = &*cdr;
                call.direction = mapped.direction;
                const auto readNumber = [&](const QString& raw) {
                    const StoredNumber& number = numbers.read(raw);
                    if (!number.group.isEmpty())
                        note(line, ImportNote::Kind::Number, number.group, number.message);
                    return number.value;
                };
                const auto callId = calls.nextId(error);
                if (!callId)
                    return std::nullopt;
                call.id = *callId;
                // The caller as everyone sees it (masked), sealed in full under the identifier
                // key, and indexed when this session holds the lookup key (else a holder
                // indexes it and links its subject later: caller_pending).
                const QString caller = readNumber(mapped.caller);
                const CallerEntry& entry = callerEntry(caller);
                const CallerForm& form = entry.form;
                call.caller = form.shown;
                if (form.sealed) {
                    const auto sealed = crypto.seal(
                        Capability::Identifiers, caller.toUtf8(),
                        QByteArray("calls/caller/") + QByteArray::number(call.id), error);
                    if (!sealed)
                        return std::nullopt;
                    call.callerSealed = *sealed;
                }
                if (form.indexed) {
                    call.callerIndex = entry.index;
                    call.callerPending = call.callerIndex.isEmpty();
                }
                const QString serviceNumber = readNumber(mapped.serviceNumber);
                const auto serviceId = services.idOf(serviceNumber, error);
                const auto queueId = queues.idOf(mapped.queue, error);
                const auto agentId = agents.idOf(mapped.agent, error);
                if (!serviceId || !queueId || !agentId)
                    return std::nullopt;
                call.serviceNumberId = *serviceId;
                call.queueId = *queueId;
                call.agentId = *agentId;

                SubjectKeys keys;
                if (form.indexed) {
                    keys.phone = caller;
                    keys.name = cdr->callerName();
                }
                switch (subjects.link(keys, SubjectLinker::Source::Call, &call.subjectId,
                                      &call.restricted, error)) {
                case SubjectLinker::Outcome::Failed:
                    return std::nullopt;
                case SubjectLinker::Outcome::Created:
                    ++report.subjectsCreated;
                    ++report.subjectsLinked;
                    break;
                case SubjectLinker::Outcome::Linked:
                    ++report.subjectsLinked;
                    break;
                case SubjectLinker::Outcome::Shared:
                case SubjectLinker::Outcome::Conflict:
                    note(line, ImportNote::Kind::Subject, sharedGroup, [] {
                        return tr("not linked to a data subject: several have this number");
                    });
                    break;
                case SubjectLinker::Outcome::Deferred: {
                    // Its subject is linked with its index, by a holder of the lookup key; the
                    // caller's name waits sealed with the call.
                    call.callerPending = true;
                    const auto sealed = crypto.seal(
                        Capability::Identifiers,
                        QJsonDocument(QJsonObject{{QStringLiteral("name"), keys.name}})
                            .toJson(QJsonDocument::Compact),
                        QByteArray("calls/subject/") + QByteArray::number(call.id), error);
                    if (!sealed)
                        return std::nullopt;
                    call.subjectPending = *sealed;
                    break;
                }
                case SubjectLinker::Outcome::None:
                    break;
                }

                RecordingDecision recording;
                if (recordings) {
                    recording = decideRecording(*cdr, line);
                    call.recording = recording.state == RecordingState::Attached
                                         ? RecordingState::None // the trigger sets it
                                         : recording.state;
                    call.issue = recording.issue;
                    call.foundMs =
                        recording.state == RecordingState::Attached ? -1 : recording.foundMs;
                }
                if (!calls.insert(call, error))
                    return std::nullopt;
                if (recording.state == RecordingState::Attached &&
                    !attach(call.id, line, recording, false))
                    return std::nullopt;
                ++report.imported;
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
