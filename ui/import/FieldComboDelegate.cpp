#include "FieldComboDelegate.h"

#include <QComboBox>

namespace clientele {

FieldComboDelegate::FieldComboDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QString FieldComboDelegate::labelFor(const QString& key) const
{
    if (key.isEmpty())
        return tr("(ignore)");
    for (const FieldSpec& field : m_fields)
        if (field.key == key)
            return field.required ? tr("%1 (required)").arg(field.label) : field.label;
    return key;
}

QWidget*
FieldComboDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->addItem(labelFor(QString()), QString());
    for (const FieldSpec& field : m_fields)
        combo->addItem(labelFor(field.key), field.key);
    combo->setMaxVisibleItems(20);
    // A persistent editor: every choice goes to the model at once.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<FieldComboDelegate*>(this)->commitData(combo); });
    return combo;
}

void FieldComboDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const int i = combo->findData(index.data(Qt::UserRole).toString());
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

void FieldComboDelegate::setModelData(QWidget* editor,
                                      QAbstractItemModel* model,
                                      const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const QString key = combo->currentData().toString();
    model->setData(index, key, Qt::UserRole);
    model->setData(index, labelFor(key), Qt::DisplayRole);
}

} // namespace clientele
