#pragma once

#include <QString>
#include <QUndoCommand>

#include <vector>

namespace clientele {

class TierMapEditor;

// One edit of a tier map's cells in the Settings page's map editor (an assignment, or a reset to
// the built-in map): the segments of each cell before and after, so undo puts back exactly what was
// there, gaps and overlaps included. Nothing is stored until the page's Apply.
class TierCellsCommand : public QUndoCommand
{
public:
    TierCellsCommand(TierMapEditor* editor,
                     QString modelCode,
                     std::vector<int> cells,
                     std::vector<std::vector<int>> before,
                     std::vector<std::vector<int>> after,
                     const QString& text);

    void undo() override;
    void redo() override;

private:
    TierMapEditor* m_editor;
    QString m_modelCode;
    std::vector<int> m_cells;
    std::vector<std::vector<int>> m_before;
    std::vector<std::vector<int>> m_after;
};

} // namespace clientele
