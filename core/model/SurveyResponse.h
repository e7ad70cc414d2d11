#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace clientele {

struct SurveyResponse
{
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    QDateTime answeredAt;
    std::optional<int> nps;          // 0..10
    std::optional<int> satisfaction; // 1..5
    QString comment;
};

} // namespace clientele
