#pragma once

#include "core/Capability.h"
#include "core/Error.h"
#include "core/Permissions.h"
#include "crypto/KeyRing.h"
#include "crypto/SealedField.h"
#include "storage/KeyStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <map>
#include <optional>

namespace tallenne {

class Session;

/// A session's view of the sealed columns (docs/security.md, "Keys per capability"): it seals
/// values to a capability's current public key (anyone with the register may write), opens
/// them with the keys this session holds (nothing else can), and computes the blind index
/// when it holds the lookup key. One batch per capability and FieldCrypto: make one per
/// transaction (an import batch, a service call).
class FieldCrypto
{
    Q_DECLARE_TR_FUNCTIONS(FieldCrypto)

public:
    explicit FieldCrypto(Session& session);
    /// For code below the session (the demo filler): the register and the keys to use.
    FieldCrypto(QSqlDatabase db, const KeyRing& keys);

    /// `value` sealed to the capability's current public key, its place as associated data.
    [[nodiscard]] std::optional<QByteArray> seal(Capability capability, QByteArrayView value,
                                                 QByteArrayView place, Error* error);

    /// Whether this session holds a capability's key (any version).
    [[nodiscard]] bool holds(Capability capability) const;
    /// The plaintext of a sealed value; nullopt with PermissionDenied when the session does
    /// not hold the key, Damaged when the value does not open in this place.
    [[nodiscard]] std::optional<QByteArray> open(Capability capability, const QByteArray& sealed,
                                                 QByteArrayView place, Error* error);
    /// open() under Capability::Recordings, as RecordingStore's KeyOpener takes it: a recording's
    /// file key opens with the recordings key only. The opener refers to this FieldCrypto, which
    /// must outlive it.
    [[nodiscard]] std::function<std::optional<QByteArray>(const QByteArray& sealed,
                                                          QByteArrayView place, Error* error)>
    recordingKeyOpener();
    [[nodiscard]] std::optional<QString> openText(Capability capability, const QByteArray& sealed,
                                                  QByteArrayView place, Error* error);

    /// The blind index of an identifier under the current lookup key; empty when the session
    /// does not hold it (the row then waits for a holder: *_pending).
    [[nodiscard]] QByteArray index(QStringView kind, QStringView normalised) const;
    /// Under every version of the lookup key held (a search finds rows indexed before a
    /// rotation too). Empty when none is held.
    [[nodiscard]] QList<QByteArray> indexes(QStringView kind, QStringView normalised) const;

    /// The normalised form the index takes for a subject identifier kind (phone: E.164 as
    /// given; email lower case; name, address case-folded with single spaces; identity codes and
    /// business IDs in upper case without spaces).
    [[nodiscard]] static QString normalised(QStringView kind, const QString& value);

private:
    const KeyRing& m_keys;
    KeyStore m_store;
    std::map<Capability, SealedFieldWriter> m_writers;
    std::map<std::pair<Capability, int>, SealedFieldReader> m_readers;
    std::optional<Roles> m_roles; ///< the session's, to say why a key is missing
};

} // namespace tallenne
