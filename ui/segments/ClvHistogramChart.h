#pragma once

#include "analysis/SegmentOverview.h"
#include "charts/ChartView.h"

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;
QT_END_NAMESPACE

namespace clientele {

// How predicted customer lifetime values spread: customers per value band. The last band is open
// ("≥ x"), so a few very large values do not squeeze the rest into one bar.
class ClvHistogramChart : public ChartView
{
    Q_OBJECT

public:
    explicit ClvHistogramChart(QWidget* parent = nullptr);

    void setBins(const std::vector<SegmentOverview::ClvBin>& bins, int horizonMonths);
    QBarSet* barSet() const { return m_set; }
    QStringList categories() const;

protected:
    void afterRestyle() override;

private:
    QBarSeries* m_series = nullptr;
    QBarSet* m_set = nullptr;
    QBarCategoryAxis* m_categories = nullptr;
    QValueAxis* m_values = nullptr;
    QStringList m_ranges; // per bar, for the tooltip
};

} // namespace clientele
