#include "storage/QtBulkStatement.h"

#include "storage/SqlSupport.h"

namespace clientele {

QtBulkStatement::QtBulkStatement(const QSqlDatabase& db, const SqlDialect& dialect, const QString& statement)
    : m_dialect(dialect)
    , m_query(sql::prepare(db, statement))
{
}

void QtBulkStatement::bindNull(int index)
{
    m_query.bindValue(index, QVariant(QMetaType::fromType<QString>()));
}

void QtBulkStatement::bindInt64(int index, std::int64_t value)
{
    m_query.bindValue(index, QVariant::fromValue<qint64>(value));
}

void QtBulkStatement::bindReal(int index, double value)
{
    m_query.bindValue(index, value);
}

void QtBulkStatement::bindText(int index, QStringView text)
{
    m_query.bindValue(index, text.toString());
}

void QtBulkStatement::bindUtf8(int index, QByteArrayView text)
{
    m_query.bindValue(index, QString::fromUtf8(text));
}

std::int64_t QtBulkStatement::exec()
{
    sql::exec(m_query);
    const std::int64_t changed = m_query.numRowsAffected();
    m_query.finish();
    return changed;
}

std::int64_t QtBulkStatement::execInsert()
{
    return m_dialect.execInsert(m_query);
}

} // namespace clientele
