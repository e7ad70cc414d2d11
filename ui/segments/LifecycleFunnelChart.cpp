#include "segments/LifecycleFunnelChart.h"

#include "analytics/TierNames.h"
#include "charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace clientele {

LifecycleFunnelChart::LifecycleFunnelChart(QWidget* parent)
    : ChartView(parent)
{
    setObjectName(QStringLiteral("lifecycleFunnel"));
    setTitle(tr("Lifecycle stages"));
    m_series = new QHorizontalBarSeries(chart());
    m_set = new QBarSet(tr("Customers"));
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart()->addSeries(m_series);
    m_categories = new QBarCategoryAxis(chart());
    m_categories->setTitleText(tr("Stage"));
    m_values = new QValueAxis(chart());
    m_values->setTitleText(tr("Customers"));
    m_values->setLabelFormat(QStringLiteral("%d"));
    chart()->addAxis(m_categories, Qt::AlignLeft);
    chart()->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    connect(m_set, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < static_cast<int>(m_stages.size()))
            emit stageClicked(m_stages[static_cast<std::size_t>(index)]);
    });
    restyle();
}

void LifecycleFunnelChart::afterRestyle()
{
    if (!m_set)
        return;
    // The theme paints bar labels white, meant for labels inside the bars; ours stand beside them.
    m_set->setLabelColor(palette().color(QPalette::WindowText));
    m_set->setColor(ChartStyle::seriesColor(palette(), 0));
    m_set->setBorderColor(ChartStyle::seriesColor(palette(), 0));
}

LifecycleStage LifecycleFunnelChart::stageAt(int index) const
{
    return m_stages.at(static_cast<std::size_t>(index));
}

void LifecycleFunnelChart::setStages(const std::vector<SegmentOverview::StageCount>& stages)
{
    // Horizontal bars grow upwards from the first category: append in reverse, so the funnel reads
    // from the top.
    m_set->remove(0, m_set->count());
    m_categories->clear();
    m_stages.clear();
    QStringList names;
    int most = 0;
    for (auto it = stages.rbegin(); it != stages.rend(); ++it) {
        m_stages.push_back(it->stage);
        names << TierNames::displayName(lifecycleStageCode(it->stage));
        m_set->append(it->customers);
        most = std::max(most, it->customers);
    }
    m_categories->append(names);
    // Room for the value labels beyond the longest bar.
    m_values->setRange(0, std::max(1.0, most * 1.15));
    m_values->applyNiceNumbers();
    restyle();
}

} // namespace clientele
