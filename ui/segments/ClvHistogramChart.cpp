#include "segments/ClvHistogramChart.h"

#include "charts/ChartStyle.h"
#include "segments/SegmentFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
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
    connect(m_set, &QBarSet::hovered, this, [this](bool over, int index) {
        if (over && index >= 0 && index < m_ranges.size())
            QToolTip::showText(QCursor::pos(), m_ranges[index], this);
        else
            QToolTip::hideText();
    });
    restyle();
}

void ClvHistogramChart::afterRestyle()
{
    if (m_set)
        m_set->setColor(ChartStyle::seriesColor(palette(), 0));
}

QStringList ClvHistogramChart::categories() const
{
    return m_categories->categories();
}

void ClvHistogramChart::setBins(const std::vector<SegmentOverview::ClvBin>& bins, int horizonMonths)
{
    m_set->remove(0, m_set->count());
    m_categories->clear();
    // Bars are labelled by where their band starts, in thousands once the bands are that wide, so
    // the labels fit under the bars; the full range is the tooltip.
    const bool thousands = bins.size() > 1 && bins[1].fromMinor >= 100 * 1000;
    const qint64 unitMinor = thousands ? 100 * 1000 : 100;
    const QString unit =
        thousands ? tr("thousand %1").arg(SegmentFormat::currencySymbol()) : SegmentFormat::currencySymbol();
    m_categories->setTitleText(
        tr("Predicted value of the next %n month(s), discounted, in %1", nullptr, horizonMonths).arg(unit));
    QStringList labels;
    m_ranges.clear();
    int most = 0;
    for (const SegmentOverview::ClvBin& bin : bins) {
        const QString from = QLocale().toString(bin.fromMinor / unitMinor);
        labels << (bin.toMinor ? from : tr("≥ %1").arg(from));
        const QString range = bin.toMinor ? tr("%1 to %2")
                                                .arg(SegmentFormat::moneyWhole(bin.fromMinor),
                                                     SegmentFormat::moneyWhole(*bin.toMinor))
                                          : tr("%1 or more").arg(SegmentFormat::moneyWhole(bin.fromMinor));
        m_ranges << tr("%1: %n customer(s)", nullptr, bin.customers).arg(range);
        m_set->append(bin.customers);
        most = std::max(most, bin.customers);
    }
    m_categories->append(labels);
    m_values->setRange(0, std::max(1, most));
    m_values->applyNiceNumbers();
    restyle();
}

} // namespace clientele
