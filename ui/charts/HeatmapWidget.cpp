#include "charts/HeatmapWidget.h"

#include "charts/ChartExport.h"
#include "charts/ChartStyle.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace clientele {

namespace {

constexpr int kMargin = 8;

QFont titleFont(const QFont& base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 1.1);
    return font;
}

} // namespace

HeatmapWidget::HeatmapWidget(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(minimumSizeHint());
    ChartExport::installContextMenu(this);
}

void HeatmapWidget::setTitle(const QString& title)
{
    m_title = title;
    setWindowTitle(title);
    update();
}

void HeatmapWidget::setAxisTitles(const QString& columnTitle, const QString& rowTitle)
{
    m_columnTitle = columnTitle;
    m_rowTitle = rowTitle;
    update();
}

void HeatmapWidget::setLabels(const QStringList& columnLabels, const QStringList& rowLabels)
{
    m_columnLabels = columnLabels;
    m_rowLabels = rowLabels;
    update();
}

void HeatmapWidget::setValues(std::vector<std::vector<int>> values,
                              std::vector<std::vector<QString>> toolTips)
{
    m_values = std::move(values);
    m_toolTips = std::move(toolTips);
    m_hover.reset();
    update();
}

void HeatmapWidget::setLegendTitle(const QString& title)
{
    m_legendTitle = title;
    update();
}

int HeatmapWidget::value(int row, int column) const
{
    if (row < 0 || row >= rows() || column < 0 || column >= columns())
        return 0;
    return m_values[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
}

QString HeatmapWidget::toolTip(int row, int column) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_toolTips.size() || column < 0 ||
        static_cast<std::size_t>(column) >= m_toolTips[static_cast<std::size_t>(row)].size())
        return {};
    return m_toolTips[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
}

int HeatmapWidget::maxValue() const
{
    int most = 0;
    for (const auto& row : m_values)
        for (const int v : row)
            most = std::max(most, v);
    return most;
}

QSize HeatmapWidget::sizeHint() const
{
    return {420, 340};
}

QSize HeatmapWidget::minimumSizeHint() const
{
    return {320, 280};
}

HeatmapWidget::Layout HeatmapWidget::layout() const
{
    const QFontMetrics fm(font());
    const QFontMetrics tfm(titleFont(font()));
    Layout l;
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    l.title = QRect(area.left(), area.top(), area.width(), tfm.height() + 6);
    l.legend = QRect(area.left(), area.bottom() - 2 * fm.height() - 6, area.width(), 2 * fm.height() + 6);
    l.columnTitle = QRect(area.left(), l.legend.top() - fm.height() - 6, area.width(), fm.height() + 4);
    l.rowTitle = QRect(area.left(), l.title.bottom() + 1, fm.height() + 4, 0);
    for (const QString& label : m_rowLabels)
        l.labelWidth = std::max(l.labelWidth, fm.horizontalAdvance(label));
    l.labelWidth += 8;
    const int left = l.rowTitle.right() + 1 + l.labelWidth;
    const int top = l.title.bottom() + 4;
    const int bottom = l.columnTitle.top() - fm.height() - 6; // room for the column labels
    l.grid = QRect(left, top, std::max(area.right() - left, 10), std::max(bottom - top, 10));
    l.rowTitle.setBottom(l.grid.bottom());
    return l;
}

QRect HeatmapWidget::cellRect(int row, int column) const
{
    if (rows() == 0 || columns() == 0)
        return {};
    const QRect grid = layout().grid;
    const int x0 = grid.left() + grid.width() * column / columns();
    const int x1 = grid.left() + grid.width() * (column + 1) / columns();
    const int y0 = grid.top() + grid.height() * row / rows();
    const int y1 = grid.top() + grid.height() * (row + 1) / rows();
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

std::optional<std::pair<int, int>> HeatmapWidget::cellAt(const QPoint& position) const
{
    for (int row = 0; row < rows(); ++row)
        for (int column = 0; column < columns(); ++column)
            if (cellRect(row, column).contains(position))
                return std::make_pair(row, column);
    return std::nullopt;
}

void HeatmapWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const Layout l = layout();
    const QFontMetrics fm(font());

    p.fillRect(rect(), pal.color(QPalette::Window));
    p.setPen(pal.color(QPalette::WindowText));
    p.setFont(titleFont(font()));
    p.drawText(l.title, Qt::AlignCenter, m_title);
    p.setFont(font());

    const int most = maxValue();
    for (int row = 0; row < rows(); ++row) {
        for (int column = 0; column < columns(); ++column) {
            const QRect cell = cellRect(row, column).adjusted(1, 1, -1, -1);
            const int v = value(row, column);
            // A square-root scale, so cells with a few customers still show beside a crowded one.
            const double fraction = most > 0 ? std::sqrt(double(v) / most) : 0.0;
            const QColor fill = ChartStyle::scaleColor(pal, fraction);
            p.fillRect(cell, fill);
            p.setPen(fill.lightness() < 140 ? QColor(Qt::white) : QColor(Qt::black));
            p.drawText(cell, Qt::AlignCenter, QLocale().toString(v));
        }
    }
    if (m_hover) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cellRect(m_hover->first, m_hover->second).adjusted(1, 1, -1, -1));
    }

    // Labels and axis titles.
    p.setPen(pal.color(QPalette::WindowText));
    for (int row = 0; row < rows() && row < m_rowLabels.size(); ++row) {
        const QRect cell = cellRect(row, 0);
        p.drawText(QRect(l.grid.left() - l.labelWidth, cell.top(), l.labelWidth - 6, cell.height()),
                   Qt::AlignRight | Qt::AlignVCenter, m_rowLabels[row]);
    }
    for (int column = 0; column < columns() && column < m_columnLabels.size(); ++column) {
        const QRect cell = cellRect(0, column);
        p.drawText(QRect(cell.left(), l.grid.bottom() + 3, cell.width(), fm.height() + 2), Qt::AlignCenter,
                   m_columnLabels[column]);
    }
    p.drawText(QRect(l.grid.left(), l.columnTitle.top(), l.grid.width(), l.columnTitle.height()),
               Qt::AlignCenter, m_columnTitle);
    p.save();
    p.translate(l.rowTitle.center());
    p.rotate(-90);
    p.drawText(
        QRect(-l.rowTitle.height() / 2, -l.rowTitle.width() / 2, l.rowTitle.height(), l.rowTitle.width()),
        Qt::AlignCenter, m_rowTitle);
    p.restore();

    // The colour legend: fewest → most, with the scale's end values.
    const int barWidth = std::min(200, l.legend.width() / 2);
    const QRect bar(l.legend.center().x() - barWidth / 2, l.legend.top() + 4, barWidth, 10);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= 4; ++i)
        gradient.setColorAt(i / 4.0, ChartStyle::scaleColor(pal, std::sqrt(i / 4.0)));
    p.fillRect(bar, gradient);
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(bar);
    p.setPen(pal.color(QPalette::WindowText));
    const int textTop = bar.bottom() + 2;
    p.drawText(QRect(bar.left() - 80, bar.top() - 4, 74, bar.height() + 8), Qt::AlignRight | Qt::AlignVCenter,
               QLocale().toString(0));
    p.drawText(QRect(bar.right() + 6, bar.top() - 4, 80, bar.height() + 8), Qt::AlignLeft | Qt::AlignVCenter,
               QLocale().toString(most));
    p.drawText(QRect(l.legend.left(), textTop, l.legend.width(), fm.height() + 2), Qt::AlignCenter,
               m_legendTitle);
}

void HeatmapWidget::mouseMoveEvent(QMouseEvent* event)
{
    const auto cell = cellAt(event->position().toPoint());
    if (cell != m_hover) {
        m_hover = cell;
        setCursor(cell && value(cell->first, cell->second) > 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void HeatmapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        if (const auto cell = cellAt(event->position().toPoint()))
            emit cellClicked(cell->first, cell->second);
    QWidget::mouseReleaseEvent(event);
}

void HeatmapWidget::leaveEvent(QEvent* event)
{
    m_hover.reset();
    update();
    QWidget::leaveEvent(event);
}

bool HeatmapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto cell = cellAt(help->pos());
        const QString text = cell ? toolTip(cell->first, cell->second) : QString();
        if (!text.isEmpty())
            QToolTip::showText(help->globalPos(), text, this, cellRect(cell->first, cell->second));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace clientele
