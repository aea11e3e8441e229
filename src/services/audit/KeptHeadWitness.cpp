#include "services/audit/KeptHeadWitness.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace tallenne {

namespace {

QString utc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

std::optional<SignedHead> KeptHeadWitness::load(const QString& path, Error* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, ErrorKind::InputRejected,
             tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    auto head = SignedHead::fromJson(file.read(64 * 1024), error);
    if (!head)
        return std::nullopt;
    if (!head->signatureValid()) {
        fail(error, ErrorKind::InputRejected,
             tr("%1: the head's signature does not verify; the file was altered.").arg(path));
        return std::nullopt;
    }
    return head;
}

WitnessCheck KeptHeadWitness::check(const AuditChainFacts& chain) const
{
    WitnessCheck result{name(), WitnessCheck::State::Contradicts, {}, {}};
    const QString kept = tr("entry %1, kept at %2, signed by %3")
                             .arg(m_head.sequence)
                             .arg(utc(m_head.time), m_head.signer);
    if (m_head.registerId != chain.registerId) {
        result.detail = tr("the kept head belongs to register %1, this trail to %2")
                            .arg(m_head.registerId, chain.registerId);
        return result;
    }
    // A head of an entry a checkpoint removed: the file's own signature was checked when it
    // was loaded, but neither the entry nor, maybe, its signer's key of then is left to compare.
    if (chain.beforeCheckpoint(m_head.sequence)) {
        result.state = WitnessCheck::State::Unavailable;
        result.detail = tr("the kept head (%1) names an entry before the audit checkpoint at "
                           "entry %2: it was purged on the trail's retention period and cannot "
                           "be compared")
                            .arg(kept)
                            .arg(chain.checkpointCut);
        return result;
    }
    if (!chain.introduced(QStringLiteral("user:") + m_head.signer, m_head.signerKey)) {
        result.detail = tr("the kept head (%1) is signed with a key the trail never introduced "
                           "for its signer: the trail was rewritten, or the head is forged")
                            .arg(kept);
        return result;
    }
    const auto hash = chain.hashAt(m_head.sequence);
    if (!hash && m_head.sequence > chain.length) {
        result.detail = tr("the kept head (%1) names an entry beyond the trail's end at entry "
                           "%2: its tail was cut or the register was rolled back")
                            .arg(kept)
                            .arg(chain.length);
    } else if (!hash || *hash != m_head.hash) {
        result.detail = tr("entry %1 is not the one the kept head (%2) names: the trail was "
                           "rolled back or rewritten")
                            .arg(m_head.sequence)
                            .arg(kept);
    } else {
        result.state = WitnessCheck::State::Consistent;
        result.detail = tr("the trail still holds %1").arg(kept);
    }
    return result;
}

} // namespace tallenne
