#include "services/UserPreferences.h"

#include "services/Session.h"
#include "storage/UserRepository.h"

#include <QJsonDocument>

namespace tallenne {

UserPreferences::UserPreferences(Session& session) : m_session(session) {}

QString UserPreferences::language() const
{
    Error error;
    const auto user = UserRepository(m_session.db()).find(m_session.userName(), &error);
    return user ? user->language : QString();
}

bool UserPreferences::setLanguage(const QString& language, Error* error)
{
    return UserRepository(m_session.db()).setLanguage(m_session.userName(), language, error);
}

QJsonObject UserPreferences::value(const QString& key) const
{
    Error error;
    const auto json = UserRepository(m_session.db()).settings(m_session.userName(), &error);
    if (!json)
        return {};
    return QJsonDocument::fromJson(*json).object().value(key).toObject();
}

bool UserPreferences::setValue(const QString& key, const QJsonObject& value, Error* error)
{
    UserRepository users(m_session.db());
    const auto json = users.settings(m_session.userName(), error);
    if (!json)
        return false;
    QJsonObject all = QJsonDocument::fromJson(*json).object();
    all.insert(key, value);
    return users.setSettings(m_session.userName(),
                             QJsonDocument(all).toJson(QJsonDocument::Compact), error);
}

} // namespace tallenne
