#include "segments/SegmentsPage.h"

#include "CustomerListWait.h"
#include "DatabaseSession.h"
#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "analysis/AnalysisService.h"
#include "analytics/AnalysisPeriod.h"
#include "analytics/KpiCatalog.h"
#include "analytics/TierNames.h"
#include "charts/ChartExport.h"
#include "charts/HeatmapWidget.h"
#include "customers/CustomerFilterBar.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "generator/SampleDatabaseWriter.h"
#include "segments/AtRiskTable.h"
#include "segments/KpiCard.h"
#include "segments/LifecycleFunnelChart.h"
#include "segments/PeriodPicker.h"
#include "segments/SegmentFormat.h"
#include "segments/TierDonutChart.h"
#include "segments/TierMigrationView.h"
#include "storage/Database.h"

#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <cmath>
#include <functional>
#include <gtest/gtest.h>
#include <map>
#include <set>

using namespace clientele;

namespace {

constexpr int kWaitMs = 120000;

class SegmentsPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        writeSampleDatabase(db->connection(), db->dialect(), SampleSpec{300, 3000, 5, true});
        page.resize(1280, 900);
        page.setService(&service);
        page.show();
        QSignalSpy shown(&page, &SegmentsPage::overviewShown);
        QSignalSpy kpis(&page, &SegmentsPage::kpisShown);
        service.setDatabase(db.get());
        ASSERT_TRUE(shown.wait(kWaitMs));
        ASSERT_TRUE(kpis.count() > 0 || kpis.wait(kWaitMs));
        expected = AnalyticsEngine(db->connection(), db->dialect()).run(service.engineOptions());
    }

    std::map<QString, int> expectedTierCounts() const
    {
        std::map<QString, int> counts;
        for (const CustomerAnalysis& c : expected.customers)
            ++counts[c.tier.segment];
        return counts;
    }

    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    AnalysisService service;
    SegmentsPage page;
    AnalyticsEngine::Result expected;
};

// The centre of a donut slice's ring, in the view's coordinates.
QPoint sliceCentre(TierDonutChart* chart, QPieSlice* slice)
{
    const QRectF plot = chart->chart()->plotArea();
    const double radius = std::min(plot.width(), plot.height()) / 2.0;
    const double ring = radius * (chart->series()->pieSize() + chart->series()->holeSize()) / 2.0;
    const double angle = (slice->startAngle() + slice->angleSpan() / 2.0) * M_PI / 180.0;
    const QPointF scene =
        chart->chart()->mapToScene(plot.center() + QPointF(std::sin(angle) * ring, -std::cos(angle) * ring));
    return chart->mapFromScene(scene);
}

} // namespace

TEST_F(SegmentsPageTest, KpiCardsShowTheCalculatorsValuesForTheLatestQuarter)
{
    const QString latest = AnalysisPeriod::containing(expected.asOf, AnalysisPeriod::Kind::Quarter).code();
    EXPECT_EQ(page.periodPicker()->currentPeriod(), latest);
    EXPECT_EQ(page.shownKpiPeriod(), latest);

    const KpiReport report =
        KpiCalculator(db->connection(), db->dialect()).calculate(*AnalysisPeriod::parse(latest), {});
    int checked = 0;
    for (const KpiRow& row : report.rows) {
        if (!row.tier.isEmpty())
            continue;
        KpiCard* card = page.kpiCard(row.code);
        ASSERT_NE(card, nullptr) << row.code.toStdString();
        EXPECT_EQ(card->valueText(), SegmentFormat::kpiValue(card->definition().unit, row.value))
            << row.code.toStdString();
        if (row.change) {
            EXPECT_TRUE(
                card->changeText().startsWith(SegmentFormat::kpiChange(card->definition().unit, *row.change)))
                << row.code.toStdString() << ": " << card->changeText().toStdString();
        }
        // The written definition is the card's tooltip.
        EXPECT_TRUE(card->toolTip().contains(KpiCatalog::find(row.code)->formula.toHtmlEscaped()));
        ++checked;
    }
    EXPECT_EQ(checked, static_cast<int>(KpiCatalog::definitions().size()));
    EXPECT_NE(page.kpiCard(QString::fromLatin1(KpiCatalog::ActiveCustomers))->valueText(),
              QStringLiteral("–"));

    // Another period: the cards follow.
    const QString previous = AnalysisPeriod::parse(latest)->previous().code();
    QSignalSpy kpis(&page, &SegmentsPage::kpisShown);
    ASSERT_TRUE(page.periodPicker()->setCurrentPeriod(previous));
    ASSERT_TRUE(kpis.wait(kWaitMs));
    EXPECT_EQ(page.shownKpiPeriod(), previous);
    const KpiReport before =
        KpiCalculator(db->connection(), db->dialect()).calculate(*AnalysisPeriod::parse(previous), {});
    KpiCard* active = page.kpiCard(QString::fromLatin1(KpiCatalog::ActiveCustomers));
    EXPECT_EQ(active->valueText(), SegmentFormat::kpiValue(KpiUnit::Count, before.rows.front().value));
}

TEST_F(SegmentsPageTest, DonutSlicesHeatmapAndFunnelCountTheEnginesCustomers)
{
    const std::map<QString, int> tiers = expectedTierCounts();
    QPieSeries* series = page.tierChart()->series();
    ASSERT_EQ(series->count(), static_cast<int>(tiers.size()));
    for (const auto& [tier, count] : tiers) {
        QPieSlice* slice = page.tierChart()->sliceOf(tier);
        ASSERT_NE(slice, nullptr) << tier.toStdString();
        EXPECT_EQ(static_cast<int>(slice->value()), count) << tier.toStdString();
    }
    EXPECT_GT(series->holeSize(), 0.0);

    std::map<std::pair<int, int>, int> cells;
    std::map<LifecycleStage, int> stages;
    for (const CustomerAnalysis& c : expected.customers) {
        if (c.rfm.score.isScored())
            ++cells[{c.rfm.score.r, c.rfm.score.f}];
        ++stages[c.stage()];
    }
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            EXPECT_EQ(page.rfmHeatmap()->value(5 - r, f - 1), (cells[{r, f}])) << "R" << r << " F" << f;
    EXPECT_TRUE(page.rfmHeatmap()->toolTip(0, 4).contains(QStringLiteral("R 5 · F 5")));

    QBarSet* bars = page.funnelChart()->barSet();
    ASSERT_EQ(bars->count(), static_cast<int>(allLifecycleStages().size()));
    for (int i = 0; i < bars->count(); ++i)
        EXPECT_EQ(static_cast<int>(bars->at(i)), stages[page.funnelChart()->stageAt(i)]);
    // Read from the top, the funnel starts with the prospects.
    EXPECT_EQ(page.funnelChart()->stageAt(bars->count() - 1), LifecycleStage::Prospect);
}

TEST_F(SegmentsPageTest, ClickingAChartElementAsksForItsCustomers)
{
    QSignalSpy requested(&page, &SegmentsPage::customersRequested);

    QPieSlice* slice = page.tierChart()->series()->slices().constFirst();
    QTest::mouseClick(page.tierChart()->viewport(), Qt::LeftButton, {}, sliceCentre(page.tierChart(), slice));
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.takeFirst().at(0).value<SegmentFilter>().tier, page.tierChart()->tierOf(slice));

    // The fullest heatmap cell.
    int bestRow = 0, bestColumn = 0;
    for (int row = 0; row < 5; ++row)
        for (int column = 0; column < 5; ++column)
            if (page.rfmHeatmap()->value(row, column) > page.rfmHeatmap()->value(bestRow, bestColumn))
                bestRow = row, bestColumn = column;
    QTest::mouseClick(page.rfmHeatmap(), Qt::LeftButton, {},
                      page.rfmHeatmap()->cellRect(bestRow, bestColumn).center());
    ASSERT_EQ(requested.count(), 1);
    const SegmentFilter cell = requested.takeFirst().at(0).value<SegmentFilter>();
    EXPECT_EQ(cell.r, 5 - bestRow);
    EXPECT_EQ(cell.f, bestColumn + 1);

    emit page.funnelChart()->barSet()->clicked(page.funnelChart()->barSet()->count() - 1);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.takeFirst().at(0).value<SegmentFilter>().stage, QStringLiteral("prospect"));

    ASSERT_GT(page.atRiskTable()->rowCount(), 0);
    emit page.atRiskTable()->cellClicked(0, AtRiskTable::NameColumn);
    ASSERT_EQ(requested.count(), 1);
    const SegmentFilter customer = requested.takeFirst().at(0).value<SegmentFilter>();
    EXPECT_EQ(customer.customerId, page.atRiskTable()->customerIdAt(0));
    EXPECT_EQ(customer.customerCode, page.atRiskTable()->item(0, AtRiskTable::CodeColumn)->text());
}

TEST_F(SegmentsPageTest, AtRiskTableListsHighRiskFirstWithReasons)
{
    int high = 0;
    for (const CustomerAnalysis& c : expected.customers)
        high += c.risk.level == ChurnRiskLevel::High ? 1 : 0;
    AtRiskTable* table = page.atRiskTable();
    ASSERT_GT(table->rowCount(), 0);
    bool seenLower = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        const bool isHigh = table->item(row, AtRiskTable::RiskColumn)->text() ==
                            TierNames::displayName(QStringLiteral("high"));
        EXPECT_FALSE(isHigh && seenLower) << "row " << row;
        seenLower = seenLower || !isHigh;
        EXPECT_FALSE(table->item(row, AtRiskTable::ReasonsColumn)->text().isEmpty()) << "row " << row;
    }
    EXPECT_LE(table->rowCount(), SegmentOverview::kAtRiskLimit);
    if (high >= SegmentOverview::kAtRiskLimit) {
        EXPECT_FALSE(seenLower);
    }
}

TEST_F(SegmentsPageTest, ChartsSaveAsPngAndSvg)
{
    const QString png = ws.path(QStringLiteral("tiers.png"));
    const QString svg = ws.path(QStringLiteral("heatmap.svg"));
    QString error;
    ASSERT_TRUE(ChartExport::save(page.tierChart(), png, &error)) << error.toStdString();
    ASSERT_TRUE(ChartExport::save(page.rfmHeatmap(), svg, &error)) << error.toStdString();

    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), page.tierChart()->size() * page.tierChart()->devicePixelRatio());
    // Not a blank picture: the slices bring several colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 5);

    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("<svg")));
    EXPECT_TRUE(text.contains(page.rfmHeatmap()->windowTitle().toHtmlEscaped()));
    // The cell counts are written as text, not pixels.
    EXPECT_TRUE(text.contains(QStringLiteral(">%1<").arg(page.rfmHeatmap()->value(0, 4))));

    // Through the dialog seam, as the context menu does it; a missing suffix becomes .png.
    ScriptedDialogs dialogs;
    dialogs.fileNames << ws.path(QStringLiteral("funnel"));
    ChartExport::saveWithDialog(page.funnelChart(), page.funnelChart()->windowTitle());
    EXPECT_TRUE(dialogs.errors.isEmpty());
    EXPECT_FALSE(QImage(ws.path(QStringLiteral("funnel.png"))).isNull());
}

TEST_F(SegmentsPageTest, ChartsFollowADarkPalette)
{
    EXPECT_EQ(page.tierChart()->chart()->theme(), QChart::ChartThemeLight);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1b));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    page.setPalette(dark);
    EXPECT_EQ(page.tierChart()->chart()->theme(), QChart::ChartThemeDark);
    EXPECT_EQ(page.funnelChart()->chart()->backgroundBrush().color(), dark.color(QPalette::Window));
    EXPECT_EQ(page.tierChart()->chart()->titleBrush().color(), dark.color(QPalette::WindowText));
    const QImage heatmap = ChartExport::image(page.rfmHeatmap());
    EXPECT_LT(QColor(heatmap.pixel(2, 2)).lightness(), 100);
}

namespace {

// The whole window: a click on a Segments chart opens the customer list filtered to its customers.
class SegmentsDrillDownTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        {
            auto db = ws.openDatabase();
            writeSampleDatabase(db->connection(), db->dialect(), SampleSpec{300, 3000, 9, true});
        }
        window.session()->setBackupRoot(ws.backupRoot());
        window.resize(1280, 900);
        QSignalSpy finished(window.analysisService(), &AnalysisService::finished);
        ASSERT_TRUE(window.session()->openFile(ws.databasePath()));
        ASSERT_TRUE(finished.wait(kWaitMs));
        window.showPage(MainWindow::SegmentsPageId);
        window.show();
    }
    void TearDown() override { QSettings().clear(); }

    // The ids the list shows for its current query (every page fetched), and its total.
    std::set<qint64> listedIds()
    {
        CustomerTableModel* model = window.customersPage()->model();
        // The list reads on a worker thread: its rows come after the drill-down returns.
        EXPECT_TRUE(test::waitForList(*window.customersPage()));
        while (model->canFetchMore({})) {
            model->fetchMore({});
            EXPECT_TRUE(test::waitForList(*model));
        }
        std::set<qint64> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.insert(model->idAt(row));
        EXPECT_EQ(static_cast<int>(ids.size()), model->totalCount());
        return ids;
    }
    // The ids of the current analysis that satisfy `keep`.
    std::set<qint64> analysedIds(const std::function<bool(const CustomerAnalysis&)>& keep) const
    {
        std::set<qint64> ids;
        for (const CustomerAnalysis& c : window.analysisService()->result()->customers)
            if (keep(c))
                ids.insert(c.figures.customerId);
        return ids;
    }

    test::TempWorkspace ws;
    ScriptedDialogs dialogs;
    MainWindow window;
};

} // namespace

TEST_F(SegmentsDrillDownTest, ChartElementsFilterTheCustomerListToTheirCustomers)
{
    SegmentsPage* page = window.segmentsPage();
    ASSERT_TRUE(page->hasOverview());

    // A donut slice: the tier's customers, no others.
    QPieSlice* slice = page->tierChart()->series()->slices().constLast();
    const QString tier = page->tierChart()->tierOf(slice);
    QTest::mouseClick(page->tierChart()->viewport(), Qt::LeftButton, {},
                      sliceCentre(page->tierChart(), slice));
    EXPECT_EQ(window.currentPage(), MainWindow::CustomersPageId);
    const std::set<qint64> tierIds =
        analysedIds([&](const CustomerAnalysis& c) { return c.tier.segment == tier; });
    ASSERT_FALSE(tierIds.empty());
    EXPECT_EQ(listedIds(), tierIds);
    auto* note = window.customersPage()->findChild<QLabel*>(QStringLiteral("segmentFilterNote"));
    ASSERT_NE(note, nullptr);
    // The tier is chosen in the list's filter bar (the note above the list is for R and F only).
    QComboBox* tierBox = window.customersPage()->filterBar()->tierBox();
    EXPECT_EQ(tierBox->currentData().toString(), tier);
    EXPECT_EQ(tierBox->currentText(), TierNames::displayName(tier));

    // A heatmap cell: R and F both match.
    window.showPage(MainWindow::SegmentsPageId);
    HeatmapWidget* heatmap = page->rfmHeatmap();
    QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellRect(0, 0).center()); // R 5, F 1
    const std::set<qint64> cellIds =
        analysedIds([](const CustomerAnalysis& c) { return c.rfm.score.r == 5 && c.rfm.score.f == 1; });
    if (cellIds.empty()) {
        EXPECT_EQ(window.currentPage(), MainWindow::SegmentsPageId); // an empty cell leads nowhere
    } else {
        EXPECT_EQ(window.currentPage(), MainWindow::CustomersPageId);
        EXPECT_EQ(listedIds(), cellIds);
    }

    // A funnel bar: the stage's customers.
    window.showPage(MainWindow::SegmentsPageId);
    const int top = page->funnelChart()->barSet()->count() - 1;
    emit page->funnelChart()->barSet()->clicked(top);
    EXPECT_EQ(listedIds(),
              analysedIds([](const CustomerAnalysis& c) { return c.stage() == LifecycleStage::Prospect; }));

    // An at-risk row: that customer, selected.
    window.showPage(MainWindow::SegmentsPageId);
    ASSERT_GT(page->atRiskTable()->rowCount(), 0);
    const qint64 risky = page->atRiskTable()->customerIdAt(0);
    emit page->atRiskTable()->cellClicked(0, AtRiskTable::CodeColumn);
    EXPECT_TRUE(listedIds().count(risky));
    EXPECT_EQ(window.customersPage()->selectedCustomerId(), risky);

    // "Show all customers" drops the segment filter.
    emit note->linkActivated(QStringLiteral("clear"));
    window.customersPage()->searchEdit()->clear();
    QMetaObject::invokeMethod(window.customersPage()->searchEdit(), "returnPressed");
    EXPECT_FALSE(note->isVisible());
    ASSERT_TRUE(test::waitForList(*window.customersPage()));
    EXPECT_EQ(window.customersPage()->model()->totalCount(),
              static_cast<int>(window.analysisService()->result()->customers.size()));
}

TEST_F(SegmentsDrillDownTest, MigrationMatrixMadeFromNewSnapshotsSurvivesAPaletteChange)
{
    TierMigrationView* migration = window.segmentsPage()->migrationView();
    QSignalSpy ready(window.analysisService(), &AnalysisService::migrationReady);
    ASSERT_TRUE(ready.count() > 0 || ready.wait(kWaitMs));
    ASSERT_TRUE(migration->createButton()->isVisibleTo(migration)); // no snapshots kept yet
    migration->createButton()->click();
    ASSERT_TRUE(ready.wait(kWaitMs));
    ASSERT_GT(migration->table()->rowCount(), 0);
    int total = 0;
    for (int row = 0; row < migration->table()->rowCount(); ++row)
        for (int column = 0; column < migration->table()->columnCount(); ++column)
            total += migration->table()->item(row, column)->data(Qt::UserRole).toInt();
    EXPECT_GT(total, 0);
    const QColor before = migration->table()->item(0, 0)->background().color();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1b));
    window.setPalette(dark);
    ASSERT_GT(migration->table()->rowCount(), 0);
    if (migration->table()->item(0, 0)->data(Qt::UserRole).toInt() == 0) {
        EXPECT_NE(migration->table()->item(0, 0)->background().color(), before);
    }
}
