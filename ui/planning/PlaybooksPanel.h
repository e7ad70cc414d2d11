#pragma once

#include "planning/Playbook.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace clientele {

class Database;

// The playbook library (策略模板): the built-in templates and the user's own, listed by whom they
// are for; the form edits one (name, target, goal, measures, owner role, cadence, resources,
// expected effect, KPI). New, duplicate, retire or restore, reset a built-in, delete an own one.
// Every change goes on the given undo stack.
class PlaybooksPanel : public QWidget
{
    Q_OBJECT

public:
    PlaybooksPanel(QUndoStack* undo, QWidget* parent = nullptr);

    void setDatabase(Database* db);
    bool select(qint64 playbookId);
    qint64 currentId() const;
    std::vector<Playbook> shown() const { return m_shown; }

public slots:
    void reload();
    void save();
    void newPlaybook();
    void duplicate();
    void toggleRetired();
    void resetBuiltIn();
    void remove();

private:
    void showCurrent();
    Playbook fromForm() const;
    void push(const QString& text, std::function<void()> redo, std::function<void()> undo);

    Database* m_db = nullptr;
    QUndoStack* m_undo;
    std::vector<Playbook> m_shown;
    QComboBox* m_kindFilter = nullptr;
    QCheckBox* m_showRetired = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_origin = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_target = nullptr;
    QPlainTextEdit* m_goal = nullptr;
    QPlainTextEdit* m_measures = nullptr;
    QComboBox* m_ownerRole = nullptr;
    QLineEdit* m_cadence = nullptr;
    QLineEdit* m_resources = nullptr;
    QLineEdit* m_effect = nullptr;
    QComboBox* m_kpi = nullptr;
    QLabel* m_messages = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_retire = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_new = nullptr;
};

} // namespace clientele
