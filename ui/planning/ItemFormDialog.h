#pragma once

#include "planning/ExecutionItem.h"
#include "planning/Plan.h"
#include "planning/Playbook.h"

#include <QDialog>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace clientele {

class FieldMessages;

// The execution item form (seed 001 template 2): the strategy from a playbook (which fills the
// measures, expected effect and owner role) or written freely, the tier, stage or a hand-picked
// list, dates, resources, budget, the held-out share and whether to link the segment's customers.
// OK checks the item with PlanningValidator and shows the messages next to the fields.
class ItemFormDialog : public QDialog
{
    Q_OBJECT

public:
    ItemFormDialog(const Plan& plan,
                   const ExecutionItem& item,
                   std::vector<Playbook> playbooks,
                   qint64 linkedCustomers,
                   QWidget* parent = nullptr);
    ~ItemFormDialog() override;

    ExecutionItem item() const;
    // Link the tier's or stage's customers of the latest analysis on save.
    bool linkSegmentCustomers() const;
    QString fieldMessage(const QString& field) const;
    // Fills the fields from a playbook of the list (by id).
    void applyPlaybook(qint64 playbookId);

public slots:
    void accept() override;

private:
    void fillSegments();

    Plan m_plan;
    ExecutionItem m_item;
    std::vector<Playbook> m_playbooks;
    QComboBox* m_playbook = nullptr;
    QComboBox* m_segmentKind = nullptr;
    QComboBox* m_segment = nullptr;
    QLineEdit* m_label = nullptr;
    QLineEdit* m_strategy = nullptr;
    QPlainTextEdit* m_measures = nullptr;
    QLineEdit* m_owner = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QLineEdit* m_resources = nullptr;
    QLineEdit* m_budget = nullptr;
    QLineEdit* m_effect = nullptr;
    QComboBox* m_status = nullptr;
    QDoubleSpinBox* m_holdout = nullptr;
    QCheckBox* m_link = nullptr;
    QLabel* m_linked = nullptr;
    std::unique_ptr<FieldMessages> m_messages;
    bool m_budgetOk = true;
};

} // namespace clientele
