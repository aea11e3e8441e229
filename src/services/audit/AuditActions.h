#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tallenne {

/// The audit trail in words for people (the viewer; the trail and its CSV export keep the
/// codes, which are the evidence): a name for each action the services write
/// ("retention.purge" → "Retention purge"), and an entry's details read out where their form
/// is known ("due(go/held/restricted): call_metadata=1/1/0" → "Call details: 1 to delete,
/// 1 kept by legal holds, 0 kept under restriction"). Unknown actions and details are shown
/// as they are.
class AuditActions
{
    Q_DECLARE_TR_FUNCTIONS(AuditActions)

public:
    /// The action in words, or empty when this version does not know it.
    [[nodiscard]] static QString name(const QString& action);
    /// The action in words, or the code itself.
    [[nodiscard]] static QString displayName(const QString& action);
    /// The name of a key the services write in an entry's details ("roles", "sign_key"), or
    /// empty when this version does not know it (and shows those details as written).
    [[nodiscard]] static QString detailKeyName(const QString& key);
    /// The details in words where their form is known, otherwise as they are.
    [[nodiscard]] static QString displayDetails(const QString& action, const QString& details);
    /// The codes of the known actions whose name, in the current language or in English,
    /// contains `text` (case aside): what a person types after reading the names.
    [[nodiscard]] static QStringList codesNamed(const QString& text);
};

} // namespace tallenne
