#include "settings/TierCellsCommand.h"

#include "settings/TierMapEditor.h"

namespace clientele {

TierCellsCommand::TierCellsCommand(TierMapEditor* editor,
                                   QString modelCode,
                                   std::vector<int> cells,
                                   std::vector<std::vector<int>> before,
                                   std::vector<std::vector<int>> after,
                                   const QString& text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_modelCode(std::move(modelCode))
    , m_cells(std::move(cells))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void TierCellsCommand::undo()
{
    m_editor->setCells(m_modelCode, m_cells, m_before);
}

void TierCellsCommand::redo()
{
    m_editor->setCells(m_modelCode, m_cells, m_after);
}

} // namespace clientele
