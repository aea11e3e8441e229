#include "gui/CallFilterStore.h"

#include "services/UserPreferences.h"

#include <QJsonArray>

namespace tallenne {

namespace {
const QString storeKey = QStringLiteral("calls.savedFilters");
const QString listKey = QStringLiteral("filters");
const QString nameKey = QStringLiteral("name");
const QString filterKey = QStringLiteral("filter");
} // namespace

std::optional<std::pair<QDate, QDate>> CallPeriods::range(Period period, QDate today)
{
    switch (period) {
    case Today:
        return std::pair{today, today};
    case Yesterday:
        return std::pair{today.addDays(-1), today.addDays(-1)};
    case Last7Days:
        return std::pair{today.addDays(-6), today};
    case ThisMonth:
        return std::pair{QDate(today.year(), today.month(), 1), today};
    case Custom:
    case AnyTime:
        break;
    }
    return std::nullopt;
}

CallPeriods::Period CallPeriods::matching(QDate from, QDate to, QDate today)
{
    for (Period p : {Today, Yesterday, Last7Days, ThisMonth}) {
        if (range(p, today) == std::pair{from, to})
            return p;
    }
    return Custom;
}

CallFilterStore::CallFilterStore(Session& session) : m_session(session) {}

QStringList CallFilterStore::names() const
{
    QStringList out;
    const QJsonArray list = UserPreferences(m_session).value(storeKey).value(listKey).toArray();
    for (const QJsonValue& entry : list)
        out << entry.toObject().value(nameKey).toString();
    return out;
}

QJsonObject CallFilterStore::filter(const QString& name) const
{
    const QJsonArray list = UserPreferences(m_session).value(storeKey).value(listKey).toArray();
    for (const QJsonValue& entry : list) {
        if (entry.toObject().value(nameKey).toString() == name)
            return entry.toObject().value(filterKey).toObject();
    }
    return {};
}

bool CallFilterStore::save(const QString& name, const QJsonObject& filter, Error* error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        fail(error, ErrorKind::InputRejected, tr("A saved filter needs a name."));
        return false;
    }
    UserPreferences preferences(m_session);
    QJsonArray list = preferences.value(storeKey).value(listKey).toArray();
    const QJsonObject entry{{nameKey, trimmed}, {filterKey, filter}};
    bool replaced = false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).toObject().value(nameKey).toString() == trimmed) {
            list.replace(i, entry);
            replaced = true;
        }
    }
    if (!replaced)
        list.append(entry);
    return preferences.setValue(storeKey, QJsonObject{{listKey, list}}, error);
}

bool CallFilterStore::remove(const QString& name, Error* error)
{
    UserPreferences preferences(m_session);
    QJsonArray list = preferences.value(storeKey).value(listKey).toArray();
    for (qsizetype i = list.size() - 1; i >= 0; --i) {
        if (list.at(i).toObject().value(nameKey).toString() == name)
            list.removeAt(i);
    }
    return preferences.setValue(storeKey, QJsonObject{{listKey, list}}, error);
}

} // namespace tallenne
