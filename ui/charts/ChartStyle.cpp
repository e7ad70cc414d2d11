#include "charts/ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

#include <algorithm>

namespace clientele {

bool ChartStyle::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void ChartStyle::apply(QChart* chart, const QPalette& palette)
{
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QColor text = palette.color(QPalette::WindowText);
    chart->setBackgroundBrush(palette.color(QPalette::Window));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(text);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(QFont().pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(QFont());
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(120);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLabelsFont(QFont());
        axis->setGridLineColor(grid);
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
}

QColor ChartStyle::seriesColor(const QPalette& palette, int index)
{
    // Ten clearly different hues (Qt Charts' themes shade one hue for pie slices, which makes
    // neighbouring tiers hard to tell apart); brighter on dark backgrounds.
    static const QRgb light[] = {0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0x76b7b2,
                                 0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    static const QRgb dark[] = {0x6b9bd1, 0xffa64d, 0x7bc96f, 0xff7b72, 0x8fd3cd,
                                0xf5d76e, 0xc99ac0, 0xffb3bb, 0xbf9a7f, 0xcfc6c2};
    const auto i = static_cast<std::size_t>(std::max(index, 0) % 10);
    return QColor(isDark(palette) ? dark[i] : light[i]);
}

QColor ChartStyle::scaleColor(const QPalette& palette, double fraction)
{
    const QColor low = palette.color(QPalette::Base);
    const QColor high = seriesColor(palette, 0);
    const double t = std::clamp(fraction, 0.0, 1.0);
    return QColor::fromRgbF(float(low.redF() + (high.redF() - low.redF()) * t),
                            float(low.greenF() + (high.greenF() - low.greenF()) * t),
                            float(low.blueF() + (high.blueF() - low.blueF()) * t));
}

} // namespace clientele
