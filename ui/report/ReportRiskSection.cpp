#include "report/ReportRiskSection.h"

#include "report/ReportCanvas.h"
#include "report/ReportData.h"
#include "report/ReportFormat.h"

#include <QCoreApplication>

namespace clientele {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::ReportRiskSection", text);
}

} // namespace

void ReportRiskSection::render(ReportCanvas& canvas, const ReportData& data, const ReportFormat& format) const
{
    canvas.heading(ReportOptions::sectionTitle(id()));
    if (data.atRisk.empty()) {
        canvas.notice(data.atRiskUnavailable);
        return;
    }
    canvas.paragraph(
        tr("%1 of %2 customers at high risk, those with the largest purchases first.")
            .arg(format.count(static_cast<qint64>(data.atRisk.size())), format.count(data.atRiskTotal)),
        ReportCanvas::FontRole::Small);
    ReportTable table;
    table.addColumn(tr("Customer"), 1.7);
    table.addColumn(tr("Tier"), 1.0);
    table.addColumn(tr("Risk"), 0.7);
    table.addColumn(tr("Purchases"), 1.1, Qt::AlignRight);
    table.addColumn(tr("Reasons"), 2.4);
    table.addColumn(tr("Suggested action"), 2.0);
    for (const ReportRiskCustomer& customer : data.atRisk)
        table.rows << QStringList{customer.name + QLatin1Char('\n') + customer.code,
                                  customer.tier,
                                  customer.riskLevel,
                                  format.money(customer.netAmountMinor),
                                  QStringLiteral("• ") + customer.reasons.join(QStringLiteral("\n• ")),
                                  customer.suggestedAction};
    canvas.table(table);
}

} // namespace clientele
