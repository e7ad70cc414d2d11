#include "report/ReportPlanSection.h"

#include "report/ReportCanvas.h"
#include "report/ReportData.h"
#include "report/ReportFormat.h"

#include <QCoreApplication>

namespace clientele {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::ReportPlanSection", text);
}

} // namespace

void ReportPlanSection::render(ReportCanvas& canvas, const ReportData& data, const ReportFormat& format) const
{
    canvas.heading(ReportOptions::sectionTitle(id()));
    if (data.plans.empty()) {
        canvas.notice(data.plansUnavailable);
        return;
    }
    ReportTable table;
    table.addColumn(tr("Tier"), 1.1);
    table.addColumn(tr("Strategy"), 1.5);
    table.addColumn(tr("Owner"), 0.9);
    table.addColumn(tr("Dates"), 1.2);
    table.addColumn(tr("Status"), 0.8);
    table.addColumn(tr("Expected effect"), 1.4);
    table.addColumn(tr("Measured effect"), 2.4);
    for (const ReportPlanItem& item : data.plans)
        table.rows << QStringList{item.tier,
                                  item.strategy,
                                  item.owner,
                                  format.date(item.start) + QStringLiteral(" – ") + format.date(item.end),
                                  item.status,
                                  item.expectedEffect.isEmpty() ? QStringLiteral("–") : item.expectedEffect,
                                  item.measuredEffect.isEmpty() ? QStringLiteral("–") : item.measuredEffect};
    canvas.table(table);
}

} // namespace clientele
