#include "report/ReportChartRenderer.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>

#include <algorithm>

namespace clientele {

namespace {

constexpr double kSceneDpi = 96.0;

// A point size would be converted with the target device's resolution and then scaled once more by
// the scene-to-page transform; a pixel size is only scaled, so text keeps its size in print.
QFont inScenePixels(QFont font)
{
    if (font.pointSizeF() > 0)
        font.setPixelSize(std::max(1, qRound(font.pointSizeF() * kSceneDpi / 72.0)));
    return font;
}

void usePixelFonts(QChart* chart)
{
    chart->setTitleFont(inScenePixels(chart->titleFont()));
    chart->legend()->setFont(inScenePixels(chart->legend()->font()));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(inScenePixels(axis->labelsFont()));
        axis->setTitleFont(inScenePixels(axis->titleFont()));
    }
    for (QAbstractSeries* series : chart->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets())
                set->setLabelFont(inScenePixels(set->labelFont()));
}

} // namespace

void ReportChartRenderer::render(QPainter* painter, QChart* chart, const QRectF& target, double dpi)
{
    // Lay the chart out at 96 pixels per inch, then scale the scene onto the page.
    const double toScene = kSceneDpi / dpi;
    usePixelFonts(chart);
    const QSizeF size(target.width() * toScene, target.height() * toScene);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    if (chart->layout())
        chart->layout()->activate();
    // The chart places its axes and series on a posted layout request.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    scene.render(painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter->restore();
    // The caller owns the chart: take it back out of the scene before the scene deletes it.
    scene.removeItem(chart);
}

} // namespace clientele
