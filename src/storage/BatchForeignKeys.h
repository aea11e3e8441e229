#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace tallenne {

/// Foreign keys checked once per batch of a bulk write instead of by every statement
/// (docs/performance.md, "Import"): SQLite journals every page an INSERT touches, encrypted,
/// whenever the INSERT could abort halfway, and an immediate foreign key of a table with a
/// trigger makes every INSERT such a statement. With this, the connection's foreign keys are
/// off while the batch's transaction is open, and before it commits every row the batch added
/// to a table with foreign keys is checked against its parents: a row whose parent is missing
/// fails the batch, as it failed its statement before.
///
/// For writers that only insert rows and change no key column of older rows (the importers):
/// rows are found by rowid above what each table held when the batch began.
class BatchForeignKeys
{
    Q_DECLARE_TR_FUNCTIONS(BatchForeignKeys)

public:
    explicit BatchForeignKeys(QSqlDatabase db);
    ~BatchForeignKeys();
    BatchForeignKeys(const BatchForeignKeys&) = delete;
    BatchForeignKeys& operator=(const BatchForeignKeys&) = delete;

    /// Before the batch's BEGIN: foreign keys off (a no-op inside an outer transaction: they
    /// then stay on and check() has nothing to do).
    [[nodiscard]] bool suspend(Error* error);
    /// Right after BEGIN: where each table's new rows will start.
    [[nodiscard]] bool mark(Error* error);
    /// Before COMMIT: false with ErrorKind::Damaged when a new row names a missing parent.
    [[nodiscard]] bool check(Error* error);
    /// After COMMIT or ROLLBACK: foreign keys on again.
    void resume();

private:
    struct Child
    {
        QString table;
        bool hasRowid = true;
        QString violation; ///< SELECT of one new row whose parent is missing (`?` = the mark)
        qint64 mark = 0;
    };
    [[nodiscard]] bool loadChildren(Error* error);

    QSqlDatabase m_db;
    std::vector<Child> m_children;
    bool m_loaded = false;
    bool m_suspended = false;
};

} // namespace tallenne
