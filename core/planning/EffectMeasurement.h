#pragma once

#include "planning/ControlMatcher.h"
#include "planning/EffectResult.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <vector>

namespace clientele {

// The rule that turns a difference into words (docs/planning-effect.md).
struct EffectSettings
{
    int minGroupSize = 30;   // customers needed in EACH group before anything is said
    double zThreshold = 2.0; // |difference ÷ standard error| for "likely an effect"
};

// Measures an execution item's effect: its target customers against control customers over the
// item's window (starts_on..ends_on). The controls are the item's held-out 'control' customers when
// it has any, else customers of the same tier at the item start who were in no plan then, matched one
// to one on RFM (ControlMatcher). Compared: repurchase rate (share with a completed order in the
// window, two-proportion z-test), churn rate (of those who bought in the equally long span before
// the window, the share without an order in it; z-test) and amount per customer (completed orders in
// the window; Welch's standard error). Read-only.
class EffectMeasurement
{
    Q_DECLARE_TR_FUNCTIONS(EffectMeasurement)

public:
    struct Options
    {
        EffectSettings settings;
        // Run the analytics engine as of the day before the item start when no snapshot of that
        // date holds the plan's tier model (needed for matching only).
        bool runEngine = true;
    };

    EffectMeasurement(const QSqlDatabase& db, const SqlDialect& dialect);
    EffectMeasurement(const QSqlDatabase& db, const SqlDialect& dialect, Options options);

    // Throws StorageError (NotFound) for an unknown item, StorageError/AnalyticsRuleError otherwise.
    EffectResult measure(qint64 itemId) const;

    // One group's outcomes over a window, per customer.
    struct GroupOutcome
    {
        qint64 customers = 0;
        qint64 buyers = 0;           // with a completed order in the window
        qint64 previouslyActive = 0; // with a completed order in the span before the window
        qint64 churned = 0;          // of those, without an order in the window
        std::vector<double> amounts; // completed-order amount in the window, one per customer
    };
    // The three comparisons with their verdicts. Pure computation.
    static std::vector<EffectComparison>
    compare(const GroupOutcome& target, const GroupOutcome& control, const EffectSettings& settings);

    // (p1 − p2) ÷ its pooled standard error; none when a group is empty or the error is zero.
    static std::optional<double> twoProportionZ(qint64 x1, qint64 n1, qint64 x2, qint64 n2);
    // (mean1 − mean2) ÷ sqrt(s1²/n1 + s2²/n2) with sample variances; none under 2 per group or a
    // zero error.
    static std::optional<double> welchZ(const std::vector<double>& a, const std::vector<double>& b);

private:
    std::vector<MatchProfile> baselineProfiles(QDate day, const QString& tierModel, QString* source) const;

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    Options m_options;
};

} // namespace clientele
