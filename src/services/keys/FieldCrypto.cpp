#include "services/keys/FieldCrypto.h"

#include "services/Session.h"

namespace tallenne {

FieldCrypto::FieldCrypto(Session& session)
    : m_keys(session.keys()), m_store(session.db()), m_roles(session.roles())
{}

FieldCrypto::FieldCrypto(QSqlDatabase db, const KeyRing& keys) : m_keys(keys), m_store(db) {}

std::optional<QByteArray> FieldCrypto::seal(Capability capability, QByteArrayView value,
                                            QByteArrayView place, Error* error)
{
    auto it = m_writers.find(capability);
    if (it == m_writers.end()) {
        auto writer = m_store.newWriter(capability, error);
        if (!writer)
            return std::nullopt;
        it = m_writers.emplace(capability, std::move(*writer)).first;
    }
    return it->second.seal(value, place);
}

bool FieldCrypto::holds(Capability capability) const
{
    return m_keys.holds(capability);
}

std::optional<QByteArray> FieldCrypto::open(Capability capability, const QByteArray& sealed,
                                            QByteArrayView place, Error* error)
{
    const int version = m_store.batchVersion(SealedFieldReader::batchOf(sealed));
    const CapabilityKey* key = m_keys.version(capability, version);
    if (!key) {
        QString why;
        if (version <= 0)
            why = tr("A sealed value of the register names no known batch.");
        else if (m_roles && Capabilities::carries(*m_roles, capability) &&
                 !m_keys.holds(capability))
            // Granting needs a holder: the grant waits for one to log in.
            why = tr("Your role carries %1, but it has not reached you yet: it does at the next "
                     "login of a user who holds it. Log in again after that.")
                      .arg(Capabilities::displayName(capability));
        else
            why = tr("You do not hold %1.").arg(Capabilities::displayName(capability));
        fail(error, version > 0 ? ErrorKind::PermissionDenied : ErrorKind::Damaged, why);
        return std::nullopt;
    }
    auto it = m_readers.find({capability, version});
    if (it == m_readers.end())
        it = m_readers.emplace(std::pair{capability, version}, m_store.reader(*key)).first;
    return it->second.open(sealed, place, error);
}

std::function<std::optional<QByteArray>(const QByteArray&, QByteArrayView, Error*)>
FieldCrypto::recordingKeyOpener()
{
    return [this](const QByteArray& sealed, QByteArrayView place, Error* error) {
        return open(Capability::Recordings, sealed, place, error);
    };
}

std::optional<QString> FieldCrypto::openText(Capability capability, const QByteArray& sealed,
                                             QByteArrayView place, Error* error)
{
    const auto bytes = open(capability, sealed, place, error);
    if (!bytes)
        return std::nullopt;
    return QString::fromUtf8(*bytes);
}

QByteArray FieldCrypto::index(QStringView kind, QStringView normalisedValue) const
{
    const CapabilityKey* key = m_keys.current(Capability::Lookup);
    return key ? BlindIndex::of(key->secret, kind, normalisedValue) : QByteArray();
}

QList<QByteArray> FieldCrypto::indexes(QStringView kind, QStringView normalisedValue) const
{
    QList<QByteArray> out;
    for (const CapabilityKey* key : m_keys.all(Capability::Lookup))
        out << BlindIndex::of(key->secret, kind, normalisedValue);
    return out;
}

QString FieldCrypto::normalised(QStringView kind, const QString& value)
{
    if (kind == u"name" || kind == u"address")
        return value.simplified().toCaseFolded();
    if (kind == u"email")
        return value.trimmed().toLower();
    // Codes as the population and trade registers write them: upper case, no spaces.
    if (kind == u"identity_code" || kind == u"business_id")
        return value.simplified().remove(QLatin1Char(' ')).toUpper();
    return value.trimmed();
}

} // namespace tallenne
