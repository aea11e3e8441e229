#include "services/DemoService.h"

#include "services/RegisterService.h"
#include "services/UserService.h"

#include <sodium.h>

namespace tallenne {

namespace {
// A readable random password: four groups of four lower-case letters and digits.
QString demoPassword()
{
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    QString out;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char('-');
        out += QLatin1Char(alphabet[randombytes_uniform(sizeof(alphabet) - 1)]);
    }
    return out;
}

SecretBytes secretOf(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    return SecretBytes::fromBytes(utf8);
}
} // namespace

std::optional<QList<DemoUser>> DemoService::create(const RegisterPaths& paths,
                                                   const DemoOptions& options, const Clock& clock,
                                                   const VaultOptions& vault, Error* error)
{
    Q_UNUSED(options) // calls and chats arrive with the register data
    if (!initialiseSodium()) {
        fail(error, ErrorKind::Environment, QStringLiteral("libsodium cannot start"));
        return std::nullopt;
    }
    const QList<DemoUser> users = {
        {QStringLiteral("admin"), QStringLiteral("administrator"), demoPassword()},
        {QStringLiteral("laura"), QStringLiteral("quality-manager"), demoPassword()},
        {QStringLiteral("teemu"), QStringLiteral("trainer"), demoPassword()},
        {QStringLiteral("pirjo"), QStringLiteral("privacy-officer"), demoPassword()},
    };
    const SecretBytes adminPassword = secretOf(users.first().password);
    SecretBytes recovery;
    if (!RegisterService::init(paths, users.first().name, adminPassword, clock, vault, &recovery,
                               error))
        return std::nullopt;
    auto session = Session::login(paths, users.first().name, adminPassword, clock, vault, error);
    if (!session)
        return std::nullopt;
    UserService service(*session);
    for (const DemoUser& u : users.mid(1)) {
        if (!service.add(u.name, *RoleNames::fromIds({u.role}), secretOf(u.password), error))
            return std::nullopt;
    }
    return users;
}

} // namespace tallenne
