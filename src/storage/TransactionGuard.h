#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QString>

namespace tallenne {

/// Begins a transaction on construction and rolls it back on destruction unless commit()
/// succeeded, so an early return or a failed step never leaves half of the work behind.
///
/// Inside another open transaction on a QSQLCIPHER connection the guard nests with a
/// SAVEPOINT: commit() releases it, destruction rolls back to it, and the outer transaction
/// decides what is finally written.
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();

    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;

    /// False if the transaction could not begin (e.g. another connection holds the write
    /// lock past the busy timeout); error() then says why.
    [[nodiscard]] bool ok() const { return m_active; }
    [[nodiscard]] const Error& error() const { return m_error; }

    [[nodiscard]] bool commit(Error* error);
    /// Rolls back now (the destructor would otherwise do it).
    void rollback();

private:
    bool run(const QString& sql, const QString& what, Error* error);

    QSqlDatabase m_db;
    QString m_savepoint; ///< non-empty when nested
    bool m_active = false;
    Error m_error;
};

} // namespace tallenne
