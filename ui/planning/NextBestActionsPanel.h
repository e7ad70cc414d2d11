#pragma once

#include "planning/NextBestAction.h"

#include <QDate>
#include <QFuture>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QDialog;
class QLabel;
class QPushButton;
class QTableWidget;

namespace clientele {

class Database;

// Next best actions (docs/planning-effect.md): for an account manager (or all), whom to contact
// this week and why, with the playbook's measure to follow; customers held back by their consent or
// the monthly contact limit are listed apart with the cause. "Log contact…" records the interaction
// (NextBestActionFinder::logContact), which counts towards the limit; the list is found again.
class NextBestActionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NextBestActionsPanel(QWidget* parent = nullptr);
    ~NextBestActionsPanel() override;

    void setDatabase(Database* db);
    void setAsOf(QDate day);
    using DialogRunner = std::function<int(QDialog* dialog)>;
    void setDialogRunner(DialogRunner runner);

    const NextBestActionList& list() const { return m_list; }
    bool isFinding() const { return m_finding; }
    QTableWidget* actionTable() const { return m_actions; }

public slots:
    void find();
    // Logs a contact with the selected action's customer after asking for the channel and summary.
    void logContact();

signals:
    void found();
    void contactLogged(qint64 interactionId);

private:
    void fillOwners();
    void show(const NextBestActionList& list);

    Database* m_db = nullptr;
    DialogRunner m_runner;
    NextBestActionList m_list;
    QFuture<void> m_task;
    bool m_finding = false;
    int m_generation = 0;
    QComboBox* m_owner = nullptr;
    QDateEdit* m_day = nullptr;
    QPushButton* m_log = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_actions = nullptr;
    QTableWidget* m_heldBack = nullptr;
};

} // namespace clientele
