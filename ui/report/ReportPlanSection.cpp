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
    table.addColumn(tr("Tier"), 1.2);
    table.addColumn(tr("Strategy"), 1.6);
    table.addColumn(tr("Measures"), 2.2);
    table.addColumn(tr("Owner"), 1.0);
    table.addColumn(tr("Dates"), 1.4);
    table.addColumn(tr("Status"), 0.9);
    table.addColumn(tr("Expected effect"), 1.4);
    for (const ReportPlanItem& item : data.plans)
        table.rows << QStringList{item.tier,
                                  item.strategy,
                                  item.measures,
                                  item.owner,
                                  format.date(item.start) + QStringLiteral(" – ") + format.date(item.end),
                                  item.status,
                                  item.expectedEffect};
    canvas.table(table);
}

} // namespace clientele
