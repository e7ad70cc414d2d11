#include "storage/DatabaseStatistics.h"

#include "storage/SqlSupport.h"

namespace clientele {

DatabaseStatistics DatabaseStatistics::collect(const QSqlDatabase& db)
{
    auto count = [&db](const char* statement) {
        return sql::scalar(db, QString::fromLatin1(statement)).toLongLong();
    };
    DatabaseStatistics s;
    s.customers = count("SELECT COUNT(*) FROM customer");
    s.orders = count("SELECT COUNT(DISTINCT order_code) FROM order_line");
    s.orderLines = count("SELECT COUNT(*) FROM order_line");
    s.interactions = count("SELECT COUNT(*) FROM interaction");
    s.surveys = count("SELECT COUNT(*) FROM survey_response");
    s.tags = count("SELECT COUNT(*) FROM tag");
    return s;
}

QJsonObject DatabaseStatistics::toJson() const
{
    return QJsonObject{
        {QStringLiteral("customers"), static_cast<qint64>(customers)},
        {QStringLiteral("orders"), static_cast<qint64>(orders)},
        {QStringLiteral("order_lines"), static_cast<qint64>(orderLines)},
        {QStringLiteral("interactions"), static_cast<qint64>(interactions)},
        {QStringLiteral("surveys"), static_cast<qint64>(surveys)},
        {QStringLiteral("tags"), static_cast<qint64>(tags)},
    };
}

} // namespace clientele
