#include "planning/PlanningEditCommand.h"

#include "planning/PlanningError.h"
#include "storage/StorageError.h"

namespace clientele {

PlanningEditCommand::PlanningEditCommand(
    const QString& text, Action redo, Action undo, ErrorReport report, Action refresh)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_report(std::move(report))
    , m_refresh(std::move(refresh))
{
}

void PlanningEditCommand::redo()
{
    run(m_redo);
}

void PlanningEditCommand::undo()
{
    run(m_undo);
}

void PlanningEditCommand::run(const Action& action)
{
    QString error;
    try {
        action();
        m_ok = true;
    } catch (const PlanningError& e) {
        error = e.message();
    } catch (const StorageError& e) {
        error = e.message();
    } catch (const std::exception& e) {
        error = QString::fromUtf8(e.what());
    }
    if (!error.isEmpty()) {
        m_ok = false;
        setObsolete(true);
        if (m_report)
            m_report(error);
    }
    if (m_refresh)
        m_refresh();
}

} // namespace clientele
