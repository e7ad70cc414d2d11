#include "segments/AtRiskTable.h"

#include "analytics/TierNames.h"
#include "charts/ChartExport.h"
#include "segments/SegmentFormat.h"

#include <QHeaderView>

#include <cmath>

namespace clientele {

AtRiskTable::AtRiskTable(QWidget* parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("atRiskTable"));
    setWindowTitle(tr("Customers at risk"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("Tier"), tr("Risk"), tr("P(alive)"), tr("Predicted CLV"), tr("Reasons")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ReasonsColumn, QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setMinimumHeight(420);
    setToolTip(tr("Click a customer to open it in the customer list"));
    ChartExport::installContextMenu(this);
    connect(this, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (const qint64 id = customerIdAt(row))
            emit customerClicked(id, item(row, CodeColumn)->text());
    });
}

qint64 AtRiskTable::customerIdAt(int row) const
{
    const QTableWidgetItem* cell = item(row, CodeColumn);
    return cell ? cell->data(Qt::UserRole).toLongLong() : 0;
}

void AtRiskTable::setCustomers(const std::vector<SegmentOverview::AtRiskCustomer>& customers)
{
    clearContents();
    setRowCount(static_cast<int>(customers.size()));
    int row = 0;
    for (const SegmentOverview::AtRiskCustomer& c : customers) {
        auto* code = new QTableWidgetItem(c.code);
        code->setData(Qt::UserRole, QVariant::fromValue<qint64>(c.customerId));
        setItem(row, CodeColumn, code);
        setItem(row, NameColumn, new QTableWidgetItem(c.name));
        setItem(row, TierColumn, new QTableWidgetItem(TierNames::displayName(c.tier)));
        setItem(row, RiskColumn, new QTableWidgetItem(TierNames::displayName(churnRiskLevelCode(c.level))));
        auto* pAlive = new QTableWidgetItem(SegmentFormat::probability(c.pAlive));
        pAlive->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, PAliveColumn, pAlive);
        auto* clv = new QTableWidgetItem(
            std::isfinite(c.clvMinor) ? SegmentFormat::money(std::llround(c.clvMinor)) : QStringLiteral("–"));
        clv->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, ClvColumn, clv);
        auto* reasons = new QTableWidgetItem(c.reasons.join(QLatin1Char('\n')));
        reasons->setToolTip(c.reasons.join(QLatin1Char('\n')));
        setItem(row, ReasonsColumn, reasons);
        ++row;
    }
}

} // namespace clientele
