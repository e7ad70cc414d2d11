#pragma once

#include <QColor>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace clientele {

// Makes charts follow the application palette: Qt Charts' light or dark theme by the palette's
// lightness, then the palette's own window and text colours for background, titles, labels and
// legends, so a chart sits on its page like any other widget.
class ChartStyle
{
public:
    static bool isDark(const QPalette& palette);
    // Call after the series and axes are in place (setTheme recolours them) and on palette changes.
    static void apply(QChart* chart, const QPalette& palette);
    // The n-th of ten distinct colours for categories (pie slices, bars), light or dark.
    static QColor seriesColor(const QPalette& palette, int index);
    // Low → high intensity colour for heatmaps: the window colour blended towards the highlight.
    static QColor scaleColor(const QPalette& palette, double fraction);
};

} // namespace clientele
