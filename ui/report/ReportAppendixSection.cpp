#include "report/ReportAppendixSection.h"

#include "report/ReportCanvas.h"
#include "report/ReportData.h"
#include "report/ReportFormat.h"

#include <QCoreApplication>

namespace clientele {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::ReportAppendixSection", text);
}

} // namespace

void ReportAppendixSection::render(ReportCanvas& canvas,
                                   const ReportData& data,
                                   const ReportFormat& format) const
{
    Q_UNUSED(format);
    canvas.heading(ReportOptions::sectionTitle(id()));
    if (data.definitions.empty()) {
        canvas.notice(data.definitionsUnavailable);
        return;
    }
    ReportTable table;
    table.addColumn(tr("KPI"), 1.3);
    table.addColumn(tr("Formula"), 2.6);
    table.addColumn(tr("Population"), 1.8);
    table.addColumn(tr("Period"), 1.2);
    for (const ReportKpiDefinition& definition : data.definitions)
        table.rows << QStringList{definition.name, definition.formula, definition.population,
                                  definition.period};
    canvas.table(table);
}

} // namespace clientele
