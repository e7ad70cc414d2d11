#include "report/ReportTrackingSection.h"

#include "report/ReportCanvas.h"
#include "report/ReportData.h"
#include "report/ReportFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace clientele {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::ReportTrackingSection", text);
}

// Target against current value of the goals of one unit, a bar pair per goal.
QChart* goalChart(const ReportCanvas& canvas,
                  const std::vector<const ReportGoal*>& goals,
                  const QString& title,
                  const QString& labelFormat)
{
    auto* currentSet = new QBarSet(tr("Current"));
    auto* targetSet = new QBarSet(tr("Target"));
    currentSet->setColor(ReportCanvas::seriesColor(0));
    targetSet->setColor(QColor(0xc7, 0xc7, 0xc7));
    QStringList names;
    double low = 0;
    double top = 0;
    for (const ReportGoal* goal : goals) {
        const double current = goal->currentValue.value_or(0.0);
        *currentSet << current;
        *targetSet << goal->targetValue;
        names << QStringLiteral("%1\n%2").arg(goal->kpi, goal->population);
        top = std::max({top, current, goal->targetValue});
        low = std::min({low, current, goal->targetValue});
    }
    const QFont font = canvas.font(ReportCanvas::FontRole::Small);
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setTitleFont(canvas.font(ReportCanvas::FontRole::TableHeader));
    auto* series = new QBarSeries;
    series->append(targetSet);
    series->append(currentSet);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(names);
    x->setLabelsFont(font);
    auto* y = new QValueAxis;
    const double span = std::max(top - low, 1.0);
    y->setRange(low < 0 ? low - span * 0.15 : 0, top + span * 0.15);
    y->applyNiceNumbers();
    y->setLabelFormat(labelFormat);
    y->setLabelsFont(font);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setFont(font);
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

} // namespace

void ReportTrackingSection::render(ReportCanvas& canvas,
                                   const ReportData& data,
                                   const ReportFormat& format) const
{
    canvas.heading(ReportOptions::sectionTitle(id()));
    if (data.tracking.empty()) {
        canvas.notice(data.trackingUnavailable);
        return;
    }
    if (!data.trackingNote.isEmpty())
        canvas.paragraph(data.trackingNote, ReportCanvas::FontRole::Small);
    ReportTable table;
    table.addColumn(tr("Tier"), 1.5);
    table.addColumn(tr("Customers"), 1.1, Qt::AlignRight);
    table.addColumn(tr("Repurchase rate"), 1.3, Qt::AlignRight);
    table.addColumn(tr("Churn rate"), 1.0, Qt::AlignRight);
    table.addColumn(tr("NPS"), 0.7, Qt::AlignRight);
    table.addColumn(tr("LTV"), 1.2, Qt::AlignRight);
    table.addColumn(tr("Adjustment suggestion"), 2.6);
    for (const ReportTrackingRow& row : data.tracking)
        table.rows << QStringList{row.tier,
                                  format.count(row.customers),
                                  row.repurchase,
                                  row.churn,
                                  row.nps,
                                  row.ltv,
                                  row.suggestion.isEmpty() ? QStringLiteral("–") : row.suggestion};
    canvas.table(table);
    for (const QString& footnote : data.trackingFootnotes)
        canvas.paragraph(footnote, ReportCanvas::FontRole::Small);

    // The SMART goals of the plans covering the period, then target against current per unit.
    canvas.subheading(tr("SMART goals: target and current value"));
    if (data.goals.empty()) {
        canvas.notice(data.goalsUnavailable);
        return;
    }
    ReportTable goals;
    goals.addColumn(tr("KPI"), 1.6);
    goals.addColumn(tr("Population"), 1.2);
    goals.addColumn(tr("Baseline"), 0.9, Qt::AlignRight);
    goals.addColumn(tr("Target"), 0.9, Qt::AlignRight);
    goals.addColumn(tr("Current"), 0.9, Qt::AlignRight);
    goals.addColumn(tr("Deadline"), 1.0);
    goals.addColumn(tr("Progress"), 1.0);
    for (const ReportGoal& goal : data.goals)
        goals.rows << QStringList{goal.kpi,    goal.population, goal.baseline,
                                  goal.target, goal.current,    format.date(goal.deadline),
                                  goal.state};
    canvas.table(goals);
    for (const ReportGoal& goal : data.goals)
        if (!goal.failure.isEmpty())
            canvas.paragraph(tr("%1, %2 (%3): could not be measured: %4")
                                 .arg(goal.kpi, goal.population, goal.plan, goal.failure),
                             ReportCanvas::FontRole::Small);
    const struct
    {
        const char* unit;
        const char* title;
        const char* labels;
    } charts[] = {
        {"percent",
         QT_TRANSLATE_NOOP("clientele::ReportTrackingSection", "Goals in percent: target and current"),
         "%.0f%%"},
        {"points",
         QT_TRANSLATE_NOOP("clientele::ReportTrackingSection", "Goals in points: target and current"),
         "%.0f"},
        {"money_minor",
         QT_TRANSLATE_NOOP("clientele::ReportTrackingSection", "Goals in money: target and current"), "%.0f"},
        {"count",
         QT_TRANSLATE_NOOP("clientele::ReportTrackingSection", "Goals in customers: target and current"),
         "%.0f"},
    };
    for (const auto& group : charts) {
        std::vector<const ReportGoal*> members;
        for (const ReportGoal& goal : data.goals)
            if (goal.unit == QLatin1String(group.unit) && goal.currentValue)
                members.push_back(&goal);
        if (members.empty())
            continue;
        canvas.chart(170, [&] {
            return goalChart(canvas, members, tr(group.title), QString::fromLatin1(group.labels));
        });
    }
}

} // namespace clientele
