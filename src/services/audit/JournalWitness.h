#pragma once

#include "services/audit/AuditWitness.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace tallenne {

/// The system journal as a witness (libsystemd): every committed head is sent with
/// sd_journal_send, and verification reads the heads of this register back. Journal files are
/// written by journald, not by the user, so a user who rewrites the register cannot take a
/// head back out of the journal. Only ids and hashes go to the journal, no personal data:
///
///   MESSAGE_ID=0b3e4f5a6c7d48e9a1b2c3d4e5f60718  TALLENNE_REGISTER=<register id>
///   TALLENNE_AUDIT_SEQ=<n>  TALLENNE_AUDIT_HASH=<hex>  TALLENNE_AUDIT_SIGNATURE=<hex>
///
/// Anyone may write to the journal: a record that contradicts the chain is named as evidence
/// (with its signer) when a key the chain introduced signed it; one that no author of the chain
/// signed still contradicts it, said as what it is: a trail rewritten with other keys, or a
/// false record. Where no journal runs (containers, CI), check() says so.
class JournalWitness : public AuditWitness
{
    Q_DECLARE_TR_FUNCTIONS(JournalWitness)

public:
    /// One head read back from the journal.
    struct Record
    {
        qint64 sequence = 0;
        QByteArray hash;      ///< hex
        QByteArray signature; ///< hex
        QDateTime at;         ///< when the journal received it (UTC)
    };
    /// Reads the heads of a register (heads() by default; tests give a double).
    using Reader =
        std::function<std::optional<QList<Record>>(const QString& registerId, QString* why)>;

    explicit JournalWitness(Reader reader = &JournalWitness::heads) : m_reader(std::move(reader)) {}

    [[nodiscard]] QString name() const override { return QStringLiteral("journal"); }
    void record(const WitnessHead& head) override;
    [[nodiscard]] WitnessCheck check(const AuditChainFacts& chain) const override;

    /// Sends the current head of the chain in `db` (no-op for an empty chain).
    void recordHeadOf(QSqlDatabase db, const QString& registerId);
    /// Every head of the register the local journal holds, oldest first; nullopt with `why`
    /// set when the journal cannot be read here.
    [[nodiscard]] static std::optional<QList<Record>> heads(const QString& registerId,
                                                            QString* why);
    /// True when a journald socket exists on this machine (something receives the heads).
    [[nodiscard]] static bool journalRuns();

private:
    /// "N heads before the audit checkpoint at entry C …", for people.
    [[nodiscard]] static QString beforeCheckpoint(qint64 heads, const AuditChainFacts& chain);
    Reader m_reader;
};

} // namespace tallenne
