#include "crypto/KeySlot.h"

#include "core/Clock.h"
#include "crypto/StrictJson.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <sodium.h>

namespace tallenne {

namespace {

constexpr char UnattendedDomain[] = "tallenne-unattended-v1";
constexpr char SlotDomain[] = "tallenne-slot-v1";
constexpr std::size_t SlotKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;

static_assert(KeySlot::NonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(KeySlot::CiphertextBytes ==
              KeySlot::DataKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(SlotKeyBytes == crypto_generichash_BYTES);

QString authenticationMessage()
{
    // One message for every cause, so a caller learns nothing about which part was wrong.
    return QCoreApplication::translate(
        "KeySlot", "The key slot did not open: the password or code is wrong, the slot belongs "
                   "to another workstation, or the slot was altered.");
}

/// BLAKE2b-256 keyed with `key` over `domain` || `tail` into a new secret.
SecretBytes keyedHash(const SecretBytes& key, const char* domain, std::size_t domainLen,
                      const unsigned char* tail, std::size_t tailLen)
{
    SecretBytes out(SlotKeyBytes);
    if (out.isNull())
        return {};
    crypto_generichash_state state;
    if (crypto_generichash_init(&state, key.data(), key.size(), SlotKeyBytes) != 0 ||
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(domain),
                                  domainLen) != 0 ||
        (tailLen > 0 && crypto_generichash_update(&state, tail, tailLen) != 0) ||
        crypto_generichash_final(&state, out.data(), SlotKeyBytes) != 0) {
        sodium_memzero(&state, sizeof state);
        return {};
    }
    sodium_memzero(&state, sizeof state);
    return out;
}

} // namespace

QString KeySlot::kindName(Kind kind)
{
    switch (kind) {
    case Kind::User:
        return QStringLiteral("user");
    case Kind::Recovery:
        return QStringLiteral("recovery");
    case Kind::Unattended:
        return QStringLiteral("unattended");
    }
    return {};
}

std::optional<KeySlot::Kind> KeySlot::kindFromName(const QString& name)
{
    for (Kind kind : {Kind::User, Kind::Recovery, Kind::Unattended}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString KeySlot::fixedId(Kind kind)
{
    return kind == Kind::User ? QString() : kindName(kind);
}

QByteArray KeySlot::computeSealTag(const SecretBytes& dataKey) const
{
    // Each field length-prefixed (8 bytes, little endian), so no two slots share a message.
    QByteArray message("tallenne-slot-tag-v1");
    const auto field = [&message](const QByteArray& value) {
        const quint64 length = quint64(value.size());
        for (int i = 0; i < 8; ++i)
            message += char((length >> (8 * i)) & 0xff);
        message += value;
    };
    field(kindName(m_kind).toUtf8());
    field(m_id.toUtf8());
    field(QByteArray::number(m_version));
    field(m_bound ? QByteArrayLiteral("1") : QByteArrayLiteral("0"));
    field(m_kdf ? KdfParams::algName(m_kdf->alg).toUtf8() + ':' +
                      QByteArray::number(m_kdf->opsLimit) + ':' +
                      QByteArray::number(m_kdf->memLimitBytes)
                : QByteArray());
    field(m_salt);
    field(m_nonce);
    field(m_ciphertext);
    field(strictjson::formatUtc(m_created).toUtf8());
    field(m_publicKey);
    field(m_sealedKey);
    QByteArray tag(static_cast<qsizetype>(SealTagBytes), '\0');
    if (dataKey.size() < crypto_generichash_KEYBYTES_MIN || !initialiseSodium())
        return {};
    crypto_generichash(reinterpret_cast<unsigned char*>(tag.data()), SealTagBytes,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<unsigned long long>(message.size()), dataKey.data(),
                       dataKey.size());
    return tag;
}

QByteArray KeySlot::associatedData(const QString& registerId) const
{
    QByteArray ad = kindName(m_kind).toUtf8();
    ad += '\0';
    ad += m_id.toUtf8();
    ad += '\0';
    ad += QByteArray::number(m_version);
    ad += '\0';
    ad += registerId.toUtf8();
    return ad;
}

SecretBytes KeySlot::slotKey(const SecretBytes& secret, const SecretBytes* workstationSecret,
                             Error* error) const
{
    SecretBytes base;
    if (m_kind == Kind::Unattended) {
        if (secret.size() != UnattendedSecretBytes) {
            fail(error, ErrorKind::Usage,
                 QCoreApplication::translate("KeySlot", "The unattended secret must be %1 bytes.")
                     .arg(UnattendedSecretBytes));
            return {};
        }
        base = keyedHash(secret, UnattendedDomain, sizeof UnattendedDomain - 1,
                         reinterpret_cast<const unsigned char*>(m_salt.constData()),
                         static_cast<std::size_t>(m_salt.size()));
    } else {
        if (!m_kdf) {
            fail(error, ErrorKind::Damaged,
                 QCoreApplication::translate("KeySlot",
                                             "The key slot has no key derivation parameters."));
            return {};
        }
        base = PasswordKdf::derive(secret, m_salt, *m_kdf, SlotKeyBytes, error);
        if (base.isNull())
            return {};
    }
    if (base.isNull()) {
        fail(error, ErrorKind::Environment,
             QCoreApplication::translate("KeySlot", "No locked memory is left for a key."));
        return {};
    }

    // The bound flag goes into the key too, so flipping it in the file cannot help.
    SecretBytes tail(1 + (m_bound ? WorkstationSecretBytes : 0));
    if (tail.isNull()) {
        fail(error, ErrorKind::Environment,
             QCoreApplication::translate("KeySlot", "No locked memory is left for a key."));
        return {};
    }
    tail.data()[0] = m_bound ? 1 : 0;
    if (m_bound)
        memcpy(tail.data() + 1, workstationSecret->data(), WorkstationSecretBytes);
    SecretBytes key = keyedHash(base, SlotDomain, sizeof SlotDomain - 1, tail.data(), tail.size());
    if (key.isNull())
        fail(error, ErrorKind::Environment,
             QCoreApplication::translate("KeySlot", "No locked memory is left for a key."));
    return key;
}

std::optional<KeySlot> KeySlot::create(Kind kind, const QString& id, int version,
                                       const QString& registerId, const SecretBytes& dataKey,
                                       const SecretBytes& secret,
                                       const SecretBytes* workstationSecret, const KdfParams& kdf,
                                       Error* error)
{
    if (!initialiseSodium()) {
        fail(error, ErrorKind::Environment,
             QCoreApplication::translate("KeySlot", "The cryptography library could not start."));
        return std::nullopt;
    }
    if (dataKey.size() != DataKeyBytes) {
        fail(error, ErrorKind::Usage,
             QCoreApplication::translate("KeySlot", "The data key must be %1 bytes.")
                 .arg(DataKeyBytes));
        return std::nullopt;
    }
    if (id.isEmpty() || (kind != Kind::User && id != fixedId(kind))) {
        fail(error, ErrorKind::Usage,
             QCoreApplication::translate("KeySlot", "A %1 key slot cannot have the id \"%2\".")
                 .arg(kindName(kind), id));
        return std::nullopt;
    }
    if (version < 1) {
        fail(error, ErrorKind::Usage,
             QCoreApplication::translate("KeySlot", "A key slot version starts at 1."));
        return std::nullopt;
    }
    if (registerId.isEmpty()) {
        fail(error, ErrorKind::Usage,
             QCoreApplication::translate("KeySlot", "A key slot needs the register id."));
        return std::nullopt;
    }
    if (workstationSecret && workstationSecret->size() != WorkstationSecretBytes) {
        fail(error, ErrorKind::Usage,
             QCoreApplication::translate("KeySlot", "The workstation secret must be %1 bytes.")
                 .arg(WorkstationSecretBytes));
        return std::nullopt;
    }

    KeySlot slot;
    slot.m_kind = kind;
    slot.m_id = id;
    slot.m_version = version;
    slot.m_bound = workstationSecret != nullptr;
    if (kind != Kind::Unattended) {
        if (!kdf.validate(error))
            return std::nullopt;
        slot.m_kdf = kdf;
    }
    slot.m_salt = PasswordKdf::newSalt();
    slot.m_nonce = QByteArray(static_cast<qsizetype>(NonceBytes), '\0');
    randombytes_buf(slot.m_nonce.data(), NonceBytes);
    slot.m_created = SystemClock::instance().nowUtc();

    const SecretBytes key = slot.slotKey(secret, workstationSecret, error);
    if (key.isNull())
        return std::nullopt;

    const QByteArray ad = slot.associatedData(registerId);
    slot.m_ciphertext = QByteArray(static_cast<qsizetype>(CiphertextBytes), '\0');
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(slot.m_ciphertext.data()), &written, dataKey.data(),
        dataKey.size(), reinterpret_cast<const unsigned char*>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char*>(slot.m_nonce.constData()), key.data());
    if (written != CiphertextBytes) {
        fail(error, ErrorKind::Environment,
             QCoreApplication::translate("KeySlot", "The data key could not be sealed."));
        return std::nullopt;
    }
    return slot;
}

SecretBytes KeySlot::unwrap(const QString& registerId, const SecretBytes& secret,
                            const SecretBytes* workstationSecret, Error* error) const
{
    if (!initialiseSodium()) {
        fail(error, ErrorKind::Environment,
             QCoreApplication::translate("KeySlot", "The cryptography library could not start."));
        return {};
    }
    if (m_bound && !workstationSecret) {
        fail(error, ErrorKind::Environment,
             QCoreApplication::translate(
                 "KeySlot", "This key slot is bound to a workstation; the secret kept in the OS "
                            "keychain is needed to open it."));
        return {};
    }
    if (workstationSecret && workstationSecret->size() != WorkstationSecretBytes) {
        fail(error, ErrorKind::Usage,
             QCoreApplication::translate("KeySlot", "The workstation secret must be %1 bytes.")
                 .arg(WorkstationSecretBytes));
        return {};
    }
    if (static_cast<std::size_t>(m_salt.size()) != SaltBytes ||
        static_cast<std::size_t>(m_nonce.size()) != NonceBytes ||
        static_cast<std::size_t>(m_ciphertext.size()) != CiphertextBytes) {
        fail(error, ErrorKind::Damaged,
             QCoreApplication::translate("KeySlot", "The key slot is incomplete."));
        return {};
    }
    if (m_kind == Kind::Unattended && secret.size() != UnattendedSecretBytes) {
        // A wrong-sized unattended secret is simply a wrong secret.
        fail(error, ErrorKind::Authentication, authenticationMessage());
        return {};
    }

    // Parameters this program never writes come from an altered or damaged file: derived with,
    // they would read as a wrong password and count against the user (issue [15]).
    if (m_kind != Kind::Unattended && m_kdf && !m_kdf->isWritten()) {
        fail(error, ErrorKind::Damaged,
             QCoreApplication::translate(
                 "KeySlot",
                 "%1 in keyslots.json was altered or damaged: its key derivation parameters "
                 "(%2 passes, %3 KiB) are not ones this program writes. Nothing was counted as a "
                 "failed login. Restore keyslots.json from a backup, or have another "
                 "administrator run 'tallenne-admin verify'.")
                 .arg(describe())
                 .arg(m_kdf->opsLimit)
                 .arg(m_kdf->memLimitBytes / 1024));
        return {};
    }

    const SecretBytes key = slotKey(secret, m_bound ? workstationSecret : nullptr, error);
    if (key.isNull())
        return {};

    SecretBytes dataKey(DataKeyBytes);
    if (dataKey.isNull()) {
        fail(error, ErrorKind::Environment,
             QCoreApplication::translate("KeySlot", "No locked memory is left for a key."));
        return {};
    }
    const QByteArray ad = associatedData(registerId);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        dataKey.data(), &written, nullptr,
        reinterpret_cast<const unsigned char*>(m_ciphertext.constData()),
        static_cast<unsigned long long>(m_ciphertext.size()),
        reinterpret_cast<const unsigned char*>(ad.constData()),
        static_cast<unsigned long long>(ad.size()),
        reinterpret_cast<const unsigned char*>(m_nonce.constData()), key.data());
    if (rc != 0 || written != DataKeyBytes) {
        dataKey.clear();
        // The version is in the associated data only: when the slot key opens the slot under
        // another version, the secret was right and the version in the file was altered.
        if (const auto sealedAs = versionThatOpens(key, registerId)) {
            fail(error, ErrorKind::Damaged,
                 QCoreApplication::translate(
                     "KeySlot",
                     "%1 in keyslots.json was altered or damaged: it gives version %2, but it was "
                     "sealed as version %3. Nothing was counted as a failed login. Restore "
                     "keyslots.json from a backup, or have another administrator run "
                     "'tallenne-admin verify'.")
                     .arg(describe())
                     .arg(m_version)
                     .arg(*sealedAs));
            return {};
        }
        fail(error, ErrorKind::Authentication, authenticationMessage());
        return {};
    }
    return dataKey;
}

std::optional<int> KeySlot::versionThatOpens(const SecretBytes& key,
                                             const QString& registerId) const
{
    // Versions grow by one per rekey; a thousand decryptions of 48 bytes take about a
    // millisecond, nothing beside the derivation before them.
    constexpr int MaxVersionTried = 1000;
    SecretBytes scratch(DataKeyBytes);
    if (scratch.isNull())
        return std::nullopt;
    KeySlot other = *this;
    for (int version = 1; version <= MaxVersionTried; ++version) {
        if (version == m_version)
            continue;
        other.m_version = version;
        const QByteArray ad = other.associatedData(registerId);
        unsigned long long written = 0;
        if (crypto_aead_xchacha20poly1305_ietf_decrypt(
                scratch.data(), &written, nullptr,
                reinterpret_cast<const unsigned char*>(m_ciphertext.constData()),
                static_cast<unsigned long long>(m_ciphertext.size()),
                reinterpret_cast<const unsigned char*>(ad.constData()),
                static_cast<unsigned long long>(ad.size()),
                reinterpret_cast<const unsigned char*>(m_nonce.constData()), key.data()) == 0)
            return version;
    }
    return std::nullopt;
}

QString KeySlot::describe() const
{
    switch (m_kind) {
    case Kind::User:
        return QCoreApplication::translate("KeySlot", "The key slot of user %1").arg(m_id);
    case Kind::Recovery:
        return QCoreApplication::translate("KeySlot", "The recovery key slot");
    case Kind::Unattended:
        return QCoreApplication::translate("KeySlot", "The unattended key slot");
    }
    return {};
}

QJsonObject KeySlot::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), kindName(m_kind));
    o.insert(QStringLiteral("id"), m_id);
    o.insert(QStringLiteral("version"), m_version);
    o.insert(QStringLiteral("bound"), m_bound);
    if (m_kdf) {
        QJsonObject kdf;
        kdf.insert(QStringLiteral("alg"), KdfParams::algName(m_kdf->alg));
        kdf.insert(QStringLiteral("ops_limit"), static_cast<qint64>(m_kdf->opsLimit));
        kdf.insert(QStringLiteral("mem_limit_bytes"), static_cast<qint64>(m_kdf->memLimitBytes));
        o.insert(QStringLiteral("kdf"), kdf);
    }
    o.insert(QStringLiteral("salt"), QString::fromLatin1(m_salt.toBase64()));
    o.insert(QStringLiteral("nonce"), QString::fromLatin1(m_nonce.toBase64()));
    o.insert(QStringLiteral("ciphertext"), QString::fromLatin1(m_ciphertext.toBase64()));
    o.insert(QStringLiteral("created"), strictjson::formatUtc(m_created));
    if (!m_publicKey.isEmpty()) {
        o.insert(QStringLiteral("public_key"), QString::fromLatin1(m_publicKey.toBase64()));
        o.insert(QStringLiteral("sealed_key"), QString::fromLatin1(m_sealedKey.toBase64()));
        if (!m_sealTag.isEmpty())
            o.insert(QStringLiteral("seal_tag"), QString::fromLatin1(m_sealTag.toBase64()));
    }
    return o;
}

std::optional<KeySlot> KeySlot::fromJson(const QJsonValue& value, const QString& path, Error* error)
{
    namespace sj = strictjson;
    const auto o = sj::object(value, path, error);
    if (!o || !sj::onlyKeys(*o,
                            {"kind", "id", "version", "bound", "kdf", "salt", "nonce", "ciphertext",
                             "created", "public_key", "sealed_key", "seal_tag"},
                            path, error))
        return std::nullopt;

    KeySlot slot;
    const auto at = [&path](const char* key) {
        return sj::child(path, QLatin1String(key));
    };

    auto v = sj::required(*o, "kind", path, error);
    const auto kindText = v ? sj::string(*v, at("kind"), error) : std::nullopt;
    if (!kindText)
        return std::nullopt;
    const auto kind = kindFromName(*kindText);
    if (!kind) {
        sj::failAt(
            error, at("kind"),
            QCoreApplication::translate("KeySlotFile", "\"%1\" is not user, recovery or unattended")
                .arg(*kindText));
        return std::nullopt;
    }
    slot.m_kind = *kind;

    v = sj::required(*o, "id", path, error);
    const auto id = v ? sj::string(*v, at("id"), error) : std::nullopt;
    if (!id)
        return std::nullopt;
    if (id->isEmpty() || (slot.m_kind != Kind::User && *id != fixedId(slot.m_kind))) {
        sj::failAt(error, at("id"),
                   QCoreApplication::translate("KeySlotFile", "not a valid id for a %1 slot")
                       .arg(*kindText));
        return std::nullopt;
    }
    slot.m_id = *id;

    v = sj::required(*o, "version", path, error);
    const auto version = v ? sj::integer(*v, 1, 1000000, at("version"), error) : std::nullopt;
    if (!version)
        return std::nullopt;
    slot.m_version = static_cast<int>(*version);

    v = sj::required(*o, "bound", path, error);
    const auto bound = v ? sj::boolean(*v, at("bound"), error) : std::nullopt;
    if (!bound)
        return std::nullopt;
    slot.m_bound = *bound;

    const bool hasKdf = o->contains(QLatin1String("kdf"));
    if (slot.m_kind == Kind::Unattended) {
        if (hasKdf) {
            sj::failAt(error, at("kdf"),
                       QCoreApplication::translate(
                           "KeySlotFile", "an unattended slot uses no password derivation"));
            return std::nullopt;
        }
    } else {
        v = sj::required(*o, "kdf", path, error);
        const QString kdfPath = at("kdf");
        const auto kdfObject = v ? sj::object(*v, kdfPath, error) : std::nullopt;
        if (!kdfObject ||
            !sj::onlyKeys(*kdfObject, {"alg", "ops_limit", "mem_limit_bytes"}, kdfPath, error))
            return std::nullopt;
        KdfParams params;
        v = sj::required(*kdfObject, "alg", kdfPath, error);
        const QString algPath = sj::child(kdfPath, QStringLiteral("alg"));
        const auto alg = v ? sj::string(*v, algPath, error) : std::nullopt;
        if (!alg)
            return std::nullopt;
        params.alg = KdfParams::algFromName(*alg);
        if (params.alg < 0) {
            sj::failAt(error, algPath,
                       QCoreApplication::translate("KeySlotFile",
                                                   "unknown algorithm \"%1\" (expected argon2id13)")
                           .arg(*alg));
            return std::nullopt;
        }
        v = sj::required(*kdfObject, "ops_limit", kdfPath, error);
        const auto ops = v ? sj::integer(*v, KdfParams::MinOps, KdfParams::MaxOps,
                                         sj::child(kdfPath, QStringLiteral("ops_limit")), error)
                           : std::nullopt;
        if (!ops)
            return std::nullopt;
        v = sj::required(*kdfObject, "mem_limit_bytes", kdfPath, error);
        const auto mem =
            v ? sj::integer(*v, KdfParams::MinMemBytes, KdfParams::MaxMemBytes,
                            sj::child(kdfPath, QStringLiteral("mem_limit_bytes")), error)
              : std::nullopt;
        if (!mem)
            return std::nullopt;
        params.opsLimit = static_cast<quint64>(*ops);
        params.memLimitBytes = static_cast<quint64>(*mem);
        Error invalid;
        if (!params.validate(&invalid)) {
            sj::failAt(error, kdfPath, invalid.message);
            return std::nullopt;
        }
        slot.m_kdf = params;
    }

    v = sj::required(*o, "salt", path, error);
    const auto salt = v ? sj::base64(*v, SaltBytes, at("salt"), error) : std::nullopt;
    if (!salt)
        return std::nullopt;
    slot.m_salt = *salt;

    v = sj::required(*o, "nonce", path, error);
    const auto nonce = v ? sj::base64(*v, NonceBytes, at("nonce"), error) : std::nullopt;
    if (!nonce)
        return std::nullopt;
    slot.m_nonce = *nonce;

    v = sj::required(*o, "ciphertext", path, error);
    const auto ciphertext =
        v ? sj::base64(*v, CiphertextBytes, at("ciphertext"), error) : std::nullopt;
    if (!ciphertext)
        return std::nullopt;
    slot.m_ciphertext = *ciphertext;

    v = sj::required(*o, "created", path, error);
    const auto created = v ? sj::utcTime(*v, at("created"), error) : std::nullopt;
    if (!created)
        return std::nullopt;
    slot.m_created = *created;

    // The identity fields come as a pair or not at all.
    if (o->contains(QLatin1String("public_key")) || o->contains(QLatin1String("sealed_key"))) {
        v = sj::required(*o, "public_key", path, error);
        const auto publicKey =
            v ? sj::base64(*v, PublicKeyBytes, at("public_key"), error) : std::nullopt;
        v = publicKey ? sj::required(*o, "sealed_key", path, error) : std::nullopt;
        const auto sealedKey =
            v ? sj::base64(*v, SealedKeyBytes, at("sealed_key"), error) : std::nullopt;
        if (!sealedKey)
            return std::nullopt;
        slot.m_publicKey = *publicKey;
        slot.m_sealedKey = *sealedKey;
        // Optional: slots written before tags were kept have none.
        if (o->contains(QLatin1String("seal_tag"))) {
            v = sj::required(*o, "seal_tag", path, error);
            const auto tag = v ? sj::base64(*v, SealTagBytes, at("seal_tag"), error) : std::nullopt;
            if (!tag)
                return std::nullopt;
            slot.m_sealTag = *tag;
        }
    } else if (o->contains(QLatin1String("seal_tag"))) {
        sj::failAt(error, at("seal_tag"),
                   QCoreApplication::translate("KeySlotFile",
                                               "a seal tag needs the public and sealed key"));
        return std::nullopt;
    }
    return slot;
}

} // namespace tallenne
