#pragma once

#include "storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QString>

namespace clientele {

// One named Qt SQL connection, owned by the thread that made it (Qt SQL connections must not cross
// threads). Each worker thread makes its own; the destructor closes and unregisters it.
class DatabaseConnection
{
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    DatabaseConnection(const QString& filePath, const SqlDialect& dialect, Access access = Access::ReadWrite);
    ~DatabaseConnection();
    DatabaseConnection(const DatabaseConnection&) = delete;
    DatabaseConnection& operator=(const DatabaseConnection&) = delete;

    // Whether a long read on `db` may be shared with a second connection to the same database on
    // another thread: a SQLite file (not an in-memory database) on a machine with a core to spare.
    static bool canShareReads(const QSqlDatabase& db, const SqlDialect& dialect);

    QSqlDatabase handle() const { return m_db; }
    const SqlDialect& dialect() const { return m_dialect; }
    QString filePath() const { return m_filePath; }

    // Applies the dialect's per-connection settings (pragmas). Separate from the constructor because
    // the opener must read the schema version before anything may write to the file.
    void applySettings();

private:
    QString m_filePath;
    SqlDialect m_dialect;
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace clientele
