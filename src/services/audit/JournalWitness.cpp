#include "services/audit/JournalWitness.h"

#include "core/Logging.h"
#include "storage/AuditLog.h"

#include <QFileInfo>

#include <cstring>
#include <systemd/sd-journal.h>

namespace tallenne {

namespace {

constexpr char SocketPath[] = "/run/systemd/journal/socket";

// The value of FIELD in the journal's current entry, or empty.
QByteArray field(sd_journal* journal, const char* name)
{
    const void* data = nullptr;
    size_t length = 0;
    if (sd_journal_get_data(journal, name, &data, &length) < 0)
        return {};
    const QByteArray raw(static_cast<const char*>(data), qsizetype(length));
    const qsizetype eq = raw.indexOf('=');
    return eq < 0 ? QByteArray() : raw.mid(eq + 1);
}

bool isHex(const QByteArray& text, qsizetype bytes)
{
    return text.size() == 2 * bytes && QByteArray::fromHex(text).toHex() == text;
}

} // namespace

bool JournalWitness::journalRuns()
{
    return QFileInfo(QString::fromLatin1(SocketPath)).exists();
}

void JournalWitness::record(const WitnessHead& head)
{
    const QByteArray registerId = head.registerId.toLatin1();
    const int rc = sd_journal_send(
        "MESSAGE=Tallenne audit trail head %lld", static_cast<long long>(head.sequence),
        "MESSAGE_ID=0b3e4f5a6c7d48e9a1b2c3d4e5f60718", "PRIORITY=6", "SYSLOG_IDENTIFIER=tallenne",
        "TALLENNE_REGISTER=%s", registerId.constData(), "TALLENNE_AUDIT_SEQ=%lld",
        static_cast<long long>(head.sequence), "TALLENNE_AUDIT_HASH=%s", head.hash.constData(),
        "TALLENNE_AUDIT_SIGNATURE=%s", head.signature.constData(), nullptr);
    if (rc < 0)
        qCDebug(lcServices) << "the audit head did not reach the system journal:"
                            << std::strerror(-rc);
}

void JournalWitness::recordHeadOf(QSqlDatabase db, const QString& registerId)
{
    Error error;
    const auto head = AuditLog(db).head(&error);
    if (!head || head->sequence == 0)
        return;
    record(WitnessHead{registerId, head->sequence, head->hash, head->signature});
}

std::optional<QList<JournalWitness::Record>> JournalWitness::heads(const QString& registerId,
                                                                   QString* why)
{
    sd_journal* journal = nullptr;
    int rc = sd_journal_open(&journal, SD_JOURNAL_LOCAL_ONLY);
    if (rc < 0) {
        if (why)
            *why = tr("the system journal cannot be opened: %1")
                       .arg(QString::fromLocal8Bit(std::strerror(-rc)));
        return std::nullopt;
    }
    const QByteArray match = "TALLENNE_REGISTER=" + registerId.toLatin1();
    QList<Record> out;
    rc = sd_journal_add_match(journal, match.constData(), size_t(match.size()));
    if (rc >= 0) {
        SD_JOURNAL_FOREACH(journal)
        {
            Record r;
            bool ok = false;
            r.sequence = field(journal, "TALLENNE_AUDIT_SEQ").toLongLong(&ok);
            r.hash = field(journal, "TALLENNE_AUDIT_HASH").toLower();
            r.signature = field(journal, "TALLENNE_AUDIT_SIGNATURE").toLower();
            uint64_t usec = 0;
            if (sd_journal_get_realtime_usec(journal, &usec) >= 0)
                r.at = QDateTime::fromMSecsSinceEpoch(qint64(usec / 1000), Qt::UTC);
            if (ok && r.sequence > 0 && isHex(r.hash, 32))
                out.append(r);
        }
    }
    sd_journal_close(journal);
    if (rc < 0) {
        if (why)
            *why = tr("the system journal cannot be searched: %1")
                       .arg(QString::fromLocal8Bit(std::strerror(-rc)));
        return std::nullopt;
    }
    return out;
}

QString JournalWitness::beforeCheckpoint(qint64 heads, const AuditChainFacts& chain)
{
    return tr("%n head(s) before the audit checkpoint at entry %1, purged on the trail's "
              "retention period and no longer comparable",
              nullptr, int(heads))
        .arg(chain.checkpointCut);
}

WitnessCheck JournalWitness::check(const AuditChainFacts& chain) const
{
    WitnessCheck result{name(), WitnessCheck::State::Unavailable, {}, {}};
    if (chain.registerId.isEmpty()) {
        result.detail = tr("the trail names no register, so its heads cannot be looked up");
        return result;
    }
    QString why;
    const auto records = m_reader(chain.registerId, &why);
    if (!records) {
        result.detail = why;
        return result;
    }
    qint64 consistent = 0, unattributed = 0, latest = 0, purged = 0;
    QDateTime latestAt;
    QStringList contradictions;
    for (const Record& r : *records) {
        // Heads of entries a checkpoint removed on the trail's retention period: nothing is
        // left to compare them with (the checkpoint's own cut still is).
        if (chain.beforeCheckpoint(r.sequence)) {
            ++purged;
            continue;
        }
        const auto hash = chain.hashAt(r.sequence);
        if (hash && *hash == r.hash) {
            ++consistent;
            if (r.sequence >= latest) {
                latest = r.sequence;
                latestAt = r.at;
            }
            continue;
        }
        // Anyone can write to the journal, so a record is named as evidence only when an
        // author of this trail signed it; the others still contradict the trail, and say why
        // they may.
        const QString signer =
            isHex(r.signature, 64) ? chain.signerOf(r.hash, r.signature) : QString();
        if (signer.isEmpty()) {
            ++unattributed;
            continue;
        }
        const QString when = r.at.toString(Qt::ISODate);
        contradictions << (r.sequence > chain.length
                               ? tr("the journal saw entry %1 (signed by %2, %3), but the trail "
                                    "ends at entry %4: its tail was cut or the register was "
                                    "rolled back")
                                     .arg(r.sequence)
                                     .arg(signer, when)
                                     .arg(chain.length)
                               : tr("the journal saw a different entry %1 (signed by %2, %3): "
                                    "the trail was rolled back or rewritten")
                                     .arg(r.sequence)
                                     .arg(signer, when));
    }
    if (unattributed > 0)
        contradictions << tr("the journal holds %n head(s) of this register that the trail does "
                             "not hold and no author of this trail signed: the trail was "
                             "rewritten with other keys, or someone wrote false records to the "
                             "journal",
                             nullptr, int(unattributed));
    if (!contradictions.isEmpty()) {
        result.state = WitnessCheck::State::Contradicts;
        result.contradictions = contradictions;
        result.detail = contradictions.first() +
                        (contradictions.size() > 1
                             ? QStringLiteral(" (%1)").arg(
                                   tr("and %n more", nullptr, int(contradictions.size() - 1)))
                             : QString());
    } else if (consistent > 0) {
        result.state = WitnessCheck::State::Consistent;
        result.detail =
            tr("%n head(s) in the journal, the latest entry %1 at %2", nullptr, int(consistent))
                .arg(latest)
                .arg(latestAt.toString(Qt::ISODate));
        if (purged > 0)
            result.detail += QStringLiteral("; ") + beforeCheckpoint(purged, chain);
    } else if (purged > 0) {
        result.detail = beforeCheckpoint(purged, chain);
    } else if (!journalRuns()) {
        result.detail = tr("no system journal runs here (no %1), so no head was recorded or "
                           "could be checked")
                            .arg(QString::fromLatin1(SocketPath));
    } else {
        result.detail = tr("the journal of this machine holds no head of this register (it was "
                           "used elsewhere, or the journal rotated them away)");
    }
    return result;
}

} // namespace tallenne
