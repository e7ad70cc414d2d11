#pragma once

#include "model/SurveyResponse.h"

#include <QAbstractTableModel>
#include <QList>

namespace clientele {

// A customer's survey responses for the detail pane, newest first. Read-only.
class SurveyResponseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Nps,
        Satisfaction,
        Comment,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setResponses(const QList<SurveyResponse>& responses);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SurveyResponse> m_rows;
};

} // namespace clientele
