#pragma once

// Many calls with small encrypted recordings at chosen times, in one transaction, for the
// purge's kill test and bench (tests/cli/tst_purgekill.cpp, bench/bench_purge.cpp).

#include "support/TestAudio.h"

#include <QDateTime>

namespace tallenne::test {

/// Inserts `count` calls, one a minute from `start`, each with a recording of `audio`
/// (encrypted under its own key, the key sealed under the recordings key), in one
/// transaction. Returns how many were made.
inline std::optional<int> addExpiredCalls(Session& session, const QDateTime& start, int count,
                                          const QByteArray& audio, const QString& prefix,
                                          Error* error)
{
    TransactionGuard transaction(session.db());
    QSqlQuery call(session.db());
    call.prepare(QStringLiteral("INSERT INTO calls (source_id, started_at, direction, disposition)"
                                " VALUES (?, ?, 'inbound', 'ANSWERED')"));
    RecordingStore store(session.paths().recordings(), session.db(), session.clock());
    const AudioInfo info{QStringLiteral("pcm_s16le"), 2, 8000, 250};
    for (int i = 0; i < count; ++i) {
        call.addBindValue(QStringLiteral("%1-%2").arg(prefix).arg(i));
        call.addBindValue(start.addSecs(qint64(i) * 60).toSecsSinceEpoch());
        if (!call.exec()) {
            fail(error, ErrorKind::Environment, call.lastError().text());
            return std::nullopt;
        }
        const qint64 callId = call.lastInsertId().toLongLong();
        auto stored = store.write(audio, error);
        auto sealed = stored ? sealRecordingKey(session, *stored, error) : std::nullopt;
        if (!sealed || !store.insertRow(callId, *stored, info, *sealed, error))
            return std::nullopt;
    }
    if (!transaction.commit(error))
        return std::nullopt;
    return count;
}

} // namespace tallenne::test
