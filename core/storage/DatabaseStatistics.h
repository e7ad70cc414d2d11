#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

#include <cstdint>

namespace clientele {

// Counts of what a database holds, as `clientele-cli stats --json` prints them.
struct DatabaseStatistics
{
    std::int64_t customers = 0;
    std::int64_t orders = 0; // distinct order codes
    std::int64_t orderLines = 0;
    std::int64_t interactions = 0;
    std::int64_t surveys = 0;
    std::int64_t tags = 0;

    static DatabaseStatistics collect(const QSqlDatabase& db);
    QJsonObject toJson() const;
};

} // namespace clientele
