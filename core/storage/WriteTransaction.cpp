#include "storage/WriteTransaction.h"

#include "storage/SqlSupport.h"

#include <QSqlQuery>

namespace clientele {

WriteTransaction::WriteTransaction(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
{
    sql::run(m_db, dialect.beginWriteTransaction());
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK")); // best effort: we may be unwinding from an error
    }
}

void WriteTransaction::commit()
{
    sql::run(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace clientele
