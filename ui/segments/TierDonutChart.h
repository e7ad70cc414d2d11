#pragma once

#include "analysis/SegmentOverview.h"
#include "charts/ChartView.h"

#include <QHash>

QT_BEGIN_NAMESPACE
class QPieSeries;
class QPieSlice;
QT_END_NAMESPACE

namespace clientele {

// The tier distribution as a donut: one slice per tier (translated name, customers, share); a click
// on a slice asks for the customer list filtered to that tier.
class TierDonutChart : public ChartView
{
    Q_OBJECT

public:
    explicit TierDonutChart(QWidget* parent = nullptr);

    void setTiers(const std::vector<SegmentOverview::TierCount>& tiers);
    QPieSeries* series() const { return m_series; }
    QString tierOf(QPieSlice* slice) const { return m_tiers.value(slice); }
    QPieSlice* sliceOf(const QString& tier) const;

signals:
    void tierClicked(const QString& tier);

protected:
    void afterRestyle() override;

private:
    QPieSeries* m_series = nullptr;
    QHash<QPieSlice*, QString> m_tiers;
};

} // namespace clientele
