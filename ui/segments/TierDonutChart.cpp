#include "segments/TierDonutChart.h"

#include "analytics/TierNames.h"
#include "charts/ChartStyle.h"
#include "segments/SegmentFormat.h"

#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>

namespace clientele {

TierDonutChart::TierDonutChart(QWidget* parent)
    : ChartView(parent)
{
    setObjectName(QStringLiteral("tierDonut"));
    setTitle(tr("Customers by tier"));
    m_series = new QPieSeries(chart());
    m_series->setHoleSize(0.45);
    m_series->setPieSize(0.8);
    chart()->addSeries(m_series);
    chart()->legend()->setAlignment(Qt::AlignRight);
    connect(m_series, &QPieSeries::clicked, this, [this](QPieSlice* slice) {
        const auto it = m_tiers.constFind(slice);
        if (it != m_tiers.constEnd())
            emit tierClicked(*it);
    });
    connect(m_series, &QPieSeries::hovered, this,
            [](QPieSlice* slice, bool state) { slice->setExploded(state); });
    restyle();
}

void TierDonutChart::afterRestyle()
{
    if (!m_series)
        return;
    int index = 0;
    for (QPieSlice* slice : m_series->slices()) {
        slice->setColor(ChartStyle::seriesColor(palette(), index++));
        slice->setBorderColor(palette().color(QPalette::Window));
    }
}

QPieSlice* TierDonutChart::sliceOf(const QString& tier) const
{
    for (auto it = m_tiers.constBegin(); it != m_tiers.constEnd(); ++it)
        if (it.value() == tier)
            return it.key();
    return nullptr;
}

void TierDonutChart::setTiers(const std::vector<SegmentOverview::TierCount>& tiers)
{
    m_series->clear();
    m_tiers.clear();
    int total = 0;
    for (const SegmentOverview::TierCount& tier : tiers)
        total += tier.customers;
    for (const SegmentOverview::TierCount& tier : tiers) {
        if (tier.customers == 0)
            continue;
        const QString name = tier.code.isEmpty() ? tr("No tier") : TierNames::displayName(tier.code);
        const double share = total > 0 ? 100.0 * tier.customers / total : 0.0;
        auto* slice = m_series->append(
            tr("%1: %2 (%3)").arg(name, SegmentFormat::count(tier.customers), SegmentFormat::percent(share)),
            tier.customers);
        slice->setExplodeDistanceFactor(0.06);
        m_tiers.insert(slice, tier.code);
    }
    restyle();
    // The legend carries names and numbers; the slices stay clean.
    for (QPieSlice* slice : m_series->slices())
        slice->setLabelVisible(false);
}

} // namespace clientele
