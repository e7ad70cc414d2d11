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
    // Qt Charts' light and dark theme series colours, so custom-painted charts match the others.
    static const QColor light[] = {QColor(0x20, 0x9f, 0xdf), QColor(0x99, 0xca, 0x53),
                                   QColor(0xf6, 0xa6, 0x25), QColor(0x6d, 0x5f, 0xd5),
                                   QColor(0xbf, 0x59, 0x3e)};
    static const QColor dark[] = {QColor(0x38, 0xad, 0x6b), QColor(0x3c, 0x84, 0xa7),
                                  QColor(0xeb, 0x85, 0x17), QColor(0x7b, 0x7f, 0x8c),
                                  QColor(0xbf, 0x59, 0x3e)};
    const int i = std::max(index, 0) % 5;
    return isDark(palette) ? dark[i] : light[i];
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
