#pragma once

#include "core/Error.h"

#include <QJsonObject>
#include <QString>

namespace tallenne {

class Session;

/// The logged-in user's own interface choices, kept inside the encrypted register so they
/// follow the user to any desk: language, visible columns, sort. Not personal data of data
/// subjects, so reading and writing them is not audited.
class UserPreferences
{
public:
    explicit UserPreferences(Session& session);

    [[nodiscard]] QString language() const;
    [[nodiscard]] bool setLanguage(const QString& language, Error* error);
    [[nodiscard]] QJsonObject value(const QString& key) const;
    [[nodiscard]] bool setValue(const QString& key, const QJsonObject& value, Error* error);

private:
    Session& m_session;
};

} // namespace tallenne
