#pragma once

#include "charts/ChartView.h"
#include "storage/MonthlyPurchaseReader.h"

#include <QList>

QT_BEGIN_NAMESPACE
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace clientele {

// The profile's purchase timeline: the net amount per month over time. The line runs through every
// month from the first purchase to the last (months without orders at zero, so a gap shows as one);
// a point marks each month that had orders, with the amount and the orders as its tooltip.
class PurchaseChart : public ChartView
{
    Q_OBJECT

public:
    explicit PurchaseChart(QWidget* parent = nullptr);

    void setMonths(const QList<MonthlyPurchases>& months);
    // Points = months with orders.
    int pointCount() const;
    QScatterSeries* pointSeries() const { return m_points; }

protected:
    void afterRestyle() override;

private:
    QLineSeries* m_line = nullptr;
    QScatterSeries* m_points = nullptr;
    QDateTimeAxis* m_time = nullptr;
    QValueAxis* m_amounts = nullptr;
    QList<MonthlyPurchases> m_months;
};

} // namespace clientele
