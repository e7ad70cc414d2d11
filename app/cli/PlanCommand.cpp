// plan: the strategy plans of a database — the list, or one plan with its SMART goals (baseline,
// target, the current value measured from the data, progress), execution items and reviews.
#include "CliCommands.h"
#include "CliError.h"
#include "analytics/KpiCatalog.h"
#include "analytics/TierNames.h"
#include "model/Money.h"
#include "planning/GoalMeasurer.h"
#include "planning/GoalProgress.h"
#include "planning/PlanningCodes.h"
#include "storage/Database.h"
#include "storage/PlanStore.h"
#include "storage/ReviewStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace clientele::cli {

namespace {

QString tr(const char* text)
{
    // "clientele::cli" is the context lupdate records for these calls.
    return QCoreApplication::translate("clientele::cli", text);
}

QJsonValue number(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QString date(QDate value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}

QString kpiName(const QString& code)
{
    const std::optional<KpiDefinition> d = KpiCatalog::find(code);
    return d ? d->name : code;
}

QString formatValue(const std::optional<double>& value, const QString& kpi)
{
    if (!value)
        return tr("n/a");
    const std::optional<KpiDefinition> d = KpiCatalog::find(kpi);
    if (d && d->unit == KpiUnit::Money)
        return formatMinorUnits(static_cast<MinorUnits>(*value));
    if (d && d->unit == KpiUnit::Percent)
        return QString::number(*value, 'f', 1) + QStringLiteral("%");
    if (d && d->unit == KpiUnit::Count)
        return QString::number(static_cast<qint64>(*value));
    return QString::number(*value, 'f', 1);
}

QString populationText(const SmartGoal& goal)
{
    return goal.populationKind == PopulationKind::All ? PlanningCodes::displayName(PopulationKind::All)
                                                      : TierNames::displayName(goal.population);
}

int list(const QCommandLineParser& parser, const PlanStore& plans)
{
    QTextStream out(stdout);
    const std::vector<Plan> all = plans.plans();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const Plan& p : all)
            rows.append(
                QJsonObject{{QStringLiteral("id"), p.id},
                            {QStringLiteral("name"), p.name},
                            {QStringLiteral("period"), p.period},
                            {QStringLiteral("tier_model"), p.tierModel},
                            {QStringLiteral("goals"), static_cast<qint64>(plans.goals(p.id).size())},
                            {QStringLiteral("items"), static_cast<qint64>(plans.items(p.id).size())}});
        out << QJsonDocument(rows).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    if (all.empty()) {
        out << tr("No plans.") << Qt::endl;
        return 0;
    }
    out << tr("ID").rightJustified(5) << "  " << tr("period").leftJustified(9)
        << tr("goals").rightJustified(6) << tr("items").rightJustified(6) << "  " << tr("name") << Qt::endl;
    for (const Plan& p : all)
        out << QString::number(p.id).rightJustified(5) << "  " << p.period.leftJustified(9)
            << QString::number(plans.goals(p.id).size()).rightJustified(6)
            << QString::number(plans.items(p.id).size()).rightJustified(6) << "  " << p.name << Qt::endl;
    return 0;
}

int show(const QCommandLineParser& parser, const Database& db, const PlanStore& plans, const QString& idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    const std::optional<Plan> plan = ok ? plans.plan(id) : std::nullopt;
    if (!plan)
        throw UsageError(tr("no plan with the id '%1'; 'plan list' shows them").arg(idText));
    QDate asOf = QDate::currentDate();
    if (parser.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid())
            throw UsageError(tr("--as-of needs a date like 2024-06-30, not '%1'")
                                 .arg(parser.value(QStringLiteral("as-of"))));
    }
    GoalMeasurer::Options options;
    options.runEngine = !parser.isSet(QStringLiteral("no-engine"));
    const GoalMeasurer measurer(db.connection(), db.dialect(), options);
    const ReviewStore reviews(db.connection(), db.dialect());

    QJsonArray goals;
    QStringList goalLines;
    for (const SmartGoal& g : plans.goals(plan->id)) {
        const GoalMeasurement current = measurer.current(g, *plan, asOf);
        const GoalProgress progress = GoalProgress::of(g, current.value, current.end);
        goals.append(QJsonObject{
            {QStringLiteral("id"), g.id},
            {QStringLiteral("kpi"), g.kpi},
            {QStringLiteral("population_kind"), PlanningCodes::code(g.populationKind)},
            {QStringLiteral("population"), g.population.isEmpty() ? QJsonValue() : QJsonValue(g.population)},
            {QStringLiteral("baseline"), number(g.baseline)},
            {QStringLiteral("baseline_on"),
             g.baselineOn.isValid() ? QJsonValue(date(g.baselineOn)) : QJsonValue()},
            {QStringLiteral("target"), g.target},
            {QStringLiteral("horizon"), PlanningCodes::code(g.horizon)},
            {QStringLiteral("deadline"), date(g.deadline)},
            {QStringLiteral("owner"), g.owner},
            {QStringLiteral("current"), number(current.value)},
            {QStringLiteral("current_period"), current.periodCode},
            {QStringLiteral("current_end"), date(current.end)},
            {QStringLiteral("partial"), current.partial},
            {QStringLiteral("progress"), number(progress.progress)},
            {QStringLiteral("state"), GoalProgress::stateCode(progress.state)},
            {QStringLiteral("note"), current.reason.isEmpty() ? QJsonValue() : QJsonValue(current.reason)},
        });
        goalLines << tr("  %1, %2: %3 → %4 by %5 (%6); now %7 in %8; %9")
                         .arg(kpiName(g.kpi), populationText(g), formatValue(g.baseline, g.kpi),
                              formatValue(g.target, g.kpi), date(g.deadline), g.owner,
                              formatValue(current.value, g.kpi), current.periodCode,
                              GoalProgress::stateName(progress.state));
    }
    QJsonArray items;
    QStringList itemLines;
    for (const ExecutionItem& i : plans.items(plan->id)) {
        const ItemCustomerCounts counts = plans.itemCustomerCounts(i.id);
        items.append(QJsonObject{
            {QStringLiteral("id"), i.id},
            {QStringLiteral("segment_kind"), PlanningCodes::code(i.segmentKind)},
            {QStringLiteral("segment"), i.segment},
            {QStringLiteral("playbook_id"), i.playbookId ? QJsonValue(*i.playbookId) : QJsonValue()},
            {QStringLiteral("strategy"), i.strategy},
            {QStringLiteral("measures"), i.measures},
            {QStringLiteral("owner"), i.owner},
            {QStringLiteral("starts_on"), date(i.startsOn)},
            {QStringLiteral("ends_on"), date(i.endsOn)},
            {QStringLiteral("resources"), i.resources},
            {QStringLiteral("budget_minor"),
             i.budgetMinor ? QJsonValue(static_cast<qint64>(*i.budgetMinor)) : QJsonValue()},
            {QStringLiteral("expected_effect"), i.expectedEffect},
            {QStringLiteral("status"), PlanningCodes::code(i.status)},
            {QStringLiteral("holdout_share"), i.holdoutShare},
            {QStringLiteral("targets"), counts.targets},
            {QStringLiteral("controls"), counts.controls},
            {QStringLiteral("notes"), static_cast<qint64>(plans.notes(i.id).size())},
        });
        itemLines << tr("  %1 [%2] %3, %4 to %5, %6; %7 customers, %8 held out")
                         .arg(i.strategy,
                              i.segmentKind == SegmentKind::Custom ? i.segment
                                                                   : TierNames::displayName(i.segment),
                              i.owner, date(i.startsOn), date(i.endsOn), PlanningCodes::displayName(i.status))
                         .arg(counts.targets)
                         .arg(counts.controls);
    }
    QJsonArray reviewRows;
    QStringList reviewLines;
    for (const ReviewRecord& r : reviews.list(plan->id)) {
        reviewRows.append(QJsonObject{{QStringLiteral("id"), r.id},
                                      {QStringLiteral("cadence"), PlanningCodes::code(r.cadence)},
                                      {QStringLiteral("held_on"), date(r.heldOn)},
                                      {QStringLiteral("participants"), r.participants},
                                      {QStringLiteral("findings"), r.findings},
                                      {QStringLiteral("decisions"), r.decisions},
                                      {QStringLiteral("plan_changes"), r.planChanges}});
        reviewLines << tr("  %1 (%2): %3")
                           .arg(date(r.heldOn), PlanningCodes::displayName(r.cadence),
                                r.decisions.isEmpty() ? r.findings : r.decisions);
    }

    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json{
            {QStringLiteral("id"), plan->id},         {QStringLiteral("name"), plan->name},
            {QStringLiteral("period"), plan->period}, {QStringLiteral("tier_model"), plan->tierModel},
            {QStringLiteral("notes"), plan->notes},   {QStringLiteral("as_of"), date(asOf)},
            {QStringLiteral("goals"), goals},         {QStringLiteral("items"), items},
            {QStringLiteral("reviews"), reviewRows}};
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    out << tr("Plan %1: %2 (%3, tier model %4)").arg(plan->id).arg(plan->name, plan->period, plan->tierModel)
        << Qt::endl;
    out << tr("Goals:") << Qt::endl;
    for (const QString& line : std::as_const(goalLines))
        out << line << Qt::endl;
    out << tr("Execution items:") << Qt::endl;
    for (const QString& line : std::as_const(itemLines))
        out << line << Qt::endl;
    out << tr("Reviews:") << Qt::endl;
    for (const QString& line : std::as_const(reviewLines))
        out << line << Qt::endl;
    return 0;
}

int plan(const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    if (action != QLatin1String("list") && action != QLatin1String("show"))
        throw UsageError(tr("plan needs 'list' or 'show ID'"));
    if (action == QLatin1String("show") && positional.size() < 3)
        throw UsageError(tr("plan show needs the plan's id"));
    auto db = Database::open(databasePath(parser));
    const PlanStore plans(db->connection(), db->dialect());
    return action == QLatin1String("list") ? list(parser, plans) : show(parser, *db, plans, positional.at(2));
}

} // namespace

void registerPlanCommands()
{
    commands()[QStringLiteral("plan")] = {
        tr("The strategy plans: 'plan list', or 'plan show ID' with goals, items and reviews."),
        [](QCommandLineParser& parser) {
            parser.addPositionalArgument(QStringLiteral("list|show"), tr("List the plans, or show one."));
            parser.addPositionalArgument(QStringLiteral("ID"), tr("The plan to show."));
            parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
            parser.addOption({QStringLiteral("as-of"),
                              tr("Measure the goals' current values as of this day (default: today)."),
                              tr("DATE")});
            parser.addOption(
                {QStringLiteral("no-engine"),
                 tr("Take tiers and stages only from stored snapshots; do not run the analysis.")});
        },
        plan};
}

} // namespace clientele::cli
