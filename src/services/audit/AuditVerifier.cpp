#include "services/audit/AuditVerifier.h"

#include "crypto/KeySlot.h"
#include "crypto/SigningKey.h"
#include "services/audit/AuditAuthors.h"
#include "storage/AuditLog.h"

#include <QHash>
#include <QSet>

namespace tallenne {

namespace {

const QString userPrefix = QStringLiteral("user:");
const QString slotPrefix = QStringLiteral("slot:");

// What the replay knows of one author at the current entry.
struct Author
{
    QByteArray key; ///< raw Ed25519 public key; empty until introduced
    Roles roles;    ///< users only
};

QString rolesText(Roles roles)
{
    const QStringList ids = RoleNames::ids(roles);
    return ids.isEmpty() ? QStringLiteral("-") : ids.join(QLatin1Char(','));
}

std::optional<Roles> parseRoles(const QString& text)
{
    return RoleNames::fromIds(text.split(QLatin1Char(','), Qt::SkipEmptyParts));
}

std::optional<QByteArray> parseKey(const QString& hex)
{
    const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
    if (raw.size() != qsizetype(SigningKey::PublicKeyBytes) || raw.toHex() != hex.toLatin1())
        return std::nullopt;
    return raw;
}

// The replay of one chain; AuditVerifier::run drives it entry by entry.
class Replay
{
public:
    Replay(AuditVerification& result, AuditChainFacts& facts) : m_result(result), m_facts(facts) {}

    /// Starts after a checkpoint's cut with what it records, instead of at entry 1.
    void seed(const AuditCheckpoint& c);
    /// The cuts of the checkpoints in the trail: the state at each is kept to compare with
    /// the checkpoint's record of it.
    void watchCuts(const QList<qint64>& cuts) { m_cuts = QSet<qint64>(cuts.cbegin(), cuts.cend()); }
    void entry(const AuditEntry& e);
    void finish(const QList<UserRecord>& users);
    /// What the replay knows now, as a checkpoint records it (register, authors, pending).
    [[nodiscard]] AuditCheckpoint snapshot() const;
    /// False while the replay is inside the unsigned part of a chain from before signatures:
    /// a checkpoint cannot carry that state.
    [[nodiscard]] bool signaturesBegan() const { return m_signedSeen || m_markerSeen; }

private:
    void check(const AuditEntry& e);
    void checkpoint(const AuditEntry& e, const QString& author);
    void problem(qint64 sequence, const QString& message);
    bool structure(const AuditEntry& e);
    void legacy(const AuditEntry& e);
    void marker(const AuditEntry& e);
    void root(const AuditEntry& e);
    void introduction(const AuditEntry& e, const QString& author);
    void effects(const AuditEntry& e, const QString& author);
    [[nodiscard]] bool isAdministrator(const QString& author) const;
    [[nodiscard]] bool requireAdministrator(const AuditEntry& e, const QString& author);

    AuditVerification& m_result;
    AuditChainFacts& m_facts;
    QHash<QString, Author> m_authors;
    QSet<QString> m_pending;        ///< may still introduce themselves (schema step 6)
    QHash<QString, Roles> m_legacy; ///< roles per user from the unsigned entries
    QByteArray m_previous;
    qint64 m_expected = 1;
    qint64 m_start = 1; ///< the first entry replayed (after the seed's cut)
    bool m_markerSeen = false;
    bool m_signedSeen = false;
    QSet<qint64> m_cuts;
    QHash<qint64, QString> m_stateAt; ///< AuditCheckpoint::state() at each watched cut
};

void Replay::seed(const AuditCheckpoint& c)
{
    for (auto it = c.authors.cbegin(); it != c.authors.cend(); ++it) {
        m_authors.insert(it.key(), Author{it->key, it->roles});
        if (!it->key.isEmpty())
            m_facts.addKey(it.key(), it->key);
    }
    m_pending = QSet<QString>(c.pending.cbegin(), c.pending.cend());
    m_previous = c.cutHash;
    m_expected = c.cut + 1;
    m_start = c.cut + 1;
    // A checkpoint cuts only where signatures have begun (AuditLog::purgeRange()).
    m_markerSeen = true;
    m_signedSeen = true;
    m_facts.registerId = c.registerId;
    m_facts.addHash(c.cut, c.cutHash);
    m_facts.checkpointCut = c.cut;
    m_stateAt.insert(c.cut, c.state());
}

AuditCheckpoint Replay::snapshot() const
{
    AuditCheckpoint c;
    for (auto it = m_authors.cbegin(); it != m_authors.cend(); ++it)
        c.authors.insert(it.key(), AuditCheckpoint::Author{it->key, it->roles});
    c.pending = QStringList(m_pending.cbegin(), m_pending.cend());
    c.pending.sort();
    c.registerId = m_facts.registerId;
    return c;
}

void Replay::problem(qint64 sequence, const QString& message)
{
    if (m_result.problem.isEmpty()) {
        m_result.problem = message;
        m_result.firstBadSequence = sequence;
    }
    if (m_result.problems.size() < AuditVerifier::MaxListedProblems)
        m_result.problems.append({sequence, message, {}});
    else
        ++m_result.moreProblems;
}

// Sequence, link and hash. False when the entry's own fields cannot be trusted.
bool Replay::structure(const AuditEntry& e)
{
    bool sequenceOk = true;
    if (e.sequence != m_expected) {
        sequenceOk = false;
        problem(e.sequence > m_expected ? m_expected : e.sequence,
                e.sequence > m_expected
                    ? AuditVerifier::tr("Entry %1 is missing: the chain jumps from %2 to %3.")
                          .arg(m_expected)
                          .arg(m_expected - 1)
                          .arg(e.sequence)
                    : AuditVerifier::tr("Entry %1 appears out of order.").arg(e.sequence));
    }
    bool ok = true;
    if (sequenceOk && e.previousHash != m_previous) {
        ok = false;
        problem(e.sequence, AuditVerifier::tr("Entry %1 does not follow entry %2: an entry was "
                                              "removed, inserted or reordered.")
                                .arg(e.sequence)
                                .arg(e.sequence - 1));
    } else if (sequenceOk && AuditLog::computeHash(e) != e.hash) {
        ok = false;
        problem(e.sequence,
                AuditVerifier::tr("Entry %1 was changed after it was written.").arg(e.sequence));
    }
    m_previous = e.hash;
    m_expected = std::max(m_expected, e.sequence) + 1;
    m_facts.addHash(e.sequence, e.hash);
    return ok && sequenceOk;
}

void Replay::entry(const AuditEntry& e)
{
    check(e);
    if (m_cuts.contains(e.sequence))
        m_stateAt.insert(e.sequence, snapshot().state());
}

void Replay::check(const AuditEntry& e)
{
    ++m_result.entries;
    const bool trusted = structure(e);
    if (m_facts.registerId.isEmpty() && e.action == QLatin1String("register.init") &&
        e.object.startsWith(QLatin1String("register:")))
        m_facts.registerId = e.object.mid(9);

    if (e.signature.isEmpty()) {
        if (m_signedSeen || m_markerSeen) {
            problem(e.sequence, AuditVerifier::tr("Entry %1 has no signature, but every entry "
                                                  "since signatures began must have one.")
                                    .arg(e.sequence));
            return;
        }
        ++m_result.unsignedEntries;
        if (e.action == QLatin1String("audit.signatures") && e.user == QLatin1String("-"))
            marker(e);
        else
            legacy(e);
        return;
    }

    if (!m_signedSeen && m_result.unsignedEntries > 0 && !m_markerSeen)
        problem(e.sequence, AuditVerifier::tr("Entry %1 is signed, but the unsigned entries "
                                              "before it do not end with the entry of the "
                                              "migration to signatures.")
                                .arg(e.sequence));
    const bool first = !m_signedSeen && m_result.unsignedEntries == 0;
    m_signedSeen = true;
    if (!trusted)
        return; // already reported; its signature and effects mean nothing
    if (first) {
        root(e);
        return;
    }

    const QString author =
        e.user == QLatin1String("-") ? slotPrefix + e.roles : userPrefix + e.user;
    if (e.action == QLatin1String("key.introduce")) {
        introduction(e, author);
        return;
    }
    const auto known = m_authors.constFind(author);
    if (known == m_authors.cend() || known->key.isEmpty()) {
        problem(e.sequence, AuditVerifier::tr("Entry %1 is signed as %2, whose key the trail never "
                                              "introduced (or who was removed): it was inserted.")
                                .arg(e.sequence)
                                .arg(author));
        return;
    }
    if (!SigningKey::verify(known->key, AuditLog::signedMessage(e.hash),
                            QByteArray::fromHex(e.signature))) {
        problem(e.sequence,
                AuditVerifier::tr("Entry %1 (%2, by %3) does not carry %3's signature: it was "
                                  "changed or written by someone else, and the chain re-hashed.")
                    .arg(e.sequence)
                    .arg(e.action, author));
        return;
    }
    if (author.startsWith(userPrefix)) {
        const auto claimed = parseRoles(e.roles);
        if (!claimed || (*claimed & ~known->roles) != Roles{})
            problem(e.sequence,
                    AuditVerifier::tr("Entry %1: %2 acted with the roles %3, but the trail gives "
                                      "them %4.")
                        .arg(e.sequence)
                        .arg(author, e.roles, rolesText(known->roles)));
    }
    if (e.action == AuditCheckpoint::action())
        checkpoint(e, author);
    else
        effects(e, author);
}

// `audit.checkpoint`, signed like any entry (checked above with the key its author had at this
// point): only someone who may purge writes one, its cut lies before it, and where the replay
// went through the cut, what it records must be what the replay knew there.
void Replay::checkpoint(const AuditEntry& e, const QString& author)
{
    const auto c = AuditCheckpoint::parse(e.details);
    if (!c || c->cut >= e.sequence) {
        problem(e.sequence,
                AuditVerifier::tr("Entry %1, an audit checkpoint, is malformed.").arg(e.sequence));
        return;
    }
    const bool mayPurge =
        author == slotPrefix + KeySlot::kindName(KeySlot::Kind::Unattended) ||
        (author.startsWith(userPrefix) &&
         Permissions::allows(m_authors.value(author).roles, Permission::ManageLegalHolds));
    if (!mayPurge)
        problem(e.sequence, AuditVerifier::tr("Entry %1, an audit checkpoint, was signed by %2, "
                                              "who may not purge the trail.")
                                .arg(e.sequence)
                                .arg(author));
    if (c->cut < m_start - 1)
        return; // an older checkpoint whose cut a later one removed: nothing left to compare
    const auto hash = m_facts.hashAt(c->cut);
    const auto state = m_stateAt.constFind(c->cut);
    if (!hash || *hash != c->cutHash)
        problem(e.sequence, AuditVerifier::tr("Entry %1, an audit checkpoint, records a hash for "
                                              "entry %2 that is not that entry's.")
                                .arg(e.sequence)
                                .arg(c->cut));
    else if (state == m_stateAt.cend() || *state != c->state())
        problem(e.sequence, AuditVerifier::tr("Entry %1, an audit checkpoint, records authors, "
                                              "keys or roles at entry %2 that the trail does "
                                              "not give.")
                                .arg(e.sequence)
                                .arg(c->cut));
}

// Before signatures: only the roles are followed, to compare with the migration's list.
void Replay::legacy(const AuditEntry& e)
{
    if (!e.object.startsWith(userPrefix))
        return;
    const QString name = e.object.mid(userPrefix.size());
    const auto details = AuditAuthors::parseDetails(e.details);
    if (e.action == QLatin1String("user.add") || e.action == QLatin1String("user.roles")) {
        if (const auto roles = parseRoles(details.value(QStringLiteral("roles"))))
            m_legacy.insert(name, *roles);
    } else if (e.action == QLatin1String("user.remove")) {
        m_legacy.remove(name);
    }
}

// Schema step 6's own entry: who existed then, with which roles, and which slots.
void Replay::marker(const AuditEntry& e)
{
    m_markerSeen = true;
    const auto details = AuditAuthors::parseDetails(e.details);
    QHash<QString, Roles> listed;
    for (const QString& item :
         details.value(QStringLiteral("users")).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype colon = item.indexOf(QLatin1Char(':'));
        const auto roles = colon > 0 ? parseRoles(item.mid(colon + 1)) : std::nullopt;
        if (!roles) {
            problem(e.sequence,
                    AuditVerifier::tr("Entry %1, the migration to signatures, is malformed.")
                        .arg(e.sequence));
            continue;
        }
        listed.insert(item.left(colon), *roles);
    }
    if (listed != m_legacy) {
        QStringList differ;
        for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
            if (!m_legacy.contains(it.key()) || m_legacy.value(it.key()) != it.value())
                differ << it.key();
        }
        for (auto it = m_legacy.cbegin(); it != m_legacy.cend(); ++it) {
            if (!listed.contains(it.key()))
                differ << it.key();
        }
        differ.sort();
        problem(e.sequence, AuditVerifier::tr("Entry %1, the migration to signatures, lists "
                                              "users or roles that the entries before it do "
                                              "not give: %2.")
                                .arg(e.sequence)
                                .arg(differ.join(QStringLiteral(", "))));
    }
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        m_authors.insert(userPrefix + it.key(), Author{{}, it.value()});
        m_pending.insert(userPrefix + it.key());
    }
    for (const QString& slot :
         details.value(QStringLiteral("slots")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        m_authors.insert(slotPrefix + slot, Author{});
        m_pending.insert(slotPrefix + slot);
    }
}

// The first entry of a register made with signatures: the first administrator's own.
void Replay::root(const AuditEntry& e)
{
    const auto details = AuditAuthors::parseDetails(e.details);
    const auto roles = parseRoles(details.value(QStringLiteral("roles")));
    const auto key = parseKey(details.value(QStringLiteral("sign_key")));
    if (e.action != QLatin1String("user.add") || e.object != userPrefix + e.user || !roles ||
        !roles->testFlag(Role::Administrator) || !key ||
        !SigningKey::verify(*key, AuditLog::signedMessage(e.hash),
                            QByteArray::fromHex(e.signature))) {
        problem(e.sequence, AuditVerifier::tr("Entry %1 should be the first administrator's "
                                              "self-signed introduction, and it is not.")
                                .arg(e.sequence));
        return;
    }
    m_authors.insert(e.object, Author{*key, *roles});
    m_facts.addKey(e.object, *key);
}

// `key.introduce`: an identity of a register from before signatures brings its own key.
void Replay::introduction(const AuditEntry& e, const QString& author)
{
    const auto key =
        parseKey(AuditAuthors::parseDetails(e.details).value(QStringLiteral("sign_key")));
    if (e.object != author || !key) {
        problem(e.sequence,
                AuditVerifier::tr("Entry %1 introduces a key for %2, but it was written as %3.")
                    .arg(e.sequence)
                    .arg(e.object, author));
        return;
    }
    if (!m_pending.contains(author)) {
        problem(e.sequence, AuditVerifier::tr("Entry %1: %2 introduces a key of their own, but "
                                              "only those listed at the migration to "
                                              "signatures may, once.")
                                .arg(e.sequence)
                                .arg(author));
        return;
    }
    if (!SigningKey::verify(*key, AuditLog::signedMessage(e.hash),
                            QByteArray::fromHex(e.signature))) {
        problem(e.sequence,
                AuditVerifier::tr("Entry %1 (%2, by %3) does not carry %3's signature: it was "
                                  "changed or written by someone else, and the chain re-hashed.")
                    .arg(e.sequence)
                    .arg(e.action, author));
        return;
    }
    m_pending.remove(author);
    m_authors[author].key = *key;
    m_facts.addKey(author, *key);
}

bool Replay::isAdministrator(const QString& author) const
{
    return author.startsWith(userPrefix) &&
           m_authors.value(author).roles.testFlag(Role::Administrator);
}

bool Replay::requireAdministrator(const AuditEntry& e, const QString& author)
{
    if (isAdministrator(author))
        return true;
    problem(e.sequence, AuditVerifier::tr("Entry %1 (%2 of %3) was signed by %4, who was not an "
                                          "administrator then.")
                            .arg(e.sequence)
                            .arg(e.action, e.object, author));
    return false;
}

// What users, roles and keys an entry changes, with who may change them.
void Replay::effects(const AuditEntry& e, const QString& author)
{
    const bool userChange =
        e.action == QLatin1String("user.add") || e.action == QLatin1String("user.roles") ||
        e.action == QLatin1String("user.passwd") || e.action == QLatin1String("user.remove");
    const bool slotChange = e.action == QLatin1String("key.add");
    if (!userChange && !slotChange)
        return;
    const auto details = AuditAuthors::parseDetails(e.details);
    const auto key = parseKey(details.value(QStringLiteral("sign_key")));
    const auto roles = parseRoles(details.value(QStringLiteral("roles")));
    const QString target = e.object;
    const bool exists = m_authors.contains(target);
    const auto malformed = [&] {
        problem(e.sequence,
                AuditVerifier::tr("Entry %1 (%2 of %3) lacks the roles or the signing key it "
                                  "must carry.")
                    .arg(e.sequence)
                    .arg(e.action, target));
    };

    if (slotChange) {
        if (!target.startsWith(slotPrefix) || !requireAdministrator(e, author))
            return;
        if (!key)
            return malformed();
        m_authors[target].key = *key;
        m_pending.remove(target);
        m_facts.addKey(target, *key);
        return;
    }
    if (!target.startsWith(userPrefix))
        return malformed();
    if (e.action == QLatin1String("user.passwd")) {
        if (author != target && !requireAdministrator(e, author))
            return;
        if (!key || !exists)
            return malformed();
        m_authors[target].key = *key;
        m_pending.remove(target);
        m_facts.addKey(target, *key);
        return;
    }
    if (!requireAdministrator(e, author))
        return;
    if (e.action == QLatin1String("user.add")) {
        if (!key || !roles)
            return malformed();
        if (exists)
            problem(e.sequence, AuditVerifier::tr("Entry %1 adds %2, who already exists.")
                                    .arg(e.sequence)
                                    .arg(target));
        m_authors.insert(target, Author{*key, *roles});
        m_pending.remove(target);
        m_facts.addKey(target, *key);
    } else if (e.action == QLatin1String("user.roles")) {
        if (!roles || !exists)
            return malformed();
        m_authors[target].roles = *roles;
    } else { // user.remove
        m_authors.remove(target);
        m_pending.remove(target);
    }
}

void Replay::finish(const QList<UserRecord>& users)
{
    if (m_result.entries == 0) {
        problem(0, AuditVerifier::tr("The audit trail is empty."));
        return;
    }
    QSet<QString> inTable;
    for (const UserRecord& u : users) {
        const QString author = userPrefix + u.name;
        inTable.insert(author);
        const auto it = m_authors.constFind(author);
        if (it == m_authors.cend()) {
            problem(0, AuditVerifier::tr("%1 is in the users table, but no entry of the trail "
                                         "added them.")
                           .arg(u.name));
        } else if (it->roles != u.roles) {
            problem(0, AuditVerifier::tr("%1 has the roles %2 in the users table, but the trail "
                                         "gives them %3: the roles were changed outside "
                                         "Tallenne.")
                           .arg(u.name, rolesText(u.roles), rolesText(it->roles)));
        }
    }
    for (auto it = m_authors.cbegin(); it != m_authors.cend(); ++it) {
        if (it.key().startsWith(userPrefix) && !inTable.contains(it.key()))
            problem(0, AuditVerifier::tr("%1 is missing from the users table, but no entry of "
                                         "the trail removed them.")
                           .arg(it.key().mid(userPrefix.size())));
    }
    m_result.pendingIntroductions = QStringList(m_pending.cbegin(), m_pending.cend());
    m_result.pendingIntroductions.sort();
}

} // namespace

namespace {

// Where a replay starts: after the latest checkpoint whose cut the trail begins after (when
// entries were purged), with the cuts of all the checkpoints the trail holds.
struct Start
{
    std::optional<AuditCheckpoint> seed;
    qint64 seedEntry = 0; ///< the checkpoint entry's sequence number
    QList<qint64> cuts;
};

std::optional<Start> startOf(QSqlDatabase db, Error* error)
{
    AuditLog log(db);
    Error readError;
    const qint64 first = log.firstSequence(&readError);
    AuditFilter filter;
    filter.action = AuditCheckpoint::action();
    filter.limit = 0;
    const QList<AuditEntry> entries =
        readError ? QList<AuditEntry>() : log.list(filter, &readError);
    if (readError) {
        if (error)
            *error = readError;
        return std::nullopt;
    }
    Start start;
    for (const AuditEntry& e : entries) {
        const auto c = e.action == AuditCheckpoint::action() ? AuditCheckpoint::parse(e.details)
                                                             : std::nullopt;
        if (!c || c->cut >= e.sequence)
            continue; // the replay says what is wrong with it
        start.cuts << c->cut;
        // Newest first: the first of equal cuts is the latest entry.
        if (first > 1 && c->cut < first && (!start.seed || c->cut > start.seed->cut)) {
            start.seed = *c;
            start.seedEntry = e.sequence;
        }
    }
    return start;
}

} // namespace

AuditVerification AuditVerifier::run(QSqlDatabase db, const QList<UserRecord>& users, Error* error,
                                     const Progress& progress)
{
    AuditVerification result;
    m_facts = AuditChainFacts();
    Replay replay(result, m_facts);
    const auto start = startOf(db, error);
    if (!start)
        return result;
    replay.watchCuts(start->cuts);
    if (start->seed) {
        replay.seed(*start->seed);
        result.checkpointCut = start->seed->cut;
        result.checkpointEntry = start->seedEntry;
    }
    qint64 read = 0;
    bool cancelled = false;
    if (!AuditLog(db).scan(
            [&](const AuditEntry& e) {
                replay.entry(e);
                if (progress && ++read % 256 == 0 && !progress(read))
                    cancelled = true;
                return !cancelled;
            },
            error))
        return result;
    if (cancelled) {
        fail(error, ErrorKind::Usage, tr("The verification was cancelled."));
        return result;
    }
    if (progress)
        (void)progress(read);
    replay.finish(users);
    result.intact = result.problems.isEmpty();
    return result;
}

std::optional<AuditCheckpoint> AuditVerifier::checkpointAt(QSqlDatabase db, qint64 cut,
                                                           Error* error)
{
    AuditVerification result;
    m_facts = AuditChainFacts();
    Replay replay(result, m_facts);
    const auto start = startOf(db, error);
    if (!start)
        return std::nullopt;
    replay.watchCuts(start->cuts);
    if (start->seed)
        replay.seed(*start->seed);
    AuditEntry last;
    if (!AuditLog(db).scan(
            [&](const AuditEntry& e) {
                replay.entry(e);
                last = e;
                return e.sequence < cut;
            },
            error))
        return std::nullopt;
    if (!result.problems.isEmpty()) {
        fail(error, ErrorKind::Damaged,
             tr("The audit trail does not verify up to entry %1: %2")
                 .arg(cut)
                 .arg(result.problems.first().message));
        return std::nullopt;
    }
    if (last.sequence != cut || !replay.signaturesBegan()) {
        fail(error, ErrorKind::Damaged,
             tr("The audit trail cannot be checkpointed at entry %1.").arg(cut));
        return std::nullopt;
    }
    AuditCheckpoint c = replay.snapshot();
    c.cut = cut;
    c.cutHash = last.hash;
    return c;
}

} // namespace tallenne
