#pragma once

#include <QRectF>

class QChart;
class QPainter;

namespace clientele {

// Draws a Qt Charts chart onto any painter as vector graphics: the chart is laid out in a
// graphics scene at screen scale and the scene is rendered into the target rectangle, so a PDF
// gets paths and real text, not a bitmap.
class ReportChartRenderer
{
public:
    // `chart` is borrowed; it is laid out at target's size seen at `dpi`.
    static void render(QPainter* painter, QChart* chart, const QRectF& target, double dpi);
};

} // namespace clientele
