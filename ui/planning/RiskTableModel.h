#pragma once

#include "planning/RiskEntry.h"

#include <QAbstractTableModel>

#include <vector>

namespace clientele {

// The risk register (seed 001 section 4): risk, how it shows, how to avoid it, owner and status.
// Every cell is edited in place; a change is asked for through editRequested (an undoable command).
class RiskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RiskColumn,
        SignsColumn,
        AvoidanceColumn,
        OwnerColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit RiskTableModel(QObject* parent = nullptr);
    void setRisks(std::vector<RiskEntry> risks);
    const RiskEntry* riskAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void editRequested(const clientele::RiskEntry& before, const clientele::RiskEntry& after);
    void editRefused(const QString& message);

private:
    std::vector<RiskEntry> m_risks;
};

} // namespace clientele
