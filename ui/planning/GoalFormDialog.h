#pragma once

#include "planning/Plan.h"
#include "planning/SmartGoal.h"

#include <QDialog>
#include <QFuture>

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace clientele {

class Database;
class FieldMessages;

// The SMART goal form: KPI, population, baseline (measured from the data with a button), target,
// horizon (which proposes the deadline), deadline and owner. OK checks the goal with
// PlanningValidator and shows each message next to its field; the dialog only closes on a valid goal.
class GoalFormDialog : public QDialog
{
    Q_OBJECT

public:
    // `db` (may be null) is used for the baseline measurement on a worker thread.
    GoalFormDialog(const Plan& plan, const SmartGoal& goal, const Database* db, QWidget* parent = nullptr);
    ~GoalFormDialog() override;

    // The goal as the fields say (id and plan id kept from the goal given).
    SmartGoal goal() const;
    // Measures the baseline in the background; baselineMeasured() follows.
    void measureBaseline();
    bool isMeasuring() const { return m_measuring; }
    QString fieldMessage(const QString& field) const;

    // A value in the KPI's unit as the form shows it (money in major units) and back.
    static double toShown(const QString& kpi, double value);
    static double fromShown(const QString& kpi, double shown);

public slots:
    void accept() override;

signals:
    void baselineMeasured();

private:
    void fillPopulations();
    void proposeDeadline();
    void updateUnitHint();
    std::optional<double> number(const QLineEdit* edit, bool* ok) const;

    Plan m_plan;
    SmartGoal m_goal;
    const Database* m_db;
    QComboBox* m_kpi = nullptr;
    QComboBox* m_populationKind = nullptr;
    QComboBox* m_population = nullptr;
    QLineEdit* m_baseline = nullptr;
    QDate m_baselineOn;
    QPushButton* m_measure = nullptr;
    QLabel* m_measureStatus = nullptr;
    QLineEdit* m_target = nullptr;
    QLabel* m_unit = nullptr;
    QComboBox* m_horizon = nullptr;
    QDateEdit* m_deadline = nullptr;
    QLineEdit* m_owner = nullptr;
    QLineEdit* m_description = nullptr;
    std::unique_ptr<FieldMessages> m_messages;
    QFuture<void> m_task;
    bool m_measuring = false;
};

} // namespace clientele
