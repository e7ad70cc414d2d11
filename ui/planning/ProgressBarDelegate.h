#pragma once

#include <QStyledItemDelegate>

namespace clientele {

// Draws a cell's share 0..1 (from a role of the model) as a progress bar with the cell's text on it.
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProgressBarDelegate(int shareRole, QObject* parent = nullptr);
    void
    paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace clientele
