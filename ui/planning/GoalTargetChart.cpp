#include "planning/GoalTargetChart.h"

#include "analytics/KpiCatalog.h"
#include "charts/ChartStyle.h"
#include "planning/GoalProgress.h"
#include "planning/PlanningFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

namespace clientele {

GoalTargetChart::GoalTargetChart(QWidget* parent)
    : ChartView(parent)
{
    setMinimumSize(300, 220);
    chart()->legend()->setVisible(true);
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

QStringList GoalTargetChart::categories() const
{
    return {tr("Goal")};
}

void GoalTargetChart::setGoal(const SmartGoal& goal, const GoalMeasurement& current)
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes())
        c->removeAxis(axis);
    const std::optional<KpiDefinition> d = KpiCatalog::find(goal.kpi);
    const bool money = d && d->unit == KpiUnit::Money;
    const auto shown = [money](double v) {
        return money ? v / 100.0 : v;
    };
    m_values = {goal.baseline, current.value, goal.target};
    const GoalProgress progress = GoalProgress::of(goal, current.value, current.end);
    setTitle(tr("%1, %2 — by %3: %4")
                 .arg(PlanningFormat::kpiName(goal.kpi), PlanningFormat::population(goal),
                      goal.deadline.toString(Qt::ISODate), GoalProgress::stateName(progress.state)));

    auto* series = new QBarSeries(c);
    const QString names[] = {tr("Baseline"), tr("Actual"), tr("Target")};
    double low = 0.0;
    double high = 0.0;
    for (int i = 0; i < 3; ++i) {
        auto* set = new QBarSet(
            QStringLiteral("%1: %2").arg(names[i], PlanningFormat::kpiValue(goal.kpi, m_values[size_t(i)])));
        const double v = m_values[size_t(i)] ? shown(*m_values[size_t(i)]) : 0.0;
        *set << v;
        low = std::min(low, v);
        high = std::max(high, v);
        series->append(set);
    }
    c->addSeries(series);
    auto* categories = new QBarCategoryAxis(c);
    categories->append(PlanningFormat::kpiName(goal.kpi));
    c->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* values = new QValueAxis(c);
    if (d && d->unit == KpiUnit::Percent)
        values->setRange(0.0, std::max(10.0, std::min(100.0, high * 1.15)));
    else
        values->setRange(low < 0 ? low * 1.15 : 0.0, high > 0 ? high * 1.15 : 1.0);
    values->setLabelFormat(money ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    values->setTitleText(d ? KpiDefinition::unitName(d->unit) : QString());
    c->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    restyle();
}

void GoalTargetChart::afterRestyle()
{
    const auto series = chart()->series();
    if (series.isEmpty())
        return;
    if (auto* bars = qobject_cast<QBarSeries*>(series.front())) {
        const QList<QBarSet*> sets = bars->barSets();
        for (int i = 0; i < sets.size(); ++i)
            sets[i]->setColor(ChartStyle::seriesColor(palette(), i == 0 ? 7 : i == 1 ? 0 : 2));
    }
}

} // namespace clientele
