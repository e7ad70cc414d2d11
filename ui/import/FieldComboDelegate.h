#pragma once

#include "import/ImportSchema.h"

#include <QStyledItemDelegate>

namespace clientele {

// The mapping table's field column: a combo of "(ignore)" and the fields of one kind of import. The
// field key is the item's Qt::UserRole; the display text is its label.
class FieldComboDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit FieldComboDelegate(QObject* parent = nullptr);

    void setFields(const QList<FieldSpec>& fields) { m_fields = fields; }
    // The label shown for a field key ("(ignore)" for none).
    QString labelFor(const QString& key) const;

    QWidget* createEditor(QWidget* parent,
                          const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QList<FieldSpec> m_fields;
};

} // namespace clientele
