#include "storage/BulkStatement.h"

#include "storage/QtBulkStatement.h"
#include "storage/SqliteBulkStatement.h"

namespace clientele {

std::unique_ptr<BulkStatement>
BulkStatement::prepare(const QSqlDatabase& db, const SqlDialect& dialect, const QString& statement)
{
    if (dialect.engine() == SqlDialect::Engine::Sqlite)
        if (sqlite3* handle = SqliteBulkStatement::handleOf(db))
            return std::make_unique<SqliteBulkStatement>(handle, statement);
    return std::make_unique<QtBulkStatement>(db, dialect, statement);
}

} // namespace clientele
