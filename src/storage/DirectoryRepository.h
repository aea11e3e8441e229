#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace tallenne {

/// The small lookup tables calls and chats point to: agents, queues and service numbers.
/// Lookups create missing entries and cache ids, so an import of a million rows asks the
/// database once per distinct name. Storage only: no permission checks.
class DirectoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryRepository)

public:
    explicit DirectoryRepository(QSqlDatabase db);
    ~DirectoryRepository();
    DirectoryRepository(const DirectoryRepository&) = delete;
    DirectoryRepository& operator=(const DirectoryRepository&) = delete;

    /// The id of the agent/queue called `name`, created when missing. An empty name is
    /// "none": 0 (store NULL), not an error.
    [[nodiscard]] std::optional<qint64> agentId(const QString& name, Error* error);
    [[nodiscard]] std::optional<qint64> queueId(const QString& name, Error* error);
    /// The id of a service number (E.164 or as it came), created with `label` when missing.
    [[nodiscard]] std::optional<qint64> serviceNumberId(const QString& number, const QString& label,
                                                        Error* error);

    /// The rowid `q` (an INSERT that changed a row) created, as the driver reports it; 0 when
    /// it inserted nothing.
    [[nodiscard]] static qint64 insertedId(const QSqlQuery& q);

    /// `text` for a NOT NULL column: a null QString would be bound as SQL NULL.
    [[nodiscard]] static QString notNull(const QString& text)
    {
        return text.isNull() ? QStringLiteral("") : text;
    }

    /// Forgets cached ids: call after rolling back a transaction that may have created rows.
    void clearCache();

    /// Names in alphabetical order, for filter lists.
    [[nodiscard]] std::optional<QStringList> agentNames(Error* error) const;
    [[nodiscard]] std::optional<QStringList> queueNames(Error* error) const;

private:
    struct Table
    {
        QString table;
        QString column;
        QHash<QString, qint64> cache;
        std::unique_ptr<QSqlQuery> find;
        std::unique_ptr<QSqlQuery> insert;
    };
    [[nodiscard]] std::optional<qint64> idIn(Table& t, const QString& key, const QString& label,
                                             Error* error);
    [[nodiscard]] std::optional<QStringList> names(const QString& table, Error* error) const;

    QSqlDatabase m_db;
    Table m_agents;
    Table m_queues;
    Table m_serviceNumbers;
};

} // namespace tallenne
