#include "crypto/KeySlotFile.h"

#include "core/DiskSpace.h"

#include "core/Logging.h"
#include "crypto/StrictJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tallenne {

namespace sj = strictjson;

namespace {

// A key slot file is a few KiB; anything far larger is not one, and is not read into memory.
constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

bool isCanonicalUuid(const QString& text)
{
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

/// fsync of the folder, so the rename that QSaveFile::commit() did survives a power cut.
void syncFolder(const QString& filePath)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(filePath).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    if (::fsync(fd) != 0)
        qCWarning(lcCrypto, "fsync of the register folder failed (errno %d)", errno);
    ::close(fd);
}

} // namespace

KeySlotFile::KeySlotFile(const QString& registerId) : m_registerId(registerId) {}

std::optional<KeySlotFile> KeySlotFile::load(const QString& path, Error* error)
{
    QFile file(path);
    if (!file.exists()) {
        fail(error, ErrorKind::Damaged,
             QCoreApplication::translate("KeySlotFile",
                                         "%1 does not exist: this folder is not a Tallenne "
                                         "register, or its key slot file was removed.")
                 .arg(QDir::toNativeSeparators(path)));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, ErrorKind::Environment,
             QCoreApplication::translate("KeySlotFile", "%1 cannot be read: %2")
                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    // At most one byte over the limit is read: the size a file had a moment ago is no bound.
    const QByteArray json = file.read(MaxFileBytes + 1);
    if (json.size() > MaxFileBytes) {
        fail(error, ErrorKind::Damaged,
             QCoreApplication::translate("KeySlotFile",
                                         "%1 is %2 bytes, far too large for a key slot file.")
                 .arg(QDir::toNativeSeparators(path))
                 .arg(std::max(file.size(), qint64(json.size()))));
        return std::nullopt;
    }
    Error inner;
    auto result = fromJson(json, &inner);
    if (!result) {
        fail(error, inner.kind,
             QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), inner.message));
        return std::nullopt;
    }
    return result;
}

std::optional<KeySlotFile> KeySlotFile::fromJson(const QByteArray& json, Error* error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, ErrorKind::Damaged,
             QCoreApplication::translate("KeySlotFile", "not valid JSON at byte %1 (%2)")
                 .arg(parseError.offset)
                 .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(error, ErrorKind::Damaged,
             QCoreApplication::translate("KeySlotFile", "the top level is not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QString top;

    // The format is checked first: a file of another kind or version gets that message rather
    // than a complaint about its fields.
    auto v = sj::required(root, "format", top, error);
    const auto format = v ? sj::string(*v, QStringLiteral("format"), error) : std::nullopt;
    if (!format)
        return std::nullopt;
    const bool previousFormat = *format == QLatin1String(PreviousFormatName);
    if (*format != QLatin1String(FormatName) && !previousFormat) {
        sj::failAt(error, QStringLiteral("format"),
                   QCoreApplication::translate("KeySlotFile",
                                               "\"%1\" is not a format this version reads (%2)")
                       .arg(*format, QLatin1String(FormatName)));
        return std::nullopt;
    }
    if (!sj::onlyKeys(root,
                      {"format", "register_id", "slots", "lockout", "audit_anchor", "binding"}, top,
                      error))
        return std::nullopt;

    v = sj::required(root, "register_id", top, error);
    const auto registerId = v ? sj::string(*v, QStringLiteral("register_id"), error) : std::nullopt;
    if (!registerId)
        return std::nullopt;
    if (!isCanonicalUuid(*registerId)) {
        sj::failAt(error, QStringLiteral("register_id"),
                   QCoreApplication::translate("KeySlotFile", "not a lower-case UUID"));
        return std::nullopt;
    }
    KeySlotFile file(*registerId);

    v = sj::required(root, "slots", top, error);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        sj::failAt(error, QStringLiteral("slots"),
                   QCoreApplication::translate("KeySlotFile", "not a list"));
        return std::nullopt;
    }
    const QJsonArray slotArray = v->toArray();
    for (qsizetype i = 0; i < slotArray.size(); ++i) {
        const QString path = sj::element(QStringLiteral("slots"), i);
        auto slot = KeySlot::fromJson(slotArray.at(i), path, error);
        if (!slot)
            return std::nullopt;
        const auto same = [&slot](const KeySlot& s) {
            return s.kind() == slot->kind() && s.id() == slot->id();
        };
        const auto it = std::find_if(file.m_slots.cbegin(), file.m_slots.cend(), same);
        if (it != file.m_slots.cend()) {
            sj::failAt(error, path,
                       QCoreApplication::translate("KeySlotFile",
                                                   "duplicate of slots[%1] (same kind and id)")
                           .arg(it - file.m_slots.cbegin()));
            return std::nullopt;
        }
        file.m_slots.append(std::move(*slot));
    }

    v = sj::required(root, "lockout", top, error);
    const QString lockoutPath = QStringLiteral("lockout");
    auto lockout = !v               ? std::nullopt
                   : previousFormat ? LockoutTable::fromNamedJson(*v, lockoutPath, error)
                                    : LockoutTable::fromJson(*v, lockoutPath, error);
    if (!lockout)
        return std::nullopt;
    file.m_lockout = std::move(*lockout);
    // Format 1 could grow without bound; the converted records get the bounds now (the times
    // of users' failed attempts stay for the audit trail).
    if (previousFormat)
        file.m_lockout.prune(std::nullopt, file.userTags());

    v = sj::required(root, "audit_anchor", top, error);
    const QString anchorPath = QStringLiteral("audit_anchor");
    const auto anchor = v ? sj::object(*v, anchorPath, error) : std::nullopt;
    if (!anchor || !sj::onlyKeys(*anchor, {"sequence", "hash"}, anchorPath, error))
        return std::nullopt;
    v = sj::required(*anchor, "sequence", anchorPath, error);
    const auto sequence = v ? sj::integer(*v, 0, (qint64(1) << 53),
                                          sj::child(anchorPath, QStringLiteral("sequence")), error)
                            : std::nullopt;
    if (!sequence)
        return std::nullopt;
    v = sj::required(*anchor, "hash", anchorPath, error);
    const auto hash =
        v ? sj::hex(*v, 32, sj::child(anchorPath, QStringLiteral("hash")), error) : std::nullopt;
    if (!hash)
        return std::nullopt;
    file.m_anchor = AuditAnchor{*sequence, *hash};

    v = sj::required(root, "binding", top, error);
    const QString bindingPath = QStringLiteral("binding");
    const auto binding = v ? sj::object(*v, bindingPath, error) : std::nullopt;
    if (!binding || !sj::onlyKeys(*binding, {"enabled", "escrow"}, bindingPath, error))
        return std::nullopt;
    v = sj::required(*binding, "enabled", bindingPath, error);
    const auto enabled =
        v ? sj::boolean(*v, sj::child(bindingPath, QStringLiteral("enabled")), error)
          : std::nullopt;
    if (!enabled)
        return std::nullopt;
    file.m_bindingEnabled = *enabled;
    if (binding->contains(QLatin1String("escrow"))) {
        // crypto_box_seal of the 32-byte workstation secret: 32 + 48 bytes.
        const auto escrow = sj::base64(binding->value(QLatin1String("escrow")), 80,
                                       sj::child(bindingPath, QStringLiteral("escrow")), error);
        if (!escrow)
            return std::nullopt;
        file.m_workstationEscrow = *escrow;
    }
    return file;
}

QByteArray KeySlotFile::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(FormatName));
    root.insert(QStringLiteral("register_id"), m_registerId);
    QJsonArray slotArray;
    for (const KeySlot& slot : m_slots)
        slotArray.append(slot.toJson());
    root.insert(QStringLiteral("slots"), slotArray);
    root.insert(QStringLiteral("lockout"), m_lockout.toJson());
    QJsonObject anchor;
    anchor.insert(QStringLiteral("sequence"), m_anchor.sequence);
    anchor.insert(QStringLiteral("hash"), QString::fromLatin1(m_anchor.sha256.toHex()));
    root.insert(QStringLiteral("audit_anchor"), anchor);
    QJsonObject binding;
    binding.insert(QStringLiteral("enabled"), m_bindingEnabled);
    if (!m_workstationEscrow.isEmpty())
        binding.insert(QStringLiteral("escrow"),
                       QString::fromLatin1(m_workstationEscrow.toBase64()));
    root.insert(QStringLiteral("binding"), binding);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool KeySlotFile::save(const KeySlotFileLock& held, const QString& path, Error* error) const
{
    Q_ASSERT(QFileInfo(path).absolutePath() == QFileInfo(held.path()).absolutePath());
    const auto ioError = [&](const QString& detail) {
        return fail(
            error, ErrorKind::Environment,
            QCoreApplication::translate("KeySlotFile", "%1 could not be written: %2")
                .arg(QDir::toNativeSeparators(path), DiskSpace::explainWriteFailure(path, detail)));
    };
    if (!isCanonicalUuid(m_registerId))
        return fail(error, ErrorKind::Usage,
                    QCoreApplication::translate("KeySlotFile",
                                                "The register id is not a lower-case UUID."));
    if (m_anchor.sha256.size() != 32)
        return fail(
            error, ErrorKind::Usage,
            QCoreApplication::translate("KeySlotFile", "The audit anchor hash is not 32 bytes."));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(file.errorString());
    // Owner only, set on the descriptor before anything is written.
    if (::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        file.cancelWriting();
        return ioError(QString::fromLocal8Bit(strerror(errno)));
    }
    const QByteArray json = toJson();
    if (file.write(json) != json.size() || !file.flush()) {
        file.cancelWriting();
        return ioError(file.errorString());
    }
    // commit() syncs too in Qt 6; the explicit fsync makes the guarantee independent of that.
    if (::fsync(file.handle()) != 0) {
        file.cancelWriting();
        return ioError(QString::fromLocal8Bit(strerror(errno)));
    }
    if (!file.commit())
        return ioError(file.errorString());
    syncFolder(path);
    return true;
}

bool KeySlotFile::update(const QString& path, const Change& change, Error* error,
                         std::chrono::milliseconds lockTimeout)
{
    const auto lock = KeySlotFileLock::acquire(path, error, lockTimeout);
    if (!lock)
        return false;
    // Read again under the lock: a copy read before it may miss what others wrote since.
    auto file = load(path, error);
    return file && change(*file, error) && file->save(*lock, path, error);
}

const KeySlot* KeySlotFile::findSlot(KeySlot::Kind kind, const QString& id) const
{
    for (const KeySlot& slot : m_slots) {
        if (slot.kind() == kind && slot.id() == id)
            return &slot;
    }
    return nullptr;
}

bool KeySlotFile::addSlot(const KeySlot& slot, Error* error)
{
    if (findSlot(slot.kind(), slot.id()))
        return fail(
            error, ErrorKind::Usage,
            QCoreApplication::translate("KeySlotFile", "There is already a %1 key slot \"%2\".")
                .arg(KeySlot::kindName(slot.kind()), slot.id()));
    m_slots.append(slot);
    return true;
}

bool KeySlotFile::replaceSlot(const KeySlot& slot, Error* error)
{
    for (KeySlot& existing : m_slots) {
        if (existing.kind() == slot.kind() && existing.id() == slot.id()) {
            existing = slot;
            return true;
        }
    }
    return fail(error, ErrorKind::Usage,
                QCoreApplication::translate("KeySlotFile", "There is no %1 key slot \"%2\".")
                    .arg(KeySlot::kindName(slot.kind()), slot.id()));
}

bool KeySlotFile::removeSlot(KeySlot::Kind kind, const QString& id)
{
    return m_slots.removeIf([&](const KeySlot& s) { return s.kind() == kind && s.id() == id; }) > 0;
}

void KeySlotFile::recordFailure(const QString& user, const QDateTime& nowUtc)
{
    m_lockout.recordFailure(user, nowUtc, findSlot(KeySlot::Kind::User, user) ? MaxFailedTimes : 1);
}

void KeySlotFile::setLockedUntil(const QString& user, const std::optional<QDateTime>& untilUtc)
{
    m_lockout.setLockedUntil(user, untilUtc);
}

void KeySlotFile::clearFailures(const QString& user)
{
    m_lockout.clearFailures(user);
}

int KeySlotFile::failures(const QString& user) const
{
    return m_lockout.state(user).failures;
}

std::optional<QDateTime> KeySlotFile::lockedUntil(const QString& user) const
{
    return m_lockout.state(user).lockedUntil;
}

QList<QDateTime> KeySlotFile::failedAttempts(const QString& user) const
{
    return m_lockout.state(user).failedAt;
}

QList<QDateTime> KeySlotFile::takeFailedAttempts(const QString& user)
{
    return m_lockout.takeFailedAttempts(user);
}

void KeySlotFile::forgetFailedAttempts(const QString& user, const QList<QDateTime>& times)
{
    m_lockout.forgetFailedAttempts(user, times);
}

QList<QDateTime> KeySlotFile::unknownNameAttempts() const
{
    return m_lockout.otherAttempts(userTags());
}

void KeySlotFile::pruneLockout(const QDateTime& nowUtc, const QString& user)
{
    m_lockout.prune(nowUtc.toUTC(), userTags(), m_lockout.tag(user));
}

QSet<QByteArray> KeySlotFile::userTags() const
{
    QSet<QByteArray> tags;
    for (const KeySlot& slot : m_slots) {
        if (slot.kind() == KeySlot::Kind::User)
            tags.insert(m_lockout.tag(slot.id()));
    }
    return tags;
}

LoginThrottle::LoginThrottle(KeySlotFile& file, const Clock& clock) : m_file(file), m_clock(clock)
{}

qint64 LoginThrottle::delaySeconds(int failures)
{
    if (failures < FreeFailures)
        return 0;
    const int doublings = failures - FreeFailures;
    // 30 s × 2^5 already exceeds the cap, so larger shifts are never computed.
    if (doublings >= 5)
        return MaxDelaySeconds;
    return std::min(FirstDelaySeconds << doublings, MaxDelaySeconds);
}

std::optional<QDateTime> LoginThrottle::blockedUntil(const QString& user) const
{
    const auto until = m_file.lockedUntil(user);
    const QDateTime now = m_clock.nowUtc();
    if (until && *until > now)
        return std::min(*until, now.addSecs(MaxDelaySeconds));
    return std::nullopt;
}

bool LoginThrottle::capLock(const QString& user)
{
    const auto until = m_file.lockedUntil(user);
    const QDateTime latest = m_clock.nowUtc().addSecs(MaxDelaySeconds);
    if (!until || *until <= latest)
        return false;
    m_file.setLockedUntil(user, latest);
    return true;
}

void LoginThrottle::recordFailure(const QString& user)
{
    const QDateTime now = m_clock.nowUtc();
    m_file.recordFailure(user, now);
    const qint64 delay = delaySeconds(m_file.failures(user));
    if (delay > 0)
        m_file.setLockedUntil(user, now.addSecs(delay));
    m_file.pruneLockout(now, user);
}

void LoginThrottle::recordSuccess(const QString& user)
{
    m_file.clearFailures(user);
    m_file.pruneLockout(m_clock.nowUtc(), user);
}

} // namespace tallenne
