#include "planning/ItemEditDelegate.h"

#include "planning/ItemTableModel.h"
#include "planning/PlanningCodes.h"

#include <QComboBox>
#include <QDateEdit>

namespace clientele {

QWidget* ItemEditDelegate::createEditor(QWidget* parent,
                                        const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    switch (index.column()) {
    case ItemTableModel::StatusColumn: {
        auto* box = new QComboBox(parent);
        for (ItemStatus s :
             {ItemStatus::Planned, ItemStatus::Running, ItemStatus::Done, ItemStatus::Cancelled})
            box->addItem(PlanningCodes::displayName(s), static_cast<int>(s));
        return box;
    }
    case ItemTableModel::StartColumn:
    case ItemTableModel::EndColumn: {
        auto* edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ItemEditDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        box->setCurrentIndex(box->findData(index.data(Qt::EditRole)));
        return;
    }
    if (auto* edit = qobject_cast<QDateEdit*>(editor)) {
        edit->setDate(index.data(Qt::EditRole).toDate());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ItemEditDelegate::setModelData(QWidget* editor,
                                    QAbstractItemModel* model,
                                    const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, box->currentData(), Qt::EditRole);
        return;
    }
    if (auto* edit = qobject_cast<QDateEdit*>(editor)) {
        model->setData(index, edit->date(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace clientele
