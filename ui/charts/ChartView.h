#pragma once

#include <QChartView>

namespace clientele {

// A chart view for the dashboards: antialiased, themed from the palette (and re-themed when the
// palette changes), with the Copy / Save as PNG/SVG context menu.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget* parent = nullptr);

    // The chart's title; also the window title the SVG export and the save dialog use.
    void setTitle(const QString& title);
    // Call after changing series or axes, so new items get the palette's colours.
    void restyle();

protected:
    void changeEvent(QEvent* event) override;
    // Subclasses recolour what the theme resets (e.g. per-slice colours).
    virtual void afterRestyle() {}
};

} // namespace clientele
