#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace clientele {

// Seed 001 step 5: KPIs monthly, strategy quarterly, plan yearly.
enum class ReviewCadence
{
    Monthly,
    Quarterly,
    Annual,
};

// The record of one review meeting (复盘).
struct ReviewRecord
{
    qint64 id = 0;
    std::optional<qint64> planId; // the plan reviewed; none: general (or its plan was deleted)
    ReviewCadence cadence = ReviewCadence::Quarterly;
    QDate heldOn;
    QString participants;
    QString findings;
    QString decisions;
    QString planChanges; // the plan changes decided, in words
};

} // namespace clientele
