#include "planning/RiskStatusDelegate.h"

#include "planning/PlanningCodes.h"

#include <QComboBox>

namespace clientele {

QWidget*
RiskStatusDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* box = new QComboBox(parent);
    for (RiskStatus s : {RiskStatus::Open, RiskStatus::Watching, RiskStatus::Closed})
        box->addItem(PlanningCodes::displayName(s), static_cast<int>(s));
    return box;
}

void RiskStatusDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* box = static_cast<QComboBox*>(editor);
    box->setCurrentIndex(box->findData(index.data(Qt::EditRole)));
}

void RiskStatusDelegate::setModelData(QWidget* editor,
                                      QAbstractItemModel* model,
                                      const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
}

} // namespace clientele
