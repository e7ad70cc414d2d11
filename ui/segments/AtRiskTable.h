#pragma once

#include "analysis/SegmentOverview.h"

#include <QTableWidget>

namespace clientele {

// The customers most at risk of leaving, high risk first and then by the value at stake, each with
// the reasons in words. A click on a row asks for that customer in the customer list.
class AtRiskTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        TierColumn,
        RiskColumn,
        PAliveColumn,
        ClvColumn,
        ReasonsColumn,
        ColumnCount
    };

    explicit AtRiskTable(QWidget* parent = nullptr);

    void setCustomers(const std::vector<SegmentOverview::AtRiskCustomer>& customers);
    qint64 customerIdAt(int row) const;

signals:
    void customerClicked(qint64 customerId, const QString& code);
};

} // namespace clientele
