#pragma once

#include "planning/ControlMatcher.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace clientele {

// What a difference between the item's customers and the control customers amounts to.
enum class EffectVerdict
{
    NotEnoughData, // fewer customers than the rule needs in a group: "not enough to tell"
    NoClearEffect, // the difference is within the noise (|z| below the threshold)
    LikelyEffect,  // |z| at or above the threshold with enough customers in both groups
};

QString effectVerdictCode(EffectVerdict verdict); // "not_enough_data", "no_clear_effect", "likely_effect"

// One figure compared between the two groups over the item's window.
struct EffectComparison
{
    QString metric;           // "repurchase_rate", "churn_rate", "amount_per_customer"
    double targetValue = 0.0; // percent, or minor units per customer
    double controlValue = 0.0;
    qint64 targetCount = 0; // the figure's population in each group
    qint64 controlCount = 0;
    double difference = 0.0; // target − control (percentage points, minor units)
    std::optional<double> z; // difference ÷ its standard error; none when the error is zero
    EffectVerdict verdict = EffectVerdict::NotEnoughData;
    QString statement; // the comparison in plain words
};

// Where the control customers came from.
enum class ControlSource
{
    HeldOut, // the item's own 'control' customers (execution_item_customer), never contacted
    Matched, // customers outside any plan, matched on tier and RFM at the item start
    None,    // no control group could be formed (see notes)
};

// The measured effect of one execution item.
struct EffectResult
{
    qint64 itemId = 0;
    QDate start;
    QDate end; // the window measured: the item's dates
    ControlSource controlSource = ControlSource::None;
    qint64 targets = 0;             // target customers compared
    qint64 controls = 0;            // control customers compared
    qint64 unmatchedTargets = 0;    // targets left out for want of a control of their tier
    QString baseline;               // what gave the tiers and figures at the start (matching only)
    std::vector<ControlPair> pairs; // the matched pairs (matching only), in target id order
    std::vector<EffectComparison> comparisons;
    QStringList notes;
};

} // namespace clientele
