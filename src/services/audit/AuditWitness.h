#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace tallenne {

/// What verifying the chain learned, for the witnesses to compare against: the hash of every
/// entry by sequence, the register the chain belongs to, and every signing key it introduced.
class AuditChainFacts
{
public:
    /// The register id named by the chain's `register.init` entry ("" when it has none).
    QString registerId;
    /// The highest sequence number in the chain.
    qint64 length = 0;
    /// The last entry a purge removed (the checkpoint's cut) when the chain starts after one;
    /// 0 otherwise. Entries before it cannot be compared; hashAt() knows the cut's own hash.
    qint64 checkpointCut = 0;

    /// True when `sequence` names an entry the trail no longer holds because a checkpoint
    /// legitimately removed it (before the cut; the cut itself can still be compared).
    [[nodiscard]] bool beforeCheckpoint(qint64 sequence) const
    {
        return sequence > 0 && sequence < checkpointCut;
    }

    /// The hex hash of the entry with this sequence number, if the chain holds one.
    [[nodiscard]] std::optional<QByteArray> hashAt(qint64 sequence) const;
    /// The author (e.g. "user:anna") whose key made `hexSignature` over the entry hash
    /// `hexHash`, among every key the chain ever introduced; empty when none did.
    [[nodiscard]] QString signerOf(const QByteArray& hexHash, const QByteArray& hexSignature) const;
    /// True when the chain introduced `key` (raw) for `author` at some point.
    [[nodiscard]] bool introduced(const QString& author, const QByteArray& key) const;
    /// The key the chain introduced last for `author` (raw; empty when none).
    [[nodiscard]] QByteArray latestKey(const QString& author) const;

    void addHash(qint64 sequence, const QByteArray& hexHash);
    void addKey(const QString& author, const QByteArray& key);

private:
    std::vector<std::pair<qint64, std::array<char, 32>>> m_hashes; ///< ascending sequence
    QList<QPair<QString, QByteArray>> m_keys;
};

/// A head as a witness records it: the register, the last entry's number, hash and
/// signature (hex). No personal data: no user name, no content.
struct WitnessHead
{
    QString registerId;
    qint64 sequence = 0;
    QByteArray hash;
    QByteArray signature;
};

/// What one witness said about the chain.
struct WitnessCheck
{
    enum class State
    {
        Consistent,  ///< every head it holds is in the chain
        Contradicts, ///< it holds a head the chain no longer has (cut tail, rollback, rewrite)
        Unavailable, ///< it could not be checked here; `detail` says why
    };
    QString name; ///< "journal", "kept head", "anchor"
    State state = State::Unavailable;
    QString detail; ///< for people
    /// Every contradiction when there are several (`detail` says the first and how many more):
    /// each becomes a problem of its own, so verify's text and JSON list them all.
    QStringList contradictions;
};

/// A record of the audit chain's head kept outside the register database (DESIGN.md,
/// "Audit trail"): a cut tail or a rolled-back register is seen against it even when
/// everything in the register folder was rewritten. Implementations: the system journal,
/// a signed head kept by an administrator, the anchor in keyslots.json; later the
/// PostgreSQL server.
class AuditWitness
{
public:
    virtual ~AuditWitness() = default;

    /// A stable name for the command line and logs.
    [[nodiscard]] virtual QString name() const = 0;
    /// Records a newly committed head. Best effort: a witness that cannot record here says
    /// why in the log, and its check() says what it could not check.
    virtual void record(const WitnessHead& head) = 0;
    /// Compares what the witness holds with the chain.
    [[nodiscard]] virtual WitnessCheck check(const AuditChainFacts& chain) const = 0;
};

} // namespace tallenne
