#pragma once

#include "core/Permissions.h"

#include <QList>
#include <QString>

namespace tallenne {

/// The console's sections, and which roles see them. A hidden section is only a
/// convenience: the services refuse the same roles anyway.
enum class Section
{
    Calls,
    Chats,
    Coaching,
    Quality,
    AccessRequests,
    RetentionAndHolds,
    Administration,
    AuditTrail,
    PrivacyNotice,
};

class Sections
{
public:
    [[nodiscard]] static QList<Section> all();
    [[nodiscard]] static QList<Section> visibleFor(Roles roles);
    [[nodiscard]] static QString title(Section section);
    /// A stable name for tests and accessibility ("calls", "chats", …).
    [[nodiscard]] static QString id(Section section);
};

} // namespace tallenne
