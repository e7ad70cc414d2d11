#pragma once

#include "planning/Plan.h"
#include "planning/ReviewRecord.h"

#include <QDialog>

#include <memory>
#include <vector>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace clientele {

class FieldMessages;

// A review meeting's record (复盘): the plan reviewed, cadence, date, participants, findings,
// decisions and the plan changes decided; checked by PlanningValidator.
class ReviewFormDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewFormDialog(const ReviewRecord& review, const std::vector<Plan>& plans, QWidget* parent = nullptr);
    ~ReviewFormDialog() override;
    ReviewRecord review() const;
    QString fieldMessage(const QString& field) const;

public slots:
    void accept() override;

private:
    ReviewRecord m_review;
    QComboBox* m_plan = nullptr;
    QComboBox* m_cadence = nullptr;
    QDateEdit* m_heldOn = nullptr;
    QLineEdit* m_participants = nullptr;
    QPlainTextEdit* m_findings = nullptr;
    QPlainTextEdit* m_decisions = nullptr;
    QPlainTextEdit* m_changes = nullptr;
    std::unique_ptr<FieldMessages> m_messages;
};

} // namespace clientele
