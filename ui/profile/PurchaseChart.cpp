#include "profile/PurchaseChart.h"

#include "charts/ChartStyle.h"
#include "segments/SegmentFormat.h"

#include <QCursor>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace clientele {

namespace {

qreal timeOf(const QDate& day)
{
    return static_cast<qreal>(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch());
}

} // namespace

PurchaseChart::PurchaseChart(QWidget* parent)
    : ChartView(parent)
{
    setObjectName(QStringLiteral("purchaseChart"));
    setTitle(tr("Amount per month"));
    setMinimumSize(280, 220);
    chart()->legend()->hide();
    chart()->setLocalizeNumbers(true);
    m_line = new QLineSeries(chart());
    m_line->setName(tr("Net amount"));
    m_points = new QScatterSeries(chart());
    m_points->setName(tr("Months with orders"));
    m_points->setMarkerSize(8);
    chart()->addSeries(m_line);
    chart()->addSeries(m_points);
    m_time = new QDateTimeAxis(chart());
    m_time->setFormat(QStringLiteral("yyyy-MM"));
    m_time->setTitleText(tr("Month"));
    m_amounts = new QValueAxis(chart());
    m_amounts->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_time, Qt::AlignBottom);
    chart()->addAxis(m_amounts, Qt::AlignLeft);
    for (QXYSeries* series : {static_cast<QXYSeries*>(m_line), static_cast<QXYSeries*>(m_points)}) {
        series->attachAxis(m_time);
        series->attachAxis(m_amounts);
    }
    connect(m_points, &QScatterSeries::hovered, this, [this](const QPointF& point, bool over) {
        if (!over) {
            QToolTip::hideText();
            return;
        }
        const QDate day = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(point.x())).date();
        for (const MonthlyPurchases& m : std::as_const(m_months))
            if (m.month == QDate(day.year(), day.month(), 1))
                QToolTip::showText(QCursor::pos(),
                                   tr("%1: %2 in %n order(s)", nullptr, m.orders)
                                       .arg(m.month.toString(QStringLiteral("yyyy-MM")),
                                            SegmentFormat::money(m.amountMinor)),
                                   this);
    });
    setMonths({});
}

void PurchaseChart::afterRestyle()
{
    if (!m_line)
        return;
    const QColor color = ChartStyle::seriesColor(palette(), 0);
    QPen pen(color);
    pen.setWidthF(2.0);
    m_line->setPen(pen);
    m_points->setColor(color);
    m_points->setBorderColor(palette().color(QPalette::Window));
}

int PurchaseChart::pointCount() const
{
    return static_cast<int>(m_points->count());
}

void PurchaseChart::setMonths(const QList<MonthlyPurchases>& months)
{
    m_months = months;
    QList<QPointF> line, points;
    qint64 low = 0, high = 0;
    if (!months.isEmpty()) {
        int next = 0;
        for (QDate month = months.front().month; month <= months.back().month; month = month.addMonths(1)) {
            qint64 amount = 0;
            if (next < months.size() && months[next].month == month) {
                amount = months[next].amountMinor;
                points.append({timeOf(month), amount / 100.0});
                ++next;
            }
            line.append({timeOf(month), amount / 100.0});
            low = std::min(low, amount);
            high = std::max(high, amount);
        }
    }
    m_line->replace(line);
    m_points->replace(points);
    m_amounts->setTitleText(tr("Amount (%1)").arg(SegmentFormat::currencySymbol()));
    if (months.isEmpty()) {
        chart()->setTitle(tr("Amount per month: no purchases yet"));
        m_time->setRange(QDateTime(QDate::currentDate().addMonths(-11), QTime(0, 0)),
                         QDateTime(QDate::currentDate(), QTime(0, 0)));
        m_amounts->setRange(0, 100);
        return;
    }
    chart()->setTitle(tr("Amount per month"));
    // Half a month of room on each side, so a single month is not a zero-width axis and the end
    // points are not cut in half.
    m_time->setRange(QDateTime(months.front().month.addDays(-15), QTime(0, 0)),
                     QDateTime(months.back().month.addDays(15), QTime(0, 0)));
    const int spanMonths = static_cast<int>(line.size());
    m_time->setTickCount(std::clamp(spanMonths + 1, 2, 6));
    m_amounts->setRange(static_cast<double>(low) / 100.0,
                        std::max<double>(static_cast<double>(high) / 100.0, 1.0) * 1.1);
    m_amounts->applyNiceNumbers();
}

} // namespace clientele
