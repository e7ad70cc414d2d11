#include "profile/NpsHistoryChart.h"

#include "charts/ChartStyle.h"

#include <QCursor>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace clientele {

NpsHistoryChart::NpsHistoryChart(QWidget* parent)
    : ChartView(parent)
{
    setObjectName(QStringLiteral("npsChart"));
    setTitle(tr("NPS answers"));
    setMinimumSize(280, 200);
    chart()->legend()->hide();
    m_line = new QLineSeries(chart());
    m_line->setName(tr("NPS"));
    m_points = new QScatterSeries(chart());
    m_points->setName(tr("NPS"));
    m_points->setMarkerSize(8);
    chart()->addSeries(m_line);
    chart()->addSeries(m_points);
    m_time = new QDateTimeAxis(chart());
    m_time->setFormat(QStringLiteral("yyyy-MM"));
    m_time->setTitleText(tr("Answered"));
    m_scores = new QValueAxis(chart());
    m_scores->setRange(0, 10);
    m_scores->setTickCount(6);
    m_scores->setLabelFormat(QStringLiteral("%d"));
    m_scores->setTitleText(tr("NPS (0–10)"));
    chart()->addAxis(m_time, Qt::AlignBottom);
    chart()->addAxis(m_scores, Qt::AlignLeft);
    for (QXYSeries* series : {static_cast<QXYSeries*>(m_line), static_cast<QXYSeries*>(m_points)}) {
        series->attachAxis(m_time);
        series->attachAxis(m_scores);
    }
    connect(m_points, &QScatterSeries::hovered, this, [this](const QPointF& point, bool over) {
        if (over)
            QToolTip::showText(QCursor::pos(),
                               tr("%1: NPS %2")
                                   .arg(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(point.x()))
                                            .date()
                                            .toString(Qt::ISODate))
                                   .arg(qRound(point.y())),
                               this);
        else
            QToolTip::hideText();
    });
    setResponses({});
}

void NpsHistoryChart::afterRestyle()
{
    if (!m_line)
        return;
    const QColor color = ChartStyle::seriesColor(palette(), 1);
    QPen pen(color);
    pen.setWidthF(2.0);
    m_line->setPen(pen);
    m_points->setColor(color);
    m_points->setBorderColor(palette().color(QPalette::Window));
}

int NpsHistoryChart::pointCount() const
{
    return static_cast<int>(m_points->count());
}

void NpsHistoryChart::setResponses(const QList<SurveyResponse>& responses)
{
    QList<SurveyResponse> answered;
    for (const SurveyResponse& r : responses)
        if (r.nps && r.answeredAt.isValid())
            answered << r;
    std::sort(answered.begin(), answered.end(),
              [](const SurveyResponse& a, const SurveyResponse& b) { return a.answeredAt < b.answeredAt; });
    QList<QPointF> points;
    for (const SurveyResponse& r : answered)
        points.append({static_cast<qreal>(r.answeredAt.toMSecsSinceEpoch()), static_cast<qreal>(*r.nps)});
    m_line->replace(points);
    m_points->replace(points);
    if (answered.isEmpty()) {
        chart()->setTitle(tr("NPS answers: none yet"));
        m_time->setRange(QDateTime(QDate::currentDate().addMonths(-11), QTime(0, 0)),
                         QDateTime(QDate::currentDate(), QTime(0, 0)));
        return;
    }
    chart()->setTitle(tr("NPS answers"));
    const QDate first = answered.front().answeredAt.date(), last = answered.back().answeredAt.date();
    m_time->setRange(QDateTime(first.addDays(-15), QTime(0, 0)), QDateTime(last.addDays(15), QTime(0, 0)));
    m_time->setTickCount(std::clamp(static_cast<int>(first.daysTo(last) / 30) + 2, 2, 6));
}

} // namespace clientele
