#include "charts/ChartView.h"

#include "charts/ChartExport.h"
#include "charts/ChartStyle.h"

#include <QEvent>

namespace clientele {

ChartView::ChartView(QWidget* parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 280);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    ChartExport::installContextMenu(this);
    restyle();
}

void ChartView::setTitle(const QString& title)
{
    chart()->setTitle(title);
    setWindowTitle(title);
}

void ChartView::restyle()
{
    ChartStyle::apply(chart(), palette());
    setBackgroundBrush(palette().color(QPalette::Window));
    afterRestyle();
}

void ChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

} // namespace clientele
