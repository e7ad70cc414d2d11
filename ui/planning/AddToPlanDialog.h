#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace clientele {

class Database;

// Picks a plan and one of its execution items for the Customers page's "Add to plan…": the
// selected customers join the item's hand-picked list.
class AddToPlanDialog : public QDialog
{
    Q_OBJECT

public:
    AddToPlanDialog(const Database& db, int customers, QWidget* parent = nullptr);
    // The chosen item; 0 when the plan has none.
    qint64 itemId() const;

private:
    void fillItems();

    const Database& m_db;
    QComboBox* m_plan = nullptr;
    QComboBox* m_item = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace clientele
