#include "report/ReportFunnelSection.h"

#include "report/ReportCanvas.h"
#include "report/ReportData.h"
#include "report/ReportFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace clientele {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::ReportFunnelSection", text);
}

} // namespace

void ReportFunnelSection::render(ReportCanvas& canvas,
                                 const ReportData& data,
                                 const ReportFormat& format) const
{
    canvas.heading(ReportOptions::sectionTitle(id()), 240);
    if (data.funnel.empty()) {
        canvas.notice(data.funnelUnavailable);
        return;
    }
    canvas.chart(190, [&]() -> QChart* {
        auto* chart = new QChart;
        QFont font = canvas.font(ReportCanvas::FontRole::Small);
        auto* current = new QBarSet(data.cover.periodCode);
        auto* previous = new QBarSet(data.cover.previousPeriodCode);
        current->setColor(ReportCanvas::seriesColor(1));
        previous->setColor(QColor(0xb5, 0xdd, 0xb5));
        QStringList names;
        qint64 top = 0;
        // A horizontal bar chart lists its categories bottom-up; reverse so the funnel reads down.
        for (auto it = data.funnel.rbegin(); it != data.funnel.rend(); ++it) {
            *previous << static_cast<double>(it->previousCustomers);
            *current << static_cast<double>(it->customers);
            names << it->name;
            top = std::max({top, it->customers, it->previousCustomers});
        }
        auto* series = new QHorizontalBarSeries;
        series->append(previous);
        series->append(current);
        // No value labels: the pairs of thin bars leave no room; the table below has the numbers.
        chart->addSeries(series);
        auto* y = new QBarCategoryAxis;
        y->append(names);
        y->setLabelsFont(font);
        // The chart measures CJK labels short and would elide them to "…".
        y->setTruncateLabels(false);
        auto* x = new QValueAxis;
        x->setRange(0, static_cast<double>(top) * 1.18 + 1);
        x->applyNiceNumbers();
        x->setLabelFormat(QStringLiteral("%d"));
        x->setLabelsFont(font);
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(y);
        series->attachAxis(x);
        chart->legend()->setFont(font);
        chart->legend()->setAlignment(Qt::AlignTop);
        return chart;
    });

    ReportTable table;
    table.addColumn(tr("Stage"), 2.0);
    table.addColumn(data.cover.periodCode, 1.0, Qt::AlignRight);
    table.addColumn(data.cover.previousPeriodCode, 1.0, Qt::AlignRight);
    table.addColumn(tr("Change"), 1.0, Qt::AlignRight);
    for (const ReportFunnelStage& stage : data.funnel)
        table.rows << QStringList{stage.name, format.count(stage.customers),
                                  format.count(stage.previousCustomers),
                                  format.relativeChange(static_cast<double>(stage.customers),
                                                        static_cast<double>(stage.previousCustomers))};
    canvas.table(table);
}

} // namespace clientele
