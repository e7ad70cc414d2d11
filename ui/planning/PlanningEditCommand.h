#pragma once

#include <QUndoCommand>

#include <functional>

namespace clientele {

// One undoable change of the planning data (a plan, goal, item, playbook, tracking figure…): the
// store calls that make it and those that take it back. A failing call (the database went away, a
// rule the store enforces) is reported through the error callback and leaves the data as it was.
class PlanningEditCommand : public QUndoCommand
{
public:
    using Action = std::function<void()>;
    using ErrorReport = std::function<void(const QString& message)>;

    PlanningEditCommand(const QString& text, Action redo, Action undo, ErrorReport report, Action refresh);

    void redo() override;
    void undo() override;

    // False when the last redo failed (the page then drops the command from its stack).
    bool succeeded() const { return m_ok; }

private:
    void run(const Action& action);

    Action m_redo;
    Action m_undo;
    ErrorReport m_report;
    Action m_refresh;
    bool m_ok = true;
};

} // namespace clientele
