#pragma once

// The example register profiles of resources/profiles, for the service tests (needs
// TALLENNE_TEST_DATA, which tallenne_add_test defines).

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace tallenne::test {

/// An example profile (e.g. "nordic-helpdesk") with the top-level fields in `changes` set.
inline QByteArray exampleProfile(const QString& name, const QJsonObject& changes = {})
{
    QFile f(QStringLiteral(TALLENNE_TEST_DATA "/../../resources/profiles/%1.json").arg(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        root.insert(it.key(), it.value());
    return QJsonDocument(root).toJson();
}

/// An example profile with one retention period (e.g. "audit_trail_months") set to `months`;
/// a fixed period drops the category's criterion, as the profile editor does.
inline QByteArray exampleProfileWithPeriod(const QString& name, const QString& period, int months)
{
    const QJsonObject base = QJsonDocument::fromJson(exampleProfile(name)).object();
    QJsonObject retention = base.value(QStringLiteral("retention")).toObject();
    retention.insert(period, months);
    if (months > 0) {
        QJsonObject criteria = retention.value(QStringLiteral("criteria")).toObject();
        criteria.remove(QString(period).remove(QStringLiteral("_months")));
        retention.insert(QStringLiteral("criteria"), criteria);
    }
    return exampleProfile(name, QJsonObject{{QStringLiteral("retention"), retention}});
}

} // namespace tallenne::test
