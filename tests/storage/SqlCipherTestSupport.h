#pragma once

// Shared helpers of the storage tests: deterministic keys and a raw QSQLCIPHER connection
// that removes itself from QSqlDatabase's registry when it goes out of scope.

#include "crypto/SecretBytes.h"
#include "storage/SqlCipherDriver.h"

#include <QByteArray>
#include <QFile>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>

namespace tallenne::test {

/// 32 (or `size`) bytes derived from `seed`; two seeds give two different keys.
inline SecretBytes testKey(std::uint8_t seed, std::size_t size = 32)
{
    SecretBytes key(size);
    for (std::size_t i = 0; i < size; ++i)
        key.data()[i] = static_cast<std::uint8_t>(seed * 31u + i * 7u + 1u);
    return key;
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// A QSQLCIPHER connection for one test; closed and removed on destruction.
class Connection
{
public:
    Connection(const QString& path, const SecretBytes* key,
               const QString& options = QStringLiteral("QSQLCIPHER_CREATE"))
        : m_name(QStringLiteral("test-%1").arg(++serial()))
    {
        registerSqlCipherDriver();
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(options);
        if (key)
            driver()->setRawKey(*key);
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    [[nodiscard]] bool open() { return m_db.open(); }
    QSqlDatabase& db() { return m_db; }
    SqlCipherDriver* driver() { return qobject_cast<SqlCipherDriver*>(m_db.driver()); }

private:
    static int& serial()
    {
        static int value = 0;
        return value;
    }
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace tallenne::test
