#pragma once

#include "planning/Plan.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLineEdit;

namespace clientele {

class FieldMessages;

// A plan's name, period (2024, 2024Q2 or 2024-05), tier model and notes, checked by
// PlanningValidator with the messages next to the fields.
class PlanFormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PlanFormDialog(const Plan& plan, QWidget* parent = nullptr);
    ~PlanFormDialog() override;
    Plan plan() const;
    QString fieldMessage(const QString& field) const;

public slots:
    void accept() override;

private:
    Plan m_plan;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_period = nullptr;
    QComboBox* m_tierModel = nullptr;
    QLineEdit* m_notes = nullptr;
    std::unique_ptr<FieldMessages> m_messages;
};

} // namespace clientele
