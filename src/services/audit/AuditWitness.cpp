#include "services/audit/AuditWitness.h"

#include "crypto/SigningKey.h"
#include "storage/AuditLog.h"

#include <algorithm>
#include <cstring>

namespace tallenne {

std::optional<QByteArray> AuditChainFacts::hashAt(qint64 sequence) const
{
    const auto it = std::lower_bound(m_hashes.begin(), m_hashes.end(), sequence,
                                     [](const auto& entry, qint64 s) { return entry.first < s; });
    if (it == m_hashes.end() || it->first != sequence)
        return std::nullopt;
    return QByteArray(it->second.data(), qsizetype(it->second.size())).toHex();
}

QString AuditChainFacts::signerOf(const QByteArray& hexHash, const QByteArray& hexSignature) const
{
    const QByteArray message = AuditLog::signedMessage(hexHash);
    const QByteArray signature = QByteArray::fromHex(hexSignature);
    for (const auto& [author, key] : m_keys) {
        if (SigningKey::verify(key, message, signature))
            return author;
    }
    return {};
}

bool AuditChainFacts::introduced(const QString& author, const QByteArray& key) const
{
    return m_keys.contains(qMakePair(author, key));
}

QByteArray AuditChainFacts::latestKey(const QString& author) const
{
    for (auto it = m_keys.crbegin(); it != m_keys.crend(); ++it) {
        if (it->first == author)
            return it->second;
    }
    return {};
}

void AuditChainFacts::addHash(qint64 sequence, const QByteArray& hexHash)
{
    std::array<char, 32> raw{};
    const QByteArray bytes = QByteArray::fromHex(hexHash);
    std::memcpy(raw.data(), bytes.constData(), std::min<std::size_t>(raw.size(), bytes.size()));
    // Sequences arrive in order; a damaged chain may repeat or skip some.
    if (!m_hashes.empty() && m_hashes.back().first >= sequence)
        return;
    m_hashes.emplace_back(sequence, raw);
    length = std::max(length, sequence);
}

void AuditChainFacts::addKey(const QString& author, const QByteArray& key)
{
    const auto pair = qMakePair(author, key);
    m_keys.removeAll(pair);
    m_keys.append(pair); // the latest last
}

} // namespace tallenne
