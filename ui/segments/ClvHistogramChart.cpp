#include "segments/ClvHistogramChart.h"

#include "segments/SegmentFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace clientele {

ClvHistogramChart::ClvHistogramChart(QWidget* parent)
    : ChartView(parent)
{
    setObjectName(QStringLiteral("clvHistogram"));
    setTitle(tr("Predicted lifetime value"));
    m_series = new QBarSeries(chart());
    m_series->setBarWidth(0.9);
    m_set = new QBarSet(tr("Customers"));
    m_series->append(m_set);
    chart()->addSeries(m_series);
    m_categories = new QBarCategoryAxis(chart());
    m_categories->setLabelsAngle(-40);
    m_values = new QValueAxis(chart());
    m_values->setTitleText(tr("Customers"));
    m_values->setLabelFormat(QStringLiteral("%d"));
    chart()->addAxis(m_categories, Qt::AlignBottom);
    chart()->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    restyle();
}

QStringList ClvHistogramChart::categories() const
{
    return m_categories->categories();
}

void ClvHistogramChart::setBins(const std::vector<SegmentOverview::ClvBin>& bins, int horizonMonths)
{
    m_set->remove(0, m_set->count());
    m_categories->clear();
    m_categories->setTitleText(
        tr("Predicted value of the next %n month(s), discounted", nullptr, horizonMonths));
    QStringList labels;
    int most = 0;
    for (const SegmentOverview::ClvBin& bin : bins) {
        labels << (bin.toMinor ? tr("%1–%2").arg(SegmentFormat::moneyWhole(bin.fromMinor),
                                                 QLocale().toString(*bin.toMinor / 100))
                               : tr("≥ %1").arg(SegmentFormat::moneyWhole(bin.fromMinor)));
        m_set->append(bin.customers);
        most = std::max(most, bin.customers);
    }
    m_categories->append(labels);
    m_values->setRange(0, std::max(1, most));
    m_values->applyNiceNumbers();
    restyle();
}

} // namespace clientele
