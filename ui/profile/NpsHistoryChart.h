#pragma once

#include "charts/ChartView.h"
#include "model/SurveyResponse.h"

#include <QList>

QT_BEGIN_NAMESPACE
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace clientele {

// The customer's NPS answers over time on the 0–10 scale, one point per answer that gave an NPS.
class NpsHistoryChart : public ChartView
{
    Q_OBJECT

public:
    explicit NpsHistoryChart(QWidget* parent = nullptr);

    // Any order; answers without an NPS are left out.
    void setResponses(const QList<SurveyResponse>& responses);
    int pointCount() const;

protected:
    void afterRestyle() override;

private:
    QLineSeries* m_line = nullptr;
    QScatterSeries* m_points = nullptr;
    QDateTimeAxis* m_time = nullptr;
    QValueAxis* m_scores = nullptr;
};

} // namespace clientele
