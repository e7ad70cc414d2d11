#pragma once

#include "analysis/SegmentOverview.h"
#include "charts/ChartView.h"

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace clientele {

// Customers per lifecycle stage as horizontal bars, in lifecycle order from the top (prospect, new,
// active, mature, dormant, churned, won back); a click on a bar asks for that stage's customers.
class LifecycleFunnelChart : public ChartView
{
    Q_OBJECT

public:
    explicit LifecycleFunnelChart(QWidget* parent = nullptr);

    void setStages(const std::vector<SegmentOverview::StageCount>& stages);
    QBarSet* barSet() const { return m_set; }
    // The stage of a bar index of barSet().
    LifecycleStage stageAt(int index) const;

signals:
    void stageClicked(clientele::LifecycleStage stage);

protected:
    void afterRestyle() override;

private:
    QHorizontalBarSeries* m_series = nullptr;
    QBarSet* m_set = nullptr;
    QBarCategoryAxis* m_categories = nullptr;
    QValueAxis* m_values = nullptr;
    std::vector<LifecycleStage> m_stages; // bar index → stage
};

} // namespace clientele
