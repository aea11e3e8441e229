#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <utility>

namespace tallenne {

class Session;

/// The periods the call list offers beside its date fields.
namespace CallPeriods {
enum Period
{
    Custom,  ///< the dates as typed
    AnyTime, ///< no dates
    Today,
    Yesterday,
    Last7Days, ///< today and the six days before
    ThisMonth
};
/// The first and last day of a period, counted from `today`; nullopt for Custom and AnyTime.
[[nodiscard]] std::optional<std::pair<QDate, QDate>> range(Period period, QDate today);
/// The period whose days these are, Custom when none.
[[nodiscard]] Period matching(QDate from, QDate to, QDate today);
} // namespace CallPeriods

/// The user's named call filters, kept with their preferences (UserPreferences). A filter is
/// the form's state as CallsPanel writes it: choices, never a phone number.
class CallFilterStore
{
    Q_DECLARE_TR_FUNCTIONS(CallFilterStore)

public:
    explicit CallFilterStore(Session& session);

    /// The names, in the order they were saved.
    [[nodiscard]] QStringList names() const;
    [[nodiscard]] QJsonObject filter(const QString& name) const;
    /// Saves (or replaces) the filter under a name.
    [[nodiscard]] bool save(const QString& name, const QJsonObject& filter, Error* error);
    [[nodiscard]] bool remove(const QString& name, Error* error);

private:
    Session& m_session;
};

} // namespace tallenne
