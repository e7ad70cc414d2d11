#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

namespace clientele {

// A grid of counts painted as coloured cells (darker = more), with a title, axis titles, row and
// column labels, a colour legend, a tooltip per cell and a click signal. Painted by hand: Qt Charts
// has no heatmap, and a plain widget also renders cleanly to SVG.
class HeatmapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapWidget(QWidget* parent = nullptr);

    void setTitle(const QString& title); // also the window title (SVG export, save dialog)
    void setAxisTitles(const QString& columnTitle, const QString& rowTitle);
    // Rows are drawn top to bottom, columns left to right.
    void setLabels(const QStringList& columnLabels, const QStringList& rowLabels);
    // values[row][column]; tooltips has the same shape (or is empty).
    void setValues(std::vector<std::vector<int>> values, std::vector<std::vector<QString>> toolTips = {});
    void setLegendTitle(const QString& title);

    int value(int row, int column) const;
    QString toolTip(int row, int column) const;
    QRect cellRect(int row, int column) const;
    std::optional<std::pair<int, int>> cellAt(const QPoint& position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellClicked(int row, int column);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Layout
    {
        QRect title;
        QRect grid;
        QRect rowTitle;
        QRect columnTitle;
        QRect legend;
        int labelWidth = 0;
    };
    Layout layout() const;
    int rows() const { return static_cast<int>(m_values.size()); }
    int columns() const { return m_values.empty() ? 0 : static_cast<int>(m_values.front().size()); }
    int maxValue() const;

    QString m_title;
    QString m_columnTitle;
    QString m_rowTitle;
    QString m_legendTitle;
    QStringList m_columnLabels;
    QStringList m_rowLabels;
    std::vector<std::vector<int>> m_values;
    std::vector<std::vector<QString>> m_toolTips;
    std::optional<std::pair<int, int>> m_hover;
};

} // namespace clientele
