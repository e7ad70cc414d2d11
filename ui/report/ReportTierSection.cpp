#include "report/ReportTierSection.h"

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
    return QCoreApplication::translate("clientele::ReportTierSection", text);
}

} // namespace

void ReportTierSection::render(ReportCanvas& canvas, const ReportData& data, const ReportFormat& format) const
{
    canvas.heading(ReportOptions::sectionTitle(id()), 240);
    if (data.tiers.empty()) {
        canvas.notice(data.tiersUnavailable);
        return;
    }
    if (!data.tierModelName.isEmpty())
        canvas.paragraph(tr("Tier model: %1.").arg(data.tierModelName), ReportCanvas::FontRole::Small);

    canvas.chart(200, [&]() -> QChart* {
        auto* chart = new QChart;
        QFont font = canvas.font(ReportCanvas::FontRole::Small);
        font.setPointSizeF(8);
        auto* current = new QBarSet(data.cover.periodCode);
        auto* previous = new QBarSet(data.cover.previousPeriodCode);
        current->setColor(ReportCanvas::seriesColor(0));
        previous->setColor(QColor(0xa8, 0xc4, 0xe0));
        QStringList names;
        qint64 top = 0;
        for (const ReportTierShare& tier : data.tiers) {
            *previous << static_cast<double>(tier.previousCustomers);
            *current << static_cast<double>(tier.customers);
            names << tier.name;
            top = std::max({top, tier.customers, tier.previousCustomers});
        }
        auto* series = new QBarSeries;
        series->append(previous);
        series->append(current);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        previous->setLabelFont(font);
        current->setLabelFont(font);
        previous->setLabelColor(Qt::black);
        current->setLabelColor(Qt::black);
        chart->addSeries(series);
        auto* x = new QBarCategoryAxis;
        x->append(names);
        x->setLabelsFont(font);
        x->setTruncateLabels(false);
        auto* y = new QValueAxis;
        y->setRange(0, static_cast<double>(top) * 1.15 + 1);
        y->applyNiceNumbers();
        y->setLabelFormat(QStringLiteral("%d"));
        y->setLabelsFont(font);
        y->setTitleText(tr("Customers"));
        y->setTitleFont(font);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        chart->legend()->setFont(font);
        chart->legend()->setAlignment(Qt::AlignTop);
        return chart;
    });

    qint64 total = 0;
    qint64 previousTotal = 0;
    qint64 amount = 0;
    for (const ReportTierShare& tier : data.tiers) {
        total += tier.customers;
        previousTotal += tier.previousCustomers;
        amount += tier.netAmountMinor;
    }
    ReportTable table;
    table.addColumn(tr("Tier"), 2.2);
    table.addColumn(tr("Customers"), 1.1, Qt::AlignRight);
    table.addColumn(tr("Share"), 0.9, Qt::AlignRight);
    table.addColumn(tr("Previous"), 1.1, Qt::AlignRight);
    table.addColumn(tr("Change"), 0.9, Qt::AlignRight);
    table.addColumn(tr("Net purchases in period"), 1.6, Qt::AlignRight);
    const auto share = [&](qint64 n) {
        return total > 0 ? format.percent(100.0 * static_cast<double>(n) / static_cast<double>(total))
                         : QString();
    };
    for (const ReportTierShare& tier : data.tiers)
        table.rows << QStringList{tier.name,
                                  format.count(tier.customers),
                                  share(tier.customers),
                                  format.count(tier.previousCustomers),
                                  format.relativeChange(static_cast<double>(tier.customers),
                                                        static_cast<double>(tier.previousCustomers)),
                                  format.money(tier.netAmountMinor)};
    table.rows << QStringList{
        tr("All customers"),
        format.count(total),
        share(total),
        format.count(previousTotal),
        format.relativeChange(static_cast<double>(total), static_cast<double>(previousTotal)),
        format.money(amount)};
    table.emphasisedRows << static_cast<int>(table.rows.size() - 1);
    canvas.table(table);
}

} // namespace clientele
