#include "settings/TierMapEditor.h"

#include "analytics/TierModelChecker.h"
#include "charts/ChartStyle.h"
#include "settings/TierCellsCommand.h"
#include "settings/TierMapModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace clientele {

namespace {

constexpr int kRowHeight = 34;

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    return QIcon(pixmap);
}

} // namespace

TierMapEditor::TierMapEditor(QWidget* parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
    , m_gridModel(new TierMapModel(this))
{
    setObjectName(QStringLiteral("tierMapEditor"));
    m_map = new QComboBox(this);
    m_map->setObjectName(QStringLiteral("tierMapModel"));
    m_sliceBox = new QWidget(this);
    auto* undo = new QPushButton(tr("Undo"), this);
    undo->setObjectName(QStringLiteral("tierMapUndo"));
    auto* redo = new QPushButton(tr("Redo"), this);
    redo->setObjectName(QStringLiteral("tierMapRedo"));
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undo,
            [undo](const QString& text) { undo->setToolTip(text); });
    connect(m_undo, &QUndoStack::redoTextChanged, redo,
            [redo](const QString& text) { redo->setToolTip(text); });
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    m_reset = new QPushButton(tr("Reset to the &built-in map"), this);
    m_reset->setObjectName(QStringLiteral("tierMapReset"));
    m_reset->setToolTip(tr("Put the shipped cells back (stored on Apply; undo takes it back)"));
    connect(m_reset, &QPushButton::clicked, this, &TierMapEditor::resetToBuiltIn);

    auto* top = new QHBoxLayout;
    auto* mapLabel = new QLabel(tr("Ma&p:"), this);
    mapLabel->setBuddy(m_map);
    top->addWidget(mapLabel);
    top->addWidget(m_map);
    top->addWidget(m_sliceBox);
    top->addStretch(1);
    top->addWidget(undo);
    top->addWidget(redo);
    top->addWidget(m_reset);

    m_grid = new QTableView(this);
    m_grid->setObjectName(QStringLiteral("tierMapGrid"));
    m_grid->setModel(m_gridModel);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(true);
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(kRowHeight);
    m_grid->setMinimumWidth(480);
    connect(m_grid, &QWidget::customContextMenuRequested, this, &TierMapEditor::showContextMenu);

    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("tierMapLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("tierMapFindings"));
    m_findings->setWordWrap(true);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* side = new QVBoxLayout;
    side->addWidget(m_legend);
    side->addWidget(m_findings);
    side->addStretch(1);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_grid, 3);
    middle->addLayout(side, 2);

    m_segment = new QComboBox(this);
    m_segment->setObjectName(QStringLiteral("tierMapSegment"));
    m_assign = new QPushButton(tr("Assi&gn to the selected cells"), this);
    m_assign->setObjectName(QStringLiteral("tierMapAssign"));
    connect(m_assign, &QPushButton::clicked, this,
            [this] { assignSelection(m_segment->currentData().toString()); });
    m_allSlices = new QCheckBox(this);
    m_allSlices->setObjectName(QStringLiteral("tierMapAllSlices"));
    auto* assignRow = new QHBoxLayout;
    assignRow->addWidget(new QLabel(tr("Segment:"), this));
    assignRow->addWidget(m_segment);
    assignRow->addWidget(m_assign);
    assignRow->addWidget(m_allSlices);
    assignRow->addStretch(1);

    m_moveCount = new QLabel(this);
    m_moveCount->setObjectName(QStringLiteral("tierMapMoveCount"));
    m_moveCount->setWordWrap(true);
    QFont bold = m_moveCount->font();
    bold.setBold(true);
    m_moveCount->setFont(bold);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(middle);
    layout->addLayout(assignRow);
    layout->addWidget(m_moveCount);

    connect(m_map, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            showMap(m_map->currentData().toString());
    });
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TierMapEditor::updateButtons);
    updateButtons();
}

TierMapEditor::~TierMapEditor()
{
    // The commands call back into the editor: gone before its maps.
    m_undo->clear();
}

void TierMapEditor::setModels(const std::vector<TierModel>& models)
{
    const QString shown = m_shown;
    const std::vector<int> slice = m_gridModel->slice();
    m_undo->clear();
    m_gridModel->setMap(nullptr);
    m_stored = models;
    m_original.clear();
    m_maps.clear();
    for (const TierModel& model : models) {
        m_original.emplace(model.code(), TierMap(model));
        m_maps.emplace(model.code(), TierMap(model));
    }
    m_loading = true;
    m_map->clear();
    for (const TierModel& model : models)
        m_map->addItem(model.displayName(), model.code());
    m_loading = false;
    m_shown.clear();
    showMap(m_maps.count(shown) ? shown : (models.empty() ? QString() : models.front().code()));
    setSlice(slice);
}

std::vector<TierModel> TierMapEditor::models() const
{
    std::vector<TierModel> all;
    for (const TierModel& model : m_stored) {
        if (!isEdited(model.code())) {
            all.push_back(model);
            continue;
        }
        try {
            all.push_back(m_maps.at(model.code()).toModel());
        } catch (const std::exception&) {
            all.push_back(model); // cannot happen for cells of a valid model; the stored one stays
        }
    }
    return all;
}

std::vector<TierModel> TierMapEditor::editedModels() const
{
    std::vector<TierModel> edited;
    for (const TierModel& model : models())
        if (isEdited(model.code()))
            edited.push_back(model);
    return edited;
}

bool TierMapEditor::hasEdits() const
{
    return std::any_of(m_stored.begin(), m_stored.end(),
                       [this](const TierModel& model) { return isEdited(model.code()); });
}

bool TierMapEditor::isEdited(const QString& code) const
{
    const auto it = m_maps.find(code);
    return it != m_maps.end() && !it->second.sameCells(m_original.at(code));
}

const TierModel* TierMapEditor::storedModel(const QString& code) const
{
    for (const TierModel& model : m_stored)
        if (model.code() == code)
            return &model;
    return nullptr;
}

TierMap* TierMapEditor::shownMap()
{
    const auto it = m_maps.find(m_shown);
    return it == m_maps.end() ? nullptr : &it->second;
}

const TierMap* TierMapEditor::shownMap() const
{
    const auto it = m_maps.find(m_shown);
    return it == m_maps.end() ? nullptr : &it->second;
}

QString TierMapEditor::shownCode() const
{
    return m_shown;
}

TierModel TierMapEditor::shownModel() const
{
    for (const TierModel& model : models())
        if (model.code() == m_shown)
            return model;
    return {};
}

void TierMapEditor::showMap(const QString& code)
{
    if (code == m_shown && m_gridModel->rowCount() > 0)
        return;
    m_shown = m_maps.count(code) ? code : QString();
    m_loading = true;
    m_map->setCurrentIndex(m_map->findData(m_shown));
    m_loading = false;
    const TierMap* map = shownMap();
    m_gridModel->setMap(map);
    rebuildSliceControls();
    m_segment->clear();
    if (map) {
        const TierModel& model = map->base();
        for (int s = 0; s < static_cast<int>(model.segments().size()); ++s)
            m_segment->addItem(swatch(TierMapModel::segmentColor(s, ChartStyle::isDark(palette()))),
                               model.segmentDisplayName(s), model.segments()[static_cast<size_t>(s)].code);
        QStringList others;
        for (int d = 2; d < static_cast<int>(model.dimensions().size()); ++d)
            others << model.dimensionDisplayName(d);
        m_allSlices->setText(tr("For every level of %1").arg(others.join(QStringLiteral(", "))));
        m_allSlices->setVisible(!others.isEmpty());
        m_reset->setVisible(TierModel::builtIn(m_shown).has_value());
        const int header = m_grid->horizontalHeader()->sizeHint().height();
        m_grid->setFixedHeight(header + m_gridModel->rowCount() * kRowHeight + 2 * m_grid->frameWidth() + 2);
    }
    showFindings();
    updateButtons();
    emit shownMapChanged(m_shown);
}

void TierMapEditor::rebuildSliceControls()
{
    delete m_sliceBox->layout();
    qDeleteAll(m_sliceBox->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    m_sliceLevels.clear();
    auto* row = new QHBoxLayout(m_sliceBox);
    row->setContentsMargins(0, 0, 0, 0);
    const TierMap* map = shownMap();
    if (!map)
        return;
    const TierModel& model = map->base();
    for (int d = 2; d < static_cast<int>(model.dimensions().size()); ++d) {
        auto* label = new QLabel(tr("%1:").arg(model.dimensionDisplayName(d)), m_sliceBox);
        auto* levels = new QComboBox(m_sliceBox);
        levels->setObjectName(QStringLiteral("tierMapSlice%1").arg(d - 2));
        for (int level = 1; level <= model.dimensions()[static_cast<size_t>(d)].levels(); ++level)
            levels->addItem(QString::number(level), level);
        label->setBuddy(levels);
        connect(levels, &QComboBox::currentIndexChanged, this, &TierMapEditor::sliceChosen);
        row->addWidget(label);
        row->addWidget(levels);
        m_sliceLevels.push_back(levels);
    }
}

void TierMapEditor::setSlice(const std::vector<int>& levels)
{
    if (levels.size() != m_sliceLevels.size())
        return;
    for (size_t i = 0; i < levels.size(); ++i)
        m_sliceLevels[i]->setCurrentIndex(std::max(0, m_sliceLevels[i]->findData(levels[i])));
    sliceChosen();
}

void TierMapEditor::sliceChosen()
{
    std::vector<int> levels;
    for (QComboBox* combo : m_sliceLevels)
        levels.push_back(combo->currentData().toInt());
    m_grid->clearSelection();
    m_gridModel->setSlice(levels);
}

bool TierMapEditor::assignSelection(const QString& segmentCode)
{
    const TierMap* map = shownMap();
    if (!map)
        return false;
    QSet<int> chosen;
    for (const QModelIndex& index : m_grid->selectionModel()->selectedIndexes()) {
        const int cell = m_gridModel->cellAt(index);
        if (cell < 0)
            continue;
        if (!m_allSlices->isChecked() || !m_allSlices->isVisible()) {
            chosen.insert(cell);
            continue;
        }
        // The same row and column in every slice.
        const std::vector<int> levels = map->base().cellLevels(cell);
        for (int other = 0; other < map->cellCount(); ++other) {
            const std::vector<int> o = map->base().cellLevels(other);
            if (o[0] == levels[0] && (o.size() < 2 || o[1] == levels[1]))
                chosen.insert(other);
        }
    }
    std::vector<int> cells(chosen.begin(), chosen.end());
    std::sort(cells.begin(), cells.end());
    return assignCells(cells, segmentCode);
}

bool TierMapEditor::assignCells(const std::vector<int>& cells, const QString& segmentCode)
{
    const TierMap* map = shownMap();
    if (!map)
        return false;
    const int segment = map->base().segmentIndex(segmentCode);
    if (segment < 0)
        return false;
    std::vector<int> changed;
    std::vector<std::vector<int>> before, after;
    for (int cell : cells) {
        if (cell < 0 || cell >= map->cellCount() || map->segmentsAt(cell) == std::vector<int>{segment})
            continue;
        changed.push_back(cell);
        before.push_back(map->segmentsAt(cell));
        after.push_back({segment});
    }
    if (changed.empty())
        return false;
    const QString text = tr("Assign %n cell(s) to %1", nullptr, static_cast<int>(changed.size()))
                             .arg(map->base().segmentDisplayName(segment));
    m_undo->push(
        new TierCellsCommand(this, m_shown, std::move(changed), std::move(before), std::move(after), text));
    return true;
}

bool TierMapEditor::resetToBuiltIn()
{
    const TierMap* map = shownMap();
    const std::optional<TierModel> builtIn = TierModel::builtIn(m_shown);
    if (!map || !builtIn)
        return false;
    // The cells can be put back only over the same segments (the editor never adds or removes one).
    const auto& mine = map->base().segments();
    const auto& shipped = builtIn->segments();
    if (mine.size() != shipped.size() ||
        !std::equal(
            mine.begin(), mine.end(), shipped.begin(),
            [](const TierModel::Segment& a, const TierModel::Segment& b) { return a.code == b.code; }))
        return false;
    const TierMap target(*builtIn);
    std::vector<int> changed;
    std::vector<std::vector<int>> before, after;
    for (int cell = 0; cell < map->cellCount(); ++cell) {
        if (map->segmentsAt(cell) == target.segmentsAt(cell))
            continue;
        changed.push_back(cell);
        before.push_back(map->segmentsAt(cell));
        after.push_back(target.segmentsAt(cell));
    }
    if (changed.empty())
        return false;
    m_undo->push(new TierCellsCommand(this, m_shown, std::move(changed), std::move(before), std::move(after),
                                      tr("Reset “%1” to the built-in map").arg(builtIn->displayName())));
    return true;
}

void TierMapEditor::setCells(const QString& code,
                             const std::vector<int>& cells,
                             const std::vector<std::vector<int>>& segments)
{
    const auto it = m_maps.find(code);
    if (it == m_maps.end())
        return;
    for (size_t i = 0; i < cells.size() && i < segments.size(); ++i)
        it->second.setSegmentsAt(cells[i], segments[i]);
    if (m_shown != code)
        showMap(code);
    m_gridModel->refresh();
    showFindings();
    updateButtons();
    emit edited();
}

void TierMapEditor::showFindings()
{
    const TierMap* map = shownMap();
    if (!map) {
        m_legend->clear();
        m_findings->clear();
        return;
    }
    const TierModel& model = map->base();
    const std::vector<int> counts = map->cellsPerSegment();
    const bool dark = ChartStyle::isDark(palette());
    QStringList lines;
    for (int s = 0; s < static_cast<int>(model.segments().size()); ++s) {
        QString line =
            QStringLiteral("<span style=\"background-color:%1;\">&nbsp;&nbsp;&nbsp;&nbsp;</span> %2")
                .arg(TierMapModel::segmentColor(s, dark).name(),
                     tr("%1: %n cell(s)", nullptr, counts[static_cast<size_t>(s)])
                         .arg(model.segmentDisplayName(s))
                         .toHtmlEscaped());
        if (model.segments()[static_cast<size_t>(s)].code == model.unscoredSegment())
            line += QStringLiteral(" ") + tr("(and customers who never bought)").toHtmlEscaped();
        lines << line;
    }
    m_legend->setText(lines.join(QStringLiteral("<br>")));

    TierModel edited = model;
    try {
        edited = map->toModel();
    } catch (const std::exception&) {
    }
    const TierModelChecker::Report report = TierModelChecker::check(edited);
    if (report.isSound()) {
        m_findings->setText(
            tr("✔ Every cell belongs to exactly one segment, and every segment is reachable."));
        m_findings->setStyleSheet(QString());
    } else {
        m_findings->setText(tr("⚠ %1").arg(report.messages.join(QLatin1Char('\n'))));
        m_findings->setStyleSheet(report.isComplete() ? QStringLiteral("color: #b9770e;")
                                                      : QStringLiteral("color: #c0392b;"));
    }
}

void TierMapEditor::updateButtons()
{
    m_assign->setEnabled(shownMap() && m_grid->selectionModel()->hasSelection());
    for (int i = 0; i < m_map->count(); ++i) {
        const QString code = m_map->itemData(i).toString();
        const TierModel* stored = storedModel(code);
        if (stored)
            m_map->setItemText(i, isEdited(code) ? tr("%1 (edited)").arg(stored->displayName())
                                                 : stored->displayName());
    }
}

void TierMapEditor::showContextMenu(const QPoint& position)
{
    const TierMap* map = shownMap();
    if (!map || !m_grid->selectionModel()->hasSelection())
        return;
    QMenu menu(this);
    QMenu* assign = menu.addMenu(tr("Assign to"));
    const TierModel& model = map->base();
    const bool dark = ChartStyle::isDark(palette());
    for (int s = 0; s < static_cast<int>(model.segments().size()); ++s) {
        const QString code = model.segments()[static_cast<size_t>(s)].code;
        assign->addAction(swatch(TierMapModel::segmentColor(s, dark)), model.segmentDisplayName(s), this,
                          [this, code] { assignSelection(code); });
    }
    menu.exec(m_grid->viewport()->mapToGlobal(position));
}

void TierMapEditor::setMoveCount(const QString& text)
{
    m_moveCount->setText(text);
}

QString TierMapEditor::findingsText() const
{
    return m_findings->text();
}

QString TierMapEditor::moveCountText() const
{
    return m_moveCount->text();
}

void TierMapEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // The legend's and the segment combo's colours follow light and dark.
    showFindings();
    for (int s = 0; s < m_segment->count(); ++s)
        m_segment->setItemIcon(s, swatch(TierMapModel::segmentColor(s, ChartStyle::isDark(palette()))));
}

} // namespace clientele
