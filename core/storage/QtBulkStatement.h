#pragma once

#include "storage/BulkStatement.h"

#include <QSqlQuery>

namespace clientele {

// A BulkStatement through Qt SQL: works with every driver (PostgreSQL included), at Qt SQL's speed.
class QtBulkStatement : public BulkStatement
{
public:
    QtBulkStatement(const QSqlDatabase& db, const SqlDialect& dialect, const QString& statement);

    void bindNull(int index) override;
    void bindInt64(int index, std::int64_t value) override;
    void bindReal(int index, double value) override;
    void bindText(int index, QStringView text) override;
    void bindUtf8(int index, QByteArrayView text) override;
    std::int64_t exec() override;
    std::int64_t execInsert() override;

private:
    SqlDialect m_dialect;
    QSqlQuery m_query;
};

} // namespace clientele
