#pragma once

#include "model/Interaction.h"

#include <QAbstractTableModel>
#include <QList>

namespace clientele {

// A customer's interactions for the detail pane, newest first. Read-only.
class InteractionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Channel,
        Type,
        Summary,
        Outcome,
        Owner,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setInteractions(const QList<Interaction>& interactions);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Interaction> m_rows;
};

} // namespace clientele
