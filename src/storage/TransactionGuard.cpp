#include "storage/TransactionGuard.h"

#include "core/Logging.h"
#include "storage/SqlCipherDriver.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace tallenne {

namespace {
std::atomic<quint64> g_savepointSerial{0};

QString describe(const QSqlError& error)
{
    return error.text().trimmed();
}
} // namespace

TransactionGuard::TransactionGuard(QSqlDatabase db) : m_db(std::move(db))
{
    const auto* driver = qobject_cast<const SqlCipherDriver*>(m_db.driver());
    if (driver && driver->isInTransaction()) {
        m_savepoint = QStringLiteral("tallenne_guard_%1").arg(++g_savepointSerial);
        m_active = run(QStringLiteral("SAVEPOINT %1").arg(m_savepoint),
                       QStringLiteral("begin a nested transaction"), &m_error);
        return;
    }
    if (m_db.transaction()) {
        m_active = true;
    } else {
        m_error = Error::make(
            ErrorKind::Environment,
            QStringLiteral("Unable to begin a transaction: %1").arg(describe(m_db.lastError())));
    }
}

TransactionGuard::~TransactionGuard()
{
    rollback();
}

bool TransactionGuard::run(const QString& sql, const QString& what, Error* error)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    return fail(error, ErrorKind::Environment,
                QStringLiteral("Unable to %1: %2").arg(what, describe(query.lastError())));
}

bool TransactionGuard::commit(Error* error)
{
    if (!m_active)
        return fail(error, ErrorKind::Usage,
                    m_error.isError() ? m_error.message
                                      : QStringLiteral("No transaction is open to commit"));
    if (!m_savepoint.isEmpty()) {
        if (!run(QStringLiteral("RELEASE SAVEPOINT %1").arg(m_savepoint),
                 QStringLiteral("commit a nested transaction"), error))
            return false;
    } else if (!m_db.commit()) {
        // Still open (e.g. SQLITE_BUSY): the destructor rolls it back.
        return fail(
            error, ErrorKind::Environment,
            QStringLiteral("Unable to commit the transaction: %1").arg(describe(m_db.lastError())));
    }
    m_active = false;
    return true;
}

void TransactionGuard::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    Error error;
    if (!m_savepoint.isEmpty()) {
        // ROLLBACK TO keeps the savepoint open; RELEASE then removes it.
        if (!run(QStringLiteral("ROLLBACK TO SAVEPOINT %1").arg(m_savepoint),
                 QStringLiteral("roll back a nested transaction"), &error) ||
            !run(QStringLiteral("RELEASE SAVEPOINT %1").arg(m_savepoint),
                 QStringLiteral("roll back a nested transaction"), &error))
            qCWarning(lcStorage) << error.message;
    } else if (!m_db.rollback()) {
        qCWarning(lcStorage) << "Unable to roll back a transaction:" << describe(m_db.lastError());
    }
}

} // namespace tallenne
