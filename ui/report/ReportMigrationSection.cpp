#include "report/ReportMigrationSection.h"

#include "report/ReportCanvas.h"
#include "report/ReportData.h"
#include "report/ReportFormat.h"

#include <QCoreApplication>

namespace clientele {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::ReportMigrationSection", text);
}

} // namespace

void ReportMigrationSection::render(ReportCanvas& canvas,
                                    const ReportData& data,
                                    const ReportFormat& format) const
{
    canvas.heading(ReportOptions::sectionTitle(id()));
    const ReportTierMigration& m = data.migration;
    if (m.codes.isEmpty()) {
        canvas.notice(data.migrationUnavailable);
        return;
    }
    canvas.paragraph(
        tr("Rows: the tier at the end of %1; columns: the tier at the end of %2. Each cell gives "
           "the number of customers and their net purchases in %2; the diagonal stayed in their tier.")
            .arg(data.cover.previousPeriodCode, data.cover.periodCode),
        ReportCanvas::FontRole::Small);
    // Rows may hold one more entry than columns: customers new since the previous period.
    const int rows = static_cast<int>(m.counts.size());
    const int columns = rows > 0 ? static_cast<int>(m.counts.front().size()) : 0;
    ReportTable table;
    table.addColumn(tr("From \\ to"), 1.6);
    for (int to = 0; to < columns; ++to)
        table.addColumn(m.names.at(to), 1.0, Qt::AlignRight);
    table.addColumn(tr("Total"), 1.0, Qt::AlignRight);
    std::vector<qint64> columnCounts(static_cast<size_t>(columns), 0);
    std::vector<qint64> columnAmounts(static_cast<size_t>(columns), 0);
    for (int from = 0; from < rows; ++from) {
        QStringList row{m.names.at(from)};
        qint64 count = 0;
        qint64 amount = 0;
        for (int to = 0; to < columns; ++to) {
            const qint64 c = m.counts[static_cast<size_t>(from)][static_cast<size_t>(to)];
            const qint64 a = m.amountsMinor[static_cast<size_t>(from)][static_cast<size_t>(to)];
            row << (c == 0 ? QStringLiteral("–") : format.count(c) + QLatin1Char('\n') + format.money(a));
            count += c;
            amount += a;
            columnCounts[static_cast<size_t>(to)] += c;
            columnAmounts[static_cast<size_t>(to)] += a;
        }
        row << format.count(count) + QLatin1Char('\n') + format.money(amount);
        table.rows << row;
    }
    QStringList totals{tr("Total")};
    qint64 count = 0;
    qint64 amount = 0;
    for (int to = 0; to < columns; ++to) {
        totals << format.count(columnCounts[static_cast<size_t>(to)]) + QLatin1Char('\n') +
                      format.money(columnAmounts[static_cast<size_t>(to)]);
        count += columnCounts[static_cast<size_t>(to)];
        amount += columnAmounts[static_cast<size_t>(to)];
    }
    totals << format.count(count) + QLatin1Char('\n') + format.money(amount);
    table.rows << totals;
    table.emphasisedRows << static_cast<int>(table.rows.size() - 1);
    canvas.table(table);
}

} // namespace clientele
