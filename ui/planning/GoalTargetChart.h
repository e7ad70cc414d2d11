#pragma once

#include "charts/ChartView.h"
#include "planning/GoalMeasurer.h"
#include "planning/SmartGoal.h"

#include <vector>

namespace clientele {

// One goal's target against its actual: baseline, current value and target as bars in the KPI's
// unit, the deadline and state in the title.
class GoalTargetChart : public ChartView
{
    Q_OBJECT

public:
    explicit GoalTargetChart(QWidget* parent = nullptr);
    void setGoal(const SmartGoal& goal, const GoalMeasurement& current);
    QStringList categories() const;
    std::vector<std::optional<double>> values() const { return m_values; }

protected:
    void afterRestyle() override;

private:
    std::vector<std::optional<double>> m_values;
};

} // namespace clientele
