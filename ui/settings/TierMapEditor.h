#pragma once

#include "analytics/TierMap.h"
#include "analytics/TierModel.h"

#include <QWidget>

#include <map>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace clientele {

class TierMapModel;

// The tier map editor of the Settings page: pick a tier model, see its grid one slice at a time (R ×
// F for a chosen M score; for a ToB model revenue share × relationship for a chosen industry fit and
// renewal risk), each cell in its segment's colour; select cells and give them to a segment (the
// combo and button below the grid, or the grid's context menu), each assignment one step on the undo
// stack. Beside the grid, the segments with their cell counts and what TierModelChecker finds in the
// map as edited (gaps, overlaps, unreachable segments), kept up to date with every edit. The edits
// stay in memory: the page stores editedModels() on Apply.
class TierMapEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TierMapEditor(QWidget* parent = nullptr);
    ~TierMapEditor() override;

    // The stored models; forgets every edit and the undo history, keeps the map and slice shown
    // when the model is still there.
    void setModels(const std::vector<TierModel>& models);
    // Every model, the edited ones as edited.
    std::vector<TierModel> models() const;
    // Only the models whose cells differ from the stored ones.
    std::vector<TierModel> editedModels() const;
    bool hasEdits() const;
    bool isEdited(const QString& code) const;
    // The stored version of a model (null when there is none).
    const TierModel* storedModel(const QString& code) const;

    void showMap(const QString& code);
    QString shownCode() const;
    // The shown model as edited.
    TierModel shownModel() const;
    // Levels of the dimensions after the first two (the M score of an RFM map).
    void setSlice(const std::vector<int>& levels);

    // Gives the selected cells to the segment as one undoable step (across every slice when the
    // "all levels" box is ticked). False when nothing is selected or nothing would change.
    bool assignSelection(const QString& segmentCode);
    // Gives the cells to the segment as one undoable step; false when nothing would change.
    bool assignCells(const std::vector<int>& cells, const QString& segmentCode);
    // Puts the shipped map back (one undoable step); false for a model that is not built in.
    bool resetToBuiltIn();

    // Called by TierCellsCommand: sets the cells of a model's map and shows that map.
    void setCells(const QString& code,
                  const std::vector<int>& cells,
                  const std::vector<std::vector<int>>& segments);

    // The page's count of the customers the shown map's edits move.
    void setMoveCount(const QString& text);

    QUndoStack* undoStack() const { return m_undo; }
    QTableView* grid() const { return m_grid; }
    TierMapModel* gridModel() const { return m_gridModel; }
    QString findingsText() const;
    QString moveCountText() const;

signals:
    // The cells of some map changed (an assignment, an undo or redo, a reset).
    void edited();
    void shownMapChanged(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildSliceControls();
    void sliceChosen();
    void showFindings();
    void updateButtons();
    void showContextMenu(const QPoint& position);
    TierMap* shownMap();
    const TierMap* shownMap() const;

    std::vector<TierModel> m_stored;
    std::map<QString, TierMap> m_original; // by code, from the stored models
    std::map<QString, TierMap> m_maps;     // by code, as edited
    QString m_shown;

    QUndoStack* m_undo = nullptr;
    TierMapModel* m_gridModel = nullptr;
    QComboBox* m_map = nullptr;
    QWidget* m_sliceBox = nullptr;
    std::vector<QComboBox*> m_sliceLevels;
    QTableView* m_grid = nullptr;
    QLabel* m_legend = nullptr;
    QLabel* m_findings = nullptr;
    QComboBox* m_segment = nullptr;
    QPushButton* m_assign = nullptr;
    QCheckBox* m_allSlices = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_moveCount = nullptr;
    bool m_loading = false;
};

} // namespace clientele
