#include "services/AuditService.h"

#include "crypto/KeySlotFile.h"
#include "services/Session.h"
#include "services/audit/AnchorWitness.h"
#include "services/audit/JournalWitness.h"
#include "storage/TransactionGuard.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <memory>
#include <vector>

namespace tallenne {

namespace {
// Fixes a filter to the entries that exist now (up to the head), from the first, and counts
// them: what a view pages through and an export writes stays the same while others write.
std::optional<qint64> pinToHead(const AuditLog& log, AuditFilter& filter, Error* error)
{
    const auto head = log.head(error);
    if (!head)
        return std::nullopt;
    filter.maxSequence =
        filter.maxSequence > 0 ? std::min(filter.maxSequence, head->sequence) : head->sequence;
    filter.offset = 0;
    filter.limit = 0;
    const qint64 count = log.count(filter, error);
    if (count < 0)
        return std::nullopt;
    return count;
}
} // namespace

AuditService::AuditService(Session& session) : m_session(session) {}

std::optional<AuditVerification>
AuditService::check(Session& session, const std::optional<SignedHead>& keptHead, Error* error)
{
    return check(session.db(),
                 AuditCheckInput{session.paths(), session.userName(),
                                 session.signingKey().publicKey(), keptHead},
                 error);
}

std::optional<AuditVerification> AuditService::check(QSqlDatabase db, const AuditCheckInput& input,
                                                     Error* error,
                                                     const AuditVerifier::Progress& progress)
{
    const auto file = KeySlotFile::load(input.paths.keySlots(), error);
    if (!file)
        return std::nullopt;
    Error usersError;
    const QList<UserRecord> users = UserRepository(db).list(&usersError);
    if (usersError) {
        if (error)
            *error = usersError;
        return std::nullopt;
    }
    // The witnesses are read before the trail (keyslots.json above, the journal here): what
    // they saw was committed before the scan began, so an entry this console commits while the
    // scan runs never looks like a cut tail.
    const QString registerId = file->registerId();
    QString journalWhy;
    const auto journalHeads = JournalWitness::heads(registerId, &journalWhy);
    AuditVerifier verifier;
    Error scanError;
    AuditVerification result = verifier.run(db, users, &scanError, progress);
    if (scanError) {
        if (error)
            *error = scanError;
        return std::nullopt;
    }
    const auto problem = [&result](const QString& message, const QString& witness = {}) {
        result.problems.append({0, message, witness});
    };
    const AuditChainFacts& facts = verifier.facts();
    // The one key verification knows first-hand: the verifying user's own. A trail rewritten
    // with made-up keys does not have it.
    const QString self = QStringLiteral("user:") + input.userName;
    if (facts.latestKey(self) != input.publicKey)
        problem(tr("The trail does not give you (%1) your own signing key: it was rewritten "
                   "with other keys.")
                    .arg(input.userName));
    if (facts.registerId != file->registerId())
        problem(tr("keyslots.json belongs to register %1, but the audit trail to %2.")
                    .arg(file->registerId(), facts.registerId));

    std::vector<std::unique_ptr<AuditWitness>> witnesses;
    witnesses.push_back(std::make_unique<JournalWitness>(
        [&](const QString& id, QString* why) -> std::optional<QList<JournalWitness::Record>> {
            if (id != registerId)
                return JournalWitness::heads(id, why);
            if (!journalHeads && why)
                *why = journalWhy;
            return journalHeads;
        }));
    if (input.keptHead)
        witnesses.push_back(std::make_unique<KeptHeadWitness>(*input.keptHead));
    witnesses.push_back(std::make_unique<AnchorWitness>(file->auditAnchor()));
    for (const auto& witness : witnesses) {
        const WitnessCheck c = witness->check(facts);
        if (c.state == WitnessCheck::State::Contradicts && c.contradictions.size() > 1) {
            // Each on its own, so the "(and N more)" of the detail can be read.
            // The journal may hold the same head more than once (each process that wrote
            // it): each contradiction said once.
            QSet<QString> said;
            for (const QString& one : c.contradictions) {
                if (!said.contains(one)) {
                    said.insert(one);
                    problem(QStringLiteral("%1: %2").arg(witnessName(c), one), c.name);
                }
            }
        } else if (c.state == WitnessCheck::State::Contradicts) {
            problem(QStringLiteral("%1: %2").arg(witnessName(c), c.detail), c.name);
        }
        result.witnesses.append(c);
    }
    // Bad entries first, then what the witnesses saw (a cut tail explains the users and roles
    // that no longer add up), then the rest.
    const auto rank = [](const AuditProblem& p) {
        return p.sequence > 0 ? 0 : !p.witness.isEmpty() ? 1 : 2;
    };
    std::stable_sort(
        result.problems.begin(), result.problems.end(),
        [&](const AuditProblem& a, const AuditProblem& b) { return rank(a) < rank(b); });
    result.intact = result.problems.isEmpty();
    result.problem = result.intact ? QString() : result.problems.first().message;
    result.firstBadSequence = result.intact ? 0 : result.problems.first().sequence;
    return result;
}

std::optional<AuditVerification> AuditService::verify(Error* error,
                                                      const std::optional<SignedHead>& keptHead)
{
    if (!m_session.require(Permission::ReadAuditTrail, QStringLiteral("audit.verify"), {}, error))
        return std::nullopt;
    // This session's readings not anchored yet are anchored first: verify compares the anchor.
    if (!m_session.flushAuditAnchor(error))
        return std::nullopt;
    auto result = check(m_session, keptHead, error);
    if (!result || !recordVerification(*result, error))
        return std::nullopt;
    return result;
}

std::optional<AuditCheckInput> AuditService::prepareCheck(const std::optional<SignedHead>& keptHead,
                                                          Error* error)
{
    if (!m_session.require(Permission::ReadAuditTrail, QStringLiteral("audit.verify"), {}, error))
        return std::nullopt;
    if (!m_session.flushAuditAnchor(error)) // the check in the background compares the anchor
        return std::nullopt;
    return AuditCheckInput{m_session.paths(), m_session.userName(),
                           m_session.signingKey().publicKey(), keptHead};
}

bool AuditService::recordVerification(const AuditVerification& result, Error* error)
{
    if (!m_session.require(Permission::ReadAuditTrail, QStringLiteral("audit.verify"), {}, error))
        return false;
    QStringList checked;
    for (const WitnessCheck& c : result.witnesses) {
        if (c.state != WitnessCheck::State::Unavailable)
            checked << c.name;
    }
    TransactionGuard transaction(m_session.db());
    return m_session.audit(
               QStringLiteral("audit.verify"), {},
               QStringLiteral("result=%1 witnesses=%2")
                   .arg(result.intact ? QStringLiteral("intact") : QStringLiteral("broken"),
                        checked.join(QLatin1Char(',')).replace(QLatin1Char(' '), QLatin1Char('-'))),
               error) &&
           m_session.commit(transaction, error);
}

std::optional<AuditFilter> AuditService::allowed(AuditFilter filter, const QString& action,
                                                 Error* error)
{
    if (Permissions::allows(m_session.roles(), Permission::ReadAuditTrail))
        return m_session.require(Permission::ReadAuditTrail, action, {}, error)
                   ? std::optional(filter)
                   : std::nullopt;
    // A privacy officer reads the entries of their own requests; until requests exist, the
    // entries they wrote themselves.
    if (Permissions::allows(m_session.roles(), Permission::ReadAuditOwnRequests)) {
        if (!m_session.require(Permission::ReadAuditOwnRequests, action, {}, error))
            return std::nullopt;
        filter.user = m_session.userName();
        return filter;
    }
    // Every other role is refused in the name of the whole trail's permission (and audited).
    (void)m_session.require(Permission::ReadAuditTrail, action, {}, error);
    return std::nullopt;
}

std::optional<AuditTrailView> AuditService::view(const AuditFilter& requested, Error* error)
{
    auto filter = allowed(requested, QStringLiteral("audit.read"), error);
    if (!filter)
        return std::nullopt;
    const bool own = !Permissions::allows(m_session.roles(), Permission::ReadAuditTrail);
    // The entry comes first: nothing is read unless the reading is on record. The view then
    // holds the entries up to and including it.
    TransactionGuard transaction(m_session.db());
    AuditLog log(m_session.db());
    const qint64 matched = log.count(*filter, error);
    if (matched < 0)
        return std::nullopt;
    if (!m_session.audit(QStringLiteral("audit.read"), {},
                         AuditTrailView::summary(*filter, own) +
                             QStringLiteral(" matched=%1").arg(matched),
                         error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    const auto count = pinToHead(log, *filter, error);
    if (!count)
        return std::nullopt;
    return AuditTrailView(m_session.db(), *filter, own, *count);
}

std::optional<qint64> AuditService::exportCsv(const AuditFilter& requested, const QString& path,
                                              Error* error)
{
    auto filter = allowed(requested, QStringLiteral("audit.export"), error);
    if (!filter)
        return std::nullopt;
    const bool own = !Permissions::allows(m_session.roles(), Permission::ReadAuditTrail);
    AuditLog log(m_session.db());
    const auto pinned = pinToHead(log, *filter, error);
    if (!pinned)
        return std::nullopt;
    const qint64 count = *pinned;
    // The file is complete before the entry commits, and replaces the old one only after:
    // no export goes unrecorded.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(
            error, ErrorKind::Environment,
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    const AuditTrailView view(m_session.db(), *filter, own, count);
    if (!view.writeCsv(file, error))
        return std::nullopt;
    TransactionGuard transaction(m_session.db());
    if (!m_session.audit(QStringLiteral("audit.export"), {},
                         AuditTrailView::summary(*filter, own) +
                             QStringLiteral(" entries=%1").arg(count),
                         error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    if (!file.commit()) {
        fail(
            error, ErrorKind::Environment,
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    return count;
}

std::optional<qint64> AuditService::list(const AuditFilter& requested, qint64 beforeSequence,
                                         qint64 limit,
                                         const std::function<bool(const AuditEntry&)>& visit,
                                         Error* error)
{
    if (!m_session.require(Permission::ReadAuditTrail, QStringLiteral("audit.list"), {}, error))
        return std::nullopt;
    AuditFilter filter = requested;
    // Before the first entry there is none (a maxSequence of 0 would mean no bound).
    const bool none = beforeSequence == 1;
    if (beforeSequence > 1)
        filter.maxSequence = filter.maxSequence > 0
                                 ? std::min(filter.maxSequence, beforeSequence - 1)
                                 : beforeSequence - 1;
    // Fixed to the entries there are before this listing's own.
    AuditLog log(m_session.db());
    const auto pinned = pinToHead(log, filter, error);
    if (!pinned)
        return std::nullopt;
    const qint64 matched = none ? 0 : *pinned;
    TransactionGuard transaction(m_session.db());
    QString details =
        AuditTrailView::summary(filter, false) + QStringLiteral(" matched=%1").arg(matched);
    if (beforeSequence > 0)
        details += QStringLiteral(" before=%1").arg(beforeSequence);
    if (limit > 0)
        details += QStringLiteral(" limit=%1").arg(limit);
    if (!m_session.audit(QStringLiteral("audit.list"), {}, details, error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    // Keyset pages down the sequence numbers: each page starts below the last one read.
    constexpr int pageSize = 500;
    const qint64 wanted = limit > 0 ? std::min(limit, matched) : matched;
    qint64 handed = 0;
    while (handed < wanted) {
        filter.offset = 0;
        filter.limit = int(std::min<qint64>(pageSize, wanted - handed));
        Error readError;
        const QList<AuditEntry> entries = log.list(filter, &readError);
        if (readError) {
            if (error)
                *error = readError;
            return std::nullopt;
        }
        for (const AuditEntry& e : entries) {
            ++handed;
            if (!visit(e))
                return handed;
        }
        if (entries.size() < filter.limit || entries.isEmpty())
            break;
        filter.maxSequence = entries.constLast().sequence - 1;
        if (filter.maxSequence <= 0)
            break;
    }
    return handed;
}

std::optional<SignedHead> AuditService::head(Error* error)
{
    if (!m_session.require(Permission::ReadAuditTrail, QStringLiteral("audit.head"), {}, error))
        return std::nullopt;
    const auto file = KeySlotFile::load(m_session.paths().keySlots(), error);
    if (!file)
        return std::nullopt;
    // The head names its own entry, so the trail shows who took which head and when.
    TransactionGuard transaction(m_session.db());
    if (!m_session.audit(QStringLiteral("audit.head"),
                         QStringLiteral("register:%1").arg(file->registerId()), {}, error) ||
        !m_session.commit(transaction, error))
        return std::nullopt;
    const auto head = AuditLog(m_session.db()).head(error);
    if (!head)
        return std::nullopt;
    return SignedHead::make(file->registerId(), head->sequence, head->hash, m_session.userName(),
                            m_session.signingKey(), m_session.clock().nowUtc());
}

QString AuditService::summary(const AuditVerification& result)
{
    QString text = tr("%n entries", nullptr, int(result.entries));
    if (result.unsignedEntries > 0)
        text +=
            QStringLiteral("; ") + tr("%n entries from before signatures: hash-chained, not signed",
                                      nullptr, int(result.unsignedEntries));
    if (result.checkpointCut > 0)
        text += QStringLiteral("; ") +
                tr("entries up to %1 purged on the trail's retention period; checked from the "
                   "signed checkpoint at entry %2")
                    .arg(result.checkpointCut)
                    .arg(result.checkpointEntry);
    if (!result.pendingIntroductions.isEmpty())
        text +=
            QStringLiteral("; ") + tr("not yet signing (no login since the migration): %1")
                                       .arg(result.pendingIntroductions.join(QStringLiteral(", ")));
    return text;
}

QString AuditService::witnessName(const WitnessCheck& check)
{
    if (check.name == QLatin1String("journal"))
        return tr("system journal");
    if (check.name == QLatin1String("kept head"))
        return tr("kept head");
    if (check.name == QLatin1String("anchor"))
        return tr("keyslots.json anchor");
    return check.name;
}

} // namespace tallenne
