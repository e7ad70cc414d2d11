// tracking, actions and effect: the tracking table of a period (seed 001's template 3), an account
// manager's next best actions, and the measured effect of an execution item (docs/planning-effect.md).
#include "CliCommands.h"
#include "CliError.h"
#include "analytics/AnalysisPeriod.h"
#include "analytics/TierNames.h"
#include "model/Money.h"
#include "planning/EffectMeasurement.h"
#include "planning/NextBestActionFinder.h"
#include "planning/TrackingCalculator.h"
#include "storage/Database.h"

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

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QString formatFigure(const TrackingFigure& figure, TrackingMetric metric)
{
    const std::optional<double> value = figure.shown();
    if (!value)
        return tr("n/a");
    const QString text = metric == TrackingMetric::Ltv ? formatMinorUnits(std::llround(*value))
                         : metric == TrackingMetric::Nps
                             ? QString::number(*value, 'f', 1)
                             : QString::number(*value, 'f', 1) + QStringLiteral("%");
    return figure.isOverridden() ? text + QStringLiteral("*") : text;
}

int tracking(const QCommandLineParser& parser)
{
    const QString text = parser.value(QStringLiteral("period"));
    if (text.isEmpty())
        throw UsageError(tr("tracking needs --period, e.g. --period 2011Q3, 2011-07 or 2011"));
    QString problem;
    const std::optional<AnalysisPeriod> period = AnalysisPeriod::parse(text, &problem);
    if (!period)
        throw UsageError(problem);
    TrackingCalculator::Options options;
    options.runEngine = !parser.isSet(QStringLiteral("no-engine"));
    auto db = Database::open(databasePath(parser));
    const TrackingTable table = TrackingCalculator(db->connection(), db->dialect(), options)
                                    .table(*period, parser.value(QStringLiteral("model")));
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const TrackingRow& row : table.rows) {
            QJsonObject o{{QStringLiteral("period"), row.period},
                          {QStringLiteral("tier"), row.tier},
                          {QStringLiteral("tier_name"), TierNames::displayName(row.tier)},
                          {QStringLiteral("customers"), row.customers},
                          {QStringLiteral("suggestion"), row.suggestion}};
            for (TrackingMetric metric : allTrackingMetrics()) {
                const TrackingFigure& f = row.figure(metric);
                o.insert(trackingMetricCode(metric),
                         QJsonObject{{QStringLiteral("value"), optionalNumber(f.shown())},
                                     {QStringLiteral("computed"), optionalNumber(f.computed)},
                                     {QStringLiteral("overridden"), f.isOverridden()},
                                     {QStringLiteral("population"), f.population},
                                     {QStringLiteral("reason"), f.reason}});
            }
            rows.append(o);
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("period"), table.period},
                                         {QStringLiteral("tiers_from"), table.startPeriod},
                                         {QStringLiteral("tier_source"),
                                          KpiCustomerAnalysis::sourceCode(table.tierSource)},
                                         {QStringLiteral("tier_model"), table.tierModel},
                                         {QStringLiteral("notes"), QJsonArray::fromStringList(table.notes)},
                                         {QStringLiteral("rows"), rows}})
                   .toJson(QJsonDocument::Indented);
        return 0;
    }
    out << tr("Tracking for %1, tiers at its start (end of %2)").arg(table.period, table.startPeriod)
        << Qt::endl;
    out << tr("period").leftJustified(9) << tr("tier").leftJustified(18) << tr("customers").rightJustified(10)
        << tr("repurchase").rightJustified(12) << tr("churn").rightJustified(10)
        << tr("NPS").rightJustified(8) << tr("LTV").rightJustified(16) << "  " << tr("suggestion")
        << Qt::endl;
    bool anyOverride = false;
    for (const TrackingRow& row : table.rows) {
        out << row.period.leftJustified(9) << TierNames::displayName(row.tier).leftJustified(18)
            << QString::number(row.customers).rightJustified(10)
            << formatFigure(row.repurchaseRate, TrackingMetric::RepurchaseRate).rightJustified(12)
            << formatFigure(row.churnRate, TrackingMetric::ChurnRate).rightJustified(10)
            << formatFigure(row.nps, TrackingMetric::Nps).rightJustified(8)
            << formatFigure(row.ltv, TrackingMetric::Ltv).rightJustified(16) << "  " << row.suggestion
            << Qt::endl;
        for (TrackingMetric metric : allTrackingMetrics())
            anyOverride = anyOverride || row.figure(metric).isOverridden();
    }
    if (anyOverride) {
        out << Qt::endl << tr("* entered by hand; computed values:") << Qt::endl;
        for (const TrackingRow& row : table.rows)
            for (TrackingMetric metric : allTrackingMetrics()) {
                const TrackingFigure& f = row.figure(metric);
                if (!f.isOverridden())
                    continue;
                TrackingFigure computed = f;
                computed.overridden.reset();
                out << "  " << TierNames::displayName(row.tier) << ", " << trackingMetricCode(metric) << ": "
                    << formatFigure(computed, metric) << Qt::endl;
            }
    }
    if (!table.notes.isEmpty()) {
        out << Qt::endl << tr("Notes:") << Qt::endl;
        for (const QString& line : table.notes)
            out << "  " << line << Qt::endl;
    }
    return 0;
}

QJsonObject actionJson(const NextBestAction& a)
{
    return {{QStringLiteral("customer_id"), a.customerId},
            {QStringLiteral("code"), a.customerCode},
            {QStringLiteral("name"), a.customerName},
            {QStringLiteral("owner"), a.owner},
            {QStringLiteral("reason"), actionReasonCode(a.reason)},
            {QStringLiteral("contact"), contactKindCode(a.contactKind)},
            {QStringLiteral("playbook"), a.playbookCode},
            {QStringLiteral("why"), a.why}};
}

int actions(const QCommandLineParser& parser)
{
    QDate day = QDate::currentDate();
    if (parser.isSet(QStringLiteral("date"))) {
        day = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!day.isValid())
            throw UsageError(tr("--date needs a date like 2011-10-12, not '%1'")
                                 .arg(parser.value(QStringLiteral("date"))));
    }
    auto db = Database::open(databasePath(parser));
    const NextBestActionList list = NextBestActionFinder(db->connection(), db->dialect())
                                        .find(parser.value(QStringLiteral("owner")), day);
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray listed, held;
        for (const NextBestAction& a : list.actions)
            listed.append(actionJson(a));
        for (const HeldBackAction& h : list.heldBack) {
            QJsonObject o = actionJson(h.action);
            o.insert(QStringLiteral("held_back"), h.why);
            held.append(o);
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                                         {QStringLiteral("owner"), list.owner},
                                         {QStringLiteral("actions"), listed},
                                         {QStringLiteral("held_back"), held},
                                         {QStringLiteral("notes"), QJsonArray::fromStringList(list.notes)}})
                   .toJson(QJsonDocument::Indented);
        return 0;
    }
    out << tr("Contacts for %1 as of %2: %3")
               .arg(list.owner.isEmpty() ? tr("every account manager") : list.owner,
                    day.toString(Qt::ISODate))
               .arg(list.actions.size())
        << Qt::endl;
    for (const NextBestAction& a : list.actions)
        out << "  " << a.customerCode.leftJustified(12) << ' ' << a.customerName.leftJustified(24) << ' '
            << a.playbookCode.leftJustified(24) << ' ' << a.why << Qt::endl;
    if (!list.heldBack.empty()) {
        out << Qt::endl << tr("Held back:") << Qt::endl;
        for (const HeldBackAction& h : list.heldBack)
            out << "  " << h.action.customerCode.leftJustified(12) << ' '
                << h.action.customerName.leftJustified(24) << ' ' << h.why << Qt::endl;
    }
    if (!list.notes.isEmpty()) {
        out << Qt::endl << tr("Notes:") << Qt::endl;
        for (const QString& line : list.notes)
            out << "  " << line << Qt::endl;
    }
    return 0;
}

int effect(const QCommandLineParser& parser)
{
    bool ok = false;
    const qint64 itemId = parser.value(QStringLiteral("item")).toLongLong(&ok);
    if (!ok)
        throw UsageError(tr("effect needs --item ID, the execution item's number"));
    EffectMeasurement::Options options;
    options.runEngine = !parser.isSet(QStringLiteral("no-engine"));
    auto db = Database::open(databasePath(parser));
    const EffectResult r = EffectMeasurement(db->connection(), db->dialect(), options).measure(itemId);
    const QString source = r.controlSource == ControlSource::HeldOut   ? QStringLiteral("held_out")
                           : r.controlSource == ControlSource::Matched ? QStringLiteral("matched")
                                                                       : QStringLiteral("none");
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray comparisons;
        for (const EffectComparison& c : r.comparisons)
            comparisons.append(QJsonObject{{QStringLiteral("metric"), c.metric},
                                           {QStringLiteral("target"), c.targetValue},
                                           {QStringLiteral("control"), c.controlValue},
                                           {QStringLiteral("target_count"), c.targetCount},
                                           {QStringLiteral("control_count"), c.controlCount},
                                           {QStringLiteral("difference"), c.difference},
                                           {QStringLiteral("z"), optionalNumber(c.z)},
                                           {QStringLiteral("verdict"), effectVerdictCode(c.verdict)},
                                           {QStringLiteral("statement"), c.statement}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("item"), r.itemId},
                                         {QStringLiteral("start"), r.start.toString(Qt::ISODate)},
                                         {QStringLiteral("end"), r.end.toString(Qt::ISODate)},
                                         {QStringLiteral("controls_from"), source},
                                         {QStringLiteral("targets"), r.targets},
                                         {QStringLiteral("controls"), r.controls},
                                         {QStringLiteral("unmatched_targets"), r.unmatchedTargets},
                                         {QStringLiteral("baseline"), r.baseline},
                                         {QStringLiteral("comparisons"), comparisons},
                                         {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)}})
                   .toJson(QJsonDocument::Indented);
        return 0;
    }
    out << tr("Execution item %1, %2 to %3: %4 target and %5 control customers")
               .arg(r.itemId)
               .arg(r.start.toString(Qt::ISODate), r.end.toString(Qt::ISODate))
               .arg(r.targets)
               .arg(r.controls)
        << Qt::endl;
    for (const EffectComparison& c : r.comparisons)
        out << "  " << c.statement << Qt::endl;
    for (const QString& line : r.notes)
        out << "  " << line << Qt::endl;
    return 0;
}

} // namespace

void registerPlanningInsightCommands()
{
    commands()[QStringLiteral("tracking")] = {
        tr("The tracking table of a period: per tier at its start, repurchase, churn, NPS, LTV, suggestion."),
        [](QCommandLineParser& parser) {
            parser.addOption(
                {QStringLiteral("period"), tr("The period: 2011Q3, 2011-07 or 2011."), tr("PERIOD")});
            parser.addOption({QStringLiteral("model"),
                              tr("Tier model of the rows (default: the snapshot's)."), tr("NAME")});
            parser.addOption(
                {QStringLiteral("no-engine"),
                 tr("Take the tiers only from the previous period's snapshot; do not run the analysis.")});
            parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
        },
        tracking};
    commands()[QStringLiteral("actions")] = {
        tr("Whom an account manager should contact this week, and why."),
        [](QCommandLineParser& parser) {
            parser.addOption(
                {QStringLiteral("owner"), tr("The account manager (default: every one)."), tr("NAME")});
            parser.addOption(
                {QStringLiteral("date"), tr("The day of the list (default: today)."), tr("DATE")});
            parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
        },
        actions};
    commands()[QStringLiteral("effect")] = {
        tr("The measured effect of an execution item against control customers."),
        [](QCommandLineParser& parser) {
            parser.addOption({QStringLiteral("item"), tr("The execution item's number."), tr("ID")});
            parser.addOption({QStringLiteral("no-engine"),
                              tr("Match controls only on a stored snapshot; do not run the analysis.")});
            parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
        },
        effect};
}

} // namespace clientele::cli
