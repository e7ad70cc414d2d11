#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace clientele {

// Everything the quarterly review prints, already in the report's language. Plain data: the
// collector fills it from core, the sections only lay it out. A section whose source is missing
// keeps its list empty and says why in `unavailable`, so nothing is ever made up.

struct ReportCover
{
    QString companyName;
    QString logoPath;    // optional image file
    QByteArray logoData; // the database's logo (Settings), used when there is no logoPath
    QString author;
    QString periodCode;         // "2011Q3"
    QString periodLabel;        // "Q3 2011 (1 Jul 2011 – 30 Sep 2011)"
    QString previousPeriodCode; // "2011Q2"
    QDate periodStart;
    QDate periodEnd;
    QDate generatedOn;
    QString databaseName;
};

// One KPI of the period beside the previous period's value.
struct ReportKpiCard
{
    QString code;
    QString name;
    QString value;                      // formatted; "–" when the period has no value
    QString previous;                   // formatted previous value; "–" when none
    QString change;                     // "+3.2 pp", "−12%"; empty when not comparable
    int trend = 0;                      // +1 better, −1 worse, 0 unchanged or unknown
    std::optional<double> goalProgress; // 0…1 (may exceed 1) when a goal is set
    QString goal;                       // the goal in words, e.g. "≥ 35%"
    QString definition;
};

struct ReportTierShare
{
    QString code;
    QString name;
    qint64 customers = 0;
    qint64 previousCustomers = 0;
    qint64 netAmountMinor = 0; // net purchases of the period
};

// Customers moving between tiers from the previous period (rows) to this one (columns).
struct ReportTierMigration
{
    QStringList codes;
    QStringList names;
    std::vector<std::vector<qint64>> counts;       // [from][to]
    std::vector<std::vector<qint64>> amountsMinor; // [from][to]: this period's net purchases
};

struct ReportFunnelStage
{
    QString code;
    QString name;
    qint64 customers = 0;
    qint64 previousCustomers = 0;
};

// Template 3, loyalty effect tracking: TrackingCalculator's row of a tier, formatted. A figure
// entered by hand ends in "*"; trackingFootnotes give the computed value beside it.
struct ReportTrackingRow
{
    QString period;
    QString tier;
    qint64 customers = 0; // in the tier at the period start
    QString repurchase;
    QString churn;
    QString nps;
    QString ltv;
    QString suggestion;
};

// A SMART goal of a plan covering the period: its target against the value measured now.
struct ReportGoal
{
    QString plan;
    QString kpiCode;
    QString kpi;        // the KPI's name
    QString population; // "All customers", a tier or stage name
    QString baseline;   // formatted; "–" when none
    QString target;
    QString current;
    QDate deadline;
    QString state;            // GoalProgress::stateName
    QString unit;             // KpiDefinition::unitCode: the charts group goals of one unit
    double targetValue = 0.0; // in the unit shown (percent, points, whole currency units, count)
    std::optional<double> currentValue;
    QString failure; // why the goal could not be measured (the measurement failed); empty when it was
};

// Template 2, execution plan items with their status.
struct ReportPlanItem
{
    QString plan;
    QString tier; // the tier, stage or hand-picked group the item is for
    QString strategy;
    QString measures;
    QString owner;
    QDate start;
    QDate end;
    QString status;
    QString expectedEffect;
    QString measuredEffect; // ended items: EffectMeasurement's statements; else empty
};

struct ReportRiskCustomer
{
    QString code;
    QString name;
    QString tier;
    QString riskLevel;
    QStringList reasons;
    QString suggestedAction;
    qint64 netAmountMinor = 0; // lifetime net purchases, for ranking
};

struct ReportKpiDefinition
{
    QString name;
    QString formula;
    QString population;
    QString period;
};

struct ReportData
{
    ReportCover cover;
    QString currencySymbol = QStringLiteral("¥");

    std::vector<ReportKpiCard> kpis;
    QStringList kpisMissing; // KPIs without a value this period, each with the reason
    QString kpisUnavailable;

    std::vector<ReportTierShare> tiers;
    QString tierModelName;
    QString tiersUnavailable;

    ReportTierMigration migration;
    QString migrationUnavailable;

    std::vector<ReportFunnelStage> funnel;
    QString funnelUnavailable;

    std::vector<ReportTrackingRow> tracking;
    QString trackingNote;
    QStringList trackingFootnotes; // "* Gold, repurchase rate: computed 62.3%"
    QString trackingUnavailable;

    std::vector<ReportGoal> goals;
    QString goalsUnavailable;

    std::vector<ReportPlanItem> plans;
    QString plansUnavailable;

    std::vector<ReportRiskCustomer> atRisk;
    qint64 atRiskTotal = 0; // all customers at high risk, of which atRisk lists the top ones
    QString atRiskUnavailable;

    QStringList suggestions; // adjustment suggestions of the tracking table, "tier: text"
    QStringList findings;    // findings of the review records held in the period
    QStringList decisions;   // decisions (and plan changes) of those reviews
    QString decisionsUnavailable;

    std::vector<ReportKpiDefinition> definitions;
    QString definitionsUnavailable;
};

} // namespace clientele
