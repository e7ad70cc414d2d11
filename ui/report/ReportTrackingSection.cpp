#include "report/ReportTrackingSection.h"

#include "report/ReportCanvas.h"
#include "report/ReportData.h"
#include "report/ReportFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace clientele {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::ReportTrackingSection", text);
}

// Actual against target of one rate, one bar pair per tier row that has both.
QChart* targetChart(const ReportCanvas& canvas,
                    const std::vector<ReportTrackingRow>& rows,
                    const QString& title,
                    std::optional<double> ReportTrackingRow::*actual,
                    std::optional<double> ReportTrackingRow::*target)
{
    auto* actualSet = new QBarSet(QCoreApplication::translate("clientele::ReportTrackingSection", "Actual"));
    auto* targetSet = new QBarSet(QCoreApplication::translate("clientele::ReportTrackingSection", "Target"));
    actualSet->setColor(ReportCanvas::seriesColor(0));
    targetSet->setColor(QColor(0xc7, 0xc7, 0xc7));
    QStringList names;
    double top = 0;
    for (const ReportTrackingRow& row : rows) {
        if (!(row.*actual) || !(row.*target))
            continue;
        *actualSet << *(row.*actual);
        *targetSet << *(row.*target);
        names << row.tier;
        top = std::max({top, *(row.*actual), *(row.*target)});
    }
    if (names.isEmpty()) {
        delete actualSet;
        delete targetSet;
        return nullptr;
    }
    const QFont font = canvas.font(ReportCanvas::FontRole::Small);
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setTitleFont(canvas.font(ReportCanvas::FontRole::TableHeader));
    auto* series = new QBarSeries;
    series->append(targetSet);
    series->append(actualSet);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(names);
    x->setLabelsFont(font);
    auto* y = new QValueAxis;
    y->setRange(0, top * 1.15 + 1);
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    y->setLabelsFont(font);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setFont(font);
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

bool hasTargets(const std::vector<ReportTrackingRow>& rows,
                std::optional<double> ReportTrackingRow::*actual,
                std::optional<double> ReportTrackingRow::*target)
{
    return std::any_of(rows.begin(), rows.end(),
                       [&](const ReportTrackingRow& r) { return (r.*actual) && (r.*target); });
}

} // namespace

void ReportTrackingSection::render(ReportCanvas& canvas,
                                   const ReportData& data,
                                   const ReportFormat& format) const
{
    canvas.heading(ReportOptions::sectionTitle(id()));
    if (data.tracking.empty()) {
        canvas.notice(data.trackingUnavailable);
        return;
    }
    if (!data.trackingNote.isEmpty())
        canvas.paragraph(data.trackingNote, ReportCanvas::FontRole::Small);
    ReportTable table;
    table.addColumn(tr("Period"), 0.9);
    table.addColumn(tr("Tier"), 1.5);
    table.addColumn(tr("Repurchase rate"), 1.1, Qt::AlignRight);
    table.addColumn(tr("Churn rate"), 1.0, Qt::AlignRight);
    table.addColumn(tr("NPS"), 0.7, Qt::AlignRight);
    table.addColumn(tr("LTV"), 1.2, Qt::AlignRight);
    table.addColumn(tr("Adjustment suggestion"), 2.6);
    for (const ReportTrackingRow& row : data.tracking)
        table.rows << QStringList{row.period,
                                  row.tier,
                                  format.optionalPercent(row.repurchasePercent),
                                  format.optionalPercent(row.churnPercent),
                                  format.optionalNumber(row.nps),
                                  row.ltvMinor ? format.money(*row.ltvMinor) : QStringLiteral("–"),
                                  row.suggestion.isEmpty() ? QStringLiteral("–") : row.suggestion};
    canvas.table(table);

    if (hasTargets(data.tracking, &ReportTrackingRow::repurchasePercent,
                   &ReportTrackingRow::targetRepurchasePercent))
        canvas.chart(180, [&] {
            return targetChart(canvas, data.tracking, tr("Repurchase rate: target and actual"),
                               &ReportTrackingRow::repurchasePercent,
                               &ReportTrackingRow::targetRepurchasePercent);
        });
    if (hasTargets(data.tracking, &ReportTrackingRow::churnPercent, &ReportTrackingRow::targetChurnPercent))
        canvas.chart(180, [&] {
            return targetChart(canvas, data.tracking, tr("Churn rate: target and actual"),
                               &ReportTrackingRow::churnPercent, &ReportTrackingRow::targetChurnPercent);
        });
}

} // namespace clientele
