// The import wizard driven as a user would, on real CSV files and a real database: mapping, dry-run
// preview, import, ambiguous dates, cancel, saved mappings and rollback from the history.
#include "import/ImportWizard.h"

#include "DatabaseSession.h"
#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "Translations.h"
#include "import/ImportFilePage.h"
#include "import/ImportHistoryWidget.h"
#include "import/ImportMappingPage.h"
#include "import/ImportPage.h"
#include "import/ImportPreviewPage.h"
#include "import/ImportReportModel.h"
#include "import/ImportRunPage.h"
#include "import/ImportSheetPage.h"
#include "import/ImportSummaryPage.h"
#include "import/TextEncodingDetector.h"
#include "storage/DatabaseStatistics.h"
#include "storage/ImportStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

constexpr int kWaitMs = 30000;

// 订单号,客户编号,客户名称,订单日期,销售额: five order lines, two customers, one walk-in sale.
const char* const kChineseOrders = "订单号,客户编号,客户名称,订单日期,销售额\n"
                                   "SO-001,C001,张三贸易,2024-03-01,\"1,234.50\"\n"
                                   "SO-002,C001,张三贸易,2024-03-05,99.90\n"
                                   "SO-003,C002,李四商行,2024-04-10,500\n"
                                   "SO-004,,散客,2024-04-11,20\n"
                                   "SO-005,C002,李四商行,2024-05-02,¥88.00\n";

class ImportWizardTest : public ::testing::Test
{
protected:
    QString writeFile(const QString& name, const QString& text, const char* encoding = "UTF-8")
    {
        QStringEncoder encoder(encoding);
        EXPECT_TRUE(encoder.isValid()) << encoding;
        const QByteArray bytes = encoder.encode(text);
        const QString path = ws.path(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }
    QString chineseOrders()
    {
        return writeFile(QStringLiteral("订单.csv"), QString::fromUtf8(kChineseOrders), "GB18030");
    }

    DatabaseStatistics stats() const { return DatabaseStatistics::collect(db->connection()); }
    QList<ImportBatch> history() const { return ImportStore(db->connection(), db->dialect()).history(); }

    // File page -> sheet page -> mapping page.
    void openMapping(ImportWizard& wizard, const QString& path)
    {
        wizard.show();
        wizard.setFilePath(path);
        ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.filePage()->isComplete(); }, kWaitMs))
            << wizard.inspection().error.toStdString();
        wizard.next();
        ASSERT_EQ(wizard.currentId(), ImportWizard::SheetPageId);
        wizard.next();
        ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPageId);
    }
    // Mapping page -> preview, waiting for the dry run.
    void preview(ImportWizard& wizard)
    {
        wizard.next();
        ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPageId);
        ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.previewPage()->isFinished(); }, kWaitMs));
    }
    // Preview -> import -> summary.
    void runImport(ImportWizard& wizard)
    {
        ASSERT_TRUE(wizard.previewPage()->isComplete()) << wizard.previewPage()->error().toStdString();
        wizard.next();
        ASSERT_EQ(wizard.currentId(), ImportWizard::RunPageId);
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return wizard.currentId() == ImportWizard::SummaryPageId; }, kWaitMs));
    }

    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    ScriptedDialogs interaction;
};

TEST_F(ImportWizardTest, MapsPreviewsAndImportsAChineseGb18030File)
{
    ASSERT_TRUE(TextEncodingDetector::isAvailable(QStringLiteral("GB18030")));
    const QString path = chineseOrders();
    ImportWizard wizard(db.get());
    openMapping(wizard, path);

    EXPECT_EQ(wizard.inspection().encoding, QStringLiteral("GB18030"));
    EXPECT_EQ(wizard.inspection().headers.value(0), QStringLiteral("订单号"));
    EXPECT_EQ(wizard.sheetPage()->kind(), ImportKind::Orders); // guessed from the header names
    const auto mapping = wizard.mappingPage()->mapping();
    EXPECT_EQ(mapping.value(0), QStringLiteral("order_code"));
    EXPECT_EQ(mapping.value(1), QStringLiteral("customer_code"));
    EXPECT_EQ(mapping.value(2), QStringLiteral("customer_name"));
    EXPECT_EQ(mapping.value(3), QStringLiteral("ordered_at"));
    EXPECT_EQ(mapping.value(4), QStringLiteral("amount"));
    EXPECT_TRUE(wizard.mappingPage()->missingFields().isEmpty());
    EXPECT_TRUE(wizard.mappingPage()->isComplete());
    // The table shows the samples of each column.
    const QAbstractItemModel* table = wizard.mappingPage()->view()->model();
    EXPECT_EQ(table->index(2, ImportMappingPage::FirstSampleColumn).data().toString(),
              QStringLiteral("张三贸易"));

    // Unmapping the date (required) makes the page incomplete; mapping it again completes it.
    wizard.mappingPage()->setField(3, QString());
    EXPECT_FALSE(wizard.mappingPage()->isComplete());
    EXPECT_EQ(wizard.mappingPage()->missingFields().size(), 1);
    wizard.mappingPage()->setField(3, QStringLiteral("ordered_at"));
    EXPECT_TRUE(wizard.mappingPage()->isComplete());

    preview(wizard);
    const ImportPreviewPage* page = wizard.previewPage();
    ASSERT_TRUE(page->error().isEmpty()) << page->error().toStdString();
    EXPECT_TRUE(page->report().dryRun);
    EXPECT_EQ(page->report().rowsRead, 5);
    EXPECT_EQ(page->report().imported, 5);
    EXPECT_EQ(page->report().customersCreated, 2);
    EXPECT_EQ(page->report().rowsWithoutCustomer, 1);
    EXPECT_EQ(page->report().duplicates, 0);
    EXPECT_EQ(page->report().skipped, 0);
    EXPECT_EQ(page->actionsModel()->rowCount(), 5);
    // The first rows as they will be stored: amounts exact, dates as dates.
    ASSERT_EQ(page->rowsModel()->rowCount(), 5);
    EXPECT_EQ(page->rowsModel()->item(0, 5)->text(), QStringLiteral("1234.50"));
    EXPECT_EQ(page->rowsModel()->item(4, 5)->text(), QStringLiteral("88.00"));
    EXPECT_EQ(page->rowsModel()->item(0, 4)->text(), QStringLiteral("2024-03-01"));
    // The dry run wrote nothing.
    EXPECT_EQ(stats().customers, 0);
    EXPECT_EQ(stats().orderLines, 0);
    EXPECT_TRUE(history().isEmpty());

    QSignalSpy imported(&wizard, &ImportWizard::imported);
    runImport(wizard);
    EXPECT_EQ(imported.count(), 1);
    EXPECT_TRUE(wizard.report().committed);
    EXPECT_EQ(wizard.report().imported, 5);
    const DatabaseStatistics after = stats();
    EXPECT_EQ(after.customers, 2);
    EXPECT_EQ(after.orders, 5);
    EXPECT_EQ(after.orderLines, 5);
    ASSERT_EQ(history().size(), 1);
    EXPECT_EQ(history().first().imported, 5);
    EXPECT_TRUE(
        wizard.summaryPage()->summaryText().contains(QStringLiteral("#%1").arg(wizard.report().batchId)));
    EXPECT_FALSE(wizard.summaryPage()->saveButton()->isVisibleTo(&wizard)); // no rejected rows

    // The same file again: every line is a duplicate.
    ImportWizard again(db.get());
    openMapping(again, path);
    preview(again);
    EXPECT_EQ(again.previewPage()->report().duplicates, 5);
    EXPECT_EQ(again.previewPage()->report().imported, 0);
}

TEST_F(ImportWizardTest, AmbiguousDatesStopThePreviewUntilTheOrderIsChosen)
{
    const QString path =
        writeFile(QStringLiteral("ambiguous.csv"), QStringLiteral("Order ID,Customer ID,Order Date,Amount\n"
                                                                  "A1,C1,03/04/2024,10.00\n"
                                                                  "A2,C1,05/06/2024,20.00\n"
                                                                  "A3,C2,07/08/2024,30.00\n"));
    ImportWizard wizard(db.get());
    openMapping(wizard, path);
    preview(wizard);
    const QString error = wizard.previewPage()->error();
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("ambiguous.csv"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("Row 2, column C"))) << error.toStdString();
    EXPECT_FALSE(wizard.previewPage()->isComplete());
    ASSERT_EQ(interaction.errors.size(), 1);
    EXPECT_TRUE(interaction.errors.first().contains(QStringLiteral("03/04/2024")))
        << interaction.errors.first().toStdString();

    if (const QString dir = qEnvironmentVariable("IMPORT_SCREENSHOT_DIR"); !dir.isEmpty()) {
        wizard.resize(1000, 700);
        QApplication::processEvents();
        EXPECT_TRUE(wizard.grab().save(dir + QStringLiteral("/import-4-preview-date-error-en.png")));
    }
    // The page offers the way back to the date order.
    auto* backToMapping = wizard.previewPage()->findChild<QPushButton*>(QStringLiteral("backToMapping"));
    ASSERT_NE(backToMapping, nullptr);
    ASSERT_TRUE(backToMapping->isVisible());
    backToMapping->click();
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPageId);
    wizard.mappingPage()->setDateOrder(DateOrder::DayMonthYear);
    preview(wizard);
    ASSERT_TRUE(wizard.previewPage()->error().isEmpty()) << wizard.previewPage()->error().toStdString();
    EXPECT_EQ(wizard.previewPage()->report().imported, 3);
    EXPECT_EQ(wizard.previewPage()->rowsModel()->item(0, 3)->text(), QStringLiteral("2024-04-03"));
    runImport(wizard);
    EXPECT_TRUE(wizard.report().committed);
    EXPECT_EQ(stats().orderLines, 3);
    EXPECT_EQ(stats().customers, 2);
}

TEST_F(ImportWizardTest, RejectedRowsBlockStrictModeAndAreSkippedInLenientMode)
{
    const QString path =
        writeFile(QStringLiteral("bad.csv"), QStringLiteral("订单号,客户编号,订单日期,销售额\n"
                                                            "B1,C1,2024-01-02,10\n"
                                                            "B2,C1,not a date,20\n"
                                                            "B3,C2,2024-01-04,30\n"));
    ImportWizard wizard(db.get());
    openMapping(wizard, path);
    preview(wizard);
    const ImportPreviewPage* page = wizard.previewPage();
    EXPECT_EQ(page->report().skipped, 1);
    EXPECT_FALSE(page->isComplete()); // strict: nothing would be imported
    ASSERT_EQ(page->issuesModel()->rowCount(), 1);
    EXPECT_EQ(page->issuesModel()->index(0, 0).data().toLongLong(), 3); // the spreadsheet's row 3
    EXPECT_TRUE(page->issuesModel()->index(0, 0).data(ImportReportModel::RejectedRole).toBool());
    EXPECT_TRUE(page->rowsModel()->item(1, 0)->background().color() != QColor(Qt::white));
    // The filter narrows the row list to the rejected row.
    wizard.previewPage()->setRejectedOnly(true);
    EXPECT_EQ(page->actionsFilter()->rowCount(), 1);
    wizard.previewPage()->setRejectedOnly(false);
    wizard.previewPage()->setFilterText(QStringLiteral("B3"));
    EXPECT_EQ(page->actionsFilter()->rowCount(), 1);
    wizard.previewPage()->setFilterText(QString());

    wizard.back();
    wizard.mappingPage()->setMode(ImportOptions::Mode::Lenient);
    preview(wizard);
    EXPECT_TRUE(wizard.previewPage()->isComplete());
    runImport(wizard);
    EXPECT_EQ(stats().orderLines, 2);
    EXPECT_EQ(wizard.report().skipped, 1);
    EXPECT_TRUE(wizard.summaryPage()->saveButton()->isVisibleTo(&wizard));
    const QString errors = ws.path(QStringLiteral("errors.csv"));
    ASSERT_TRUE(wizard.summaryPage()->saveErrorReport(errors));
    QFile file(errors);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("not a date"))) << text.toStdString();
}

TEST_F(ImportWizardTest, CancellingTheImportLeavesTheDatabaseUnchanged)
{
    QString text = QStringLiteral("Order ID,Customer ID,Order Date,Amount\n");
    for (int i = 0; i < 10000; ++i)
        text += QStringLiteral("O%1,C%2,2024-02-%3,%4.50\n").arg(i).arg(i % 500).arg(1 + i % 28).arg(i % 90);
    const QString path = writeFile(QStringLiteral("big.csv"), text);
    ImportWizard wizard(db.get());
    openMapping(wizard, path);
    wizard.mappingPage()->setMode(ImportOptions::Mode::Lenient);
    preview(wizard);
    ASSERT_TRUE(wizard.previewPage()->isComplete());
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::RunPageId);
    ASSERT_TRUE(wizard.runPage()->isRunning());
    wizard.runPage()->cancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.runPage()->isFinished(); }, kWaitMs));
    EXPECT_TRUE(wizard.report().cancelled);
    EXPECT_FALSE(wizard.report().committed);
    EXPECT_EQ(stats().customers, 0);
    EXPECT_EQ(stats().orderLines, 0);
    EXPECT_TRUE(history().isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.currentId() == ImportWizard::SummaryPageId; }, kWaitMs));
    EXPECT_TRUE(wizard.summaryPage()->summaryText().contains(QStringLiteral("cancelled")));
}

TEST_F(ImportWizardTest, ASavedMappingIsOfferedForTheSameHeader)
{
    const QString path = writeFile(QStringLiteral("odd.csv"), QStringLiteral("Ref,Who,When,Value,Memo\n"
                                                                             "R1,K1,2024-06-01,5.00,x\n"));
    {
        ImportWizard wizard(db.get());
        openMapping(wizard, path);
        wizard.sheetPage(); // "Ref" and friends mean nothing to the automatic mapping
        EXPECT_FALSE(wizard.mappingPage()->isComplete());
        EXPECT_TRUE(wizard.mappingPage()->profileName().isEmpty());
        wizard.mappingPage()->setField(0, QStringLiteral("order_code"));
        wizard.mappingPage()->setField(1, QStringLiteral("customer_code"));
        wizard.mappingPage()->setField(2, QStringLiteral("ordered_at"));
        wizard.mappingPage()->setField(3, QStringLiteral("amount"));
        ASSERT_TRUE(wizard.mappingPage()->isComplete());
        wizard.mappingPage()->setMode(ImportOptions::Mode::Lenient);
        ASSERT_TRUE(wizard.mappingPage()->saveProfile(QStringLiteral("Shop export")));
    }
    ImportWizard wizard(db.get());
    openMapping(wizard, path);
    EXPECT_EQ(wizard.mappingPage()->profileName(), QStringLiteral("Shop export"));
    auto* source = wizard.mappingPage()->findChild<QLabel*>(QStringLiteral("mappingSource"));
    ASSERT_NE(source, nullptr);
    EXPECT_TRUE(source->text().contains(QStringLiteral("Using the saved mapping 'Shop export'")));
    EXPECT_EQ(wizard.mappingPage()->mapping().value(1), QStringLiteral("customer_code"));
    EXPECT_EQ(wizard.mappingPage()->mapping().value(3), QStringLiteral("amount"));
    EXPECT_FALSE(wizard.mappingPage()->mapping().contains(4));
    EXPECT_EQ(wizard.mappingPage()->mode(), ImportOptions::Mode::Lenient);
}

TEST_F(ImportWizardTest, TheHistoryRollsBackAnImport)
{
    ImportPage importPage;
    importPage.setDatabase(db.get());
    EXPECT_EQ(importPage.history()->table()->rowCount(), 0);
    {
        ImportWizard wizard(db.get());
        openMapping(wizard, chineseOrders());
        preview(wizard);
        runImport(wizard);
    }
    ASSERT_EQ(stats().customers, 2);
    importPage.history()->refresh();
    ASSERT_EQ(importPage.history()->table()->rowCount(), 1);
    EXPECT_EQ(importPage.history()->table()->item(0, ImportHistoryWidget::FileColumn)->text(),
              QStringLiteral("订单.csv"));
    EXPECT_EQ(importPage.history()->table()->item(0, ImportHistoryWidget::ImportedColumn)->text(),
              QStringLiteral("5"));

    // Answering No changes nothing.
    interaction.answers << false;
    EXPECT_FALSE(importPage.history()->rollBack(0));
    EXPECT_EQ(stats().orderLines, 5);

    QSignalSpy changed(&importPage, &ImportPage::dataChanged);
    interaction.answers << true;
    ASSERT_TRUE(importPage.history()->rollBack(0));
    // The rollback runs on a worker thread.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !importPage.history()->isBusy(); }, kWaitMs));
    EXPECT_TRUE(interaction.errors.isEmpty()) << interaction.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(changed.count(), 1);
    ASSERT_EQ(interaction.information.size(), 1);
    EXPECT_TRUE(interaction.information.first().contains(QStringLiteral("5 rows and 2 customers deleted")))
        << interaction.information.first().toStdString();
    EXPECT_EQ(stats().customers, 0);
    EXPECT_EQ(stats().orderLines, 0);
    ASSERT_EQ(importPage.history()->batches().size(), 1);
    EXPECT_TRUE(importPage.history()->batches().first().rolledBackAt.isValid());
    EXPECT_FALSE(
        importPage.history()->table()->item(0, ImportHistoryWidget::RolledBackColumn)->text().isEmpty());
    bool backedUp = false;
    for (const BackupInfo& backup : db->backupManager().backups())
        backedUp = backedUp || backup.reason == QLatin1String("pre-rollback");
    EXPECT_TRUE(backedUp);
    // A second rollback of the same import is refused.
    EXPECT_FALSE(importPage.history()->rollBack(0));
}

TEST_F(ImportWizardTest, ThePageOpensTheWizardOnADroppedFile)
{
    ImportPage importPage;
    EXPECT_TRUE(ImportPage::isSpreadsheetFile(QStringLiteral("/x/订单.XLSX")));
    EXPECT_FALSE(ImportPage::isSpreadsheetFile(QStringLiteral("/x/photo.png")));
    importPage.startImport(chineseOrders()); // no database yet: nothing opens
    EXPECT_EQ(importPage.wizard(), nullptr);
    importPage.setDatabase(db.get());
    importPage.show();
    importPage.startImport(chineseOrders());
    ASSERT_NE(importPage.wizard(), nullptr);
    ImportWizard* wizard = importPage.wizard();
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->filePage()->isComplete(); }, kWaitMs));
    EXPECT_EQ(wizard->inspection().headers.size(), 5);
    wizard->reject();
}

} // namespace

TEST_F(ImportWizardTest, DroppingASpreadsheetOnTheMainWindowImportsAndRecounts)
{
    const QString path = chineseOrders();
    MainWindow window;
    window.session()->setBackupRoot(ws.backupRoot());
    ASSERT_TRUE(window.session()->openFile(ws.databasePath()));
    window.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.session()->hasStatistics(); }, kWaitMs));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    EXPECT_EQ(window.currentPage(), MainWindow::ImportPageId);
    auto* importPage = qobject_cast<ImportPage*>(window.page(MainWindow::ImportPageId));
    ASSERT_NE(importPage, nullptr);
    ImportWizard* wizard = importPage->wizard();
    ASSERT_NE(wizard, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->filePage()->isComplete(); }, kWaitMs));
    wizard->next();
    wizard->next();
    preview(*wizard);
    runImport(*wizard);
    // The shell recounts: the status bar and dashboard follow the import.
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.session()->statistics().orderLines == 5; }, kWaitMs));
    EXPECT_EQ(importPage->history()->table()->rowCount(), 1);
    wizard->accept();

    // Anything else dropped is refused.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(ws.path(QStringLiteral("photo.png")))});
    QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&window, &refused);
    EXPECT_FALSE(refused.isAccepted());
}

// Renders every page of the wizard in English and Chinese. With IMPORT_SCREENSHOT_DIR set the images
// are kept there (docs/screenshots/import-<n>-<page>-<language>.png).
TEST_F(ImportWizardTest, EveryPageRendersInEnglishAndChinese)
{
    QString text = QStringLiteral("订单号,客户编号,客户名称,订单日期,销售额,备注\n");
    const QStringList names{QStringLiteral("张三贸易"), QStringLiteral("李四商行"),
                            QStringLiteral("王五科技"), QStringLiteral("赵六百货")};
    for (int i = 0; i < 12000; ++i)
        text += QStringLiteral("SO-%1,C%2,%3,2024-%4-%5,\"%6.%7\",\n")
                    .arg(i, 6, 10, QLatin1Char('0'))
                    .arg(i % 400, 4, 10, QLatin1Char('0'))
                    .arg(names.at(i % 400 % 4))
                    .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                    .arg(100 + i % 9000)
                    .arg(i % 100, 2, 10, QLatin1Char('0'));
    text += QStringLiteral("SO-900001,C0001,张三贸易,2024-13-45,100,日期错误\n");
    text += QStringLiteral("SO-900002,C0002,李四商行,2024-06-01,一百,金额错误\n");
    const QString path = writeFile(QStringLiteral("季度订单.csv"), text, "GB18030");
    QString outputDir = qEnvironmentVariable("IMPORT_SCREENSHOT_DIR");
    if (outputDir.isEmpty())
        outputDir = ws.path(QStringLiteral("shots"));
    ASSERT_TRUE(QDir().mkpath(outputDir));

    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translations translations;
        ASSERT_TRUE(translations.install(language)) << language.toStdString();
        // A fresh database per language, so the preview and the import look the same in both.
        test::TempWorkspace space;
        auto database = space.openDatabase();
        ImportWizard wizard(database.get());
        wizard.resize(1000, 700);
        int shot = 0;
        auto save = [&](const char* page) {
            QApplication::processEvents();
            const QImage image = wizard.grab().toImage();
            EXPECT_EQ(image.size(), QSize(1000, 700)) << page;
            const QString file = QStringLiteral("%1/import-%2-%3-%4.png")
                                     .arg(outputDir)
                                     .arg(++shot)
                                     .arg(QString::fromLatin1(page), language);
            EXPECT_TRUE(image.save(file)) << file.toStdString();
        };
        openMapping(wizard, path);
        wizard.back();
        wizard.back();
        save("file");
        wizard.next();
        save("sheet");
        wizard.next();
        wizard.mappingPage()->setMode(ImportOptions::Mode::Lenient);
        save("mapping");
        preview(wizard);
        EXPECT_EQ(wizard.previewPage()->report().skipped, 2);
        save("preview");
        QSignalSpy progress(wizard.runPage(), &ImportRunPage::importFinished);
        wizard.next();
        ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.runPage()->progressBar()->value() > 0; }, kWaitMs));
        save("progress");
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return wizard.currentId() == ImportWizard::SummaryPageId; }, kWaitMs));
        EXPECT_EQ(wizard.report().imported, 12000);
        save("summary");
        ImportPage page;
        page.setDatabase(database.get());
        page.resize(1000, 700);
        page.show();
        QApplication::processEvents();
        const QImage image = page.grab().toImage();
        EXPECT_TRUE(image.save(
            QStringLiteral("%1/import-%2-history-%3.png").arg(outputDir).arg(++shot).arg(language)));
    }
}

TEST_F(ImportWizardTest, AWorkbookAsksForTheSheetAndReadsItsDates)
{
    const QString path = test::testDataPath(QStringLiteral("xls/orders-1900.xls"));
    ImportWizard wizard(db.get());
    wizard.show();
    wizard.setFilePath(path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.filePage()->isComplete(); }, kWaitMs))
        << wizard.inspection().error.toStdString();
    EXPECT_EQ(wizard.inspection().format, SpreadsheetReader::Format::Xls);
    EXPECT_FALSE(
        wizard.filePage()->findChild<QComboBox*>(QStringLiteral("encodingCombo"))->isVisibleTo(&wizard));
    wizard.next();
    auto* sheets = wizard.sheetPage()->findChild<QComboBox*>(QStringLiteral("sheetCombo"));
    ASSERT_NE(sheets, nullptr);
    EXPECT_TRUE(sheets->isVisibleTo(&wizard)); // two sheets: the choice is offered
    ASSERT_EQ(sheets->count(), 2);
    EXPECT_EQ(sheets->itemText(0), QStringLiteral("订单"));
    // Another sheet is read on a worker thread; the page waits for it.
    sheets->setCurrentIndex(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.sheetPage()->isComplete(); }, kWaitMs));
    EXPECT_EQ(wizard.inspection().sheetIndex, 1);
    EXPECT_EQ(wizard.inspection().headers.value(0), QStringLiteral("only text"));
    sheets->setCurrentIndex(0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.sheetPage()->isComplete(); }, kWaitMs));
    EXPECT_EQ(wizard.inspection().headers.value(0), QStringLiteral("客户编号"));
    EXPECT_EQ(wizard.sheetPage()->kind(), ImportKind::Orders);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPageId);
    EXPECT_EQ(wizard.mappingPage()->mapping().value(0), QStringLiteral("customer_code"));
    EXPECT_EQ(wizard.mappingPage()->mapping().value(2), QStringLiteral("ordered_at"));
    preview(wizard);
    ASSERT_TRUE(wizard.previewPage()->error().isEmpty()) << wizard.previewPage()->error().toStdString();
    EXPECT_EQ(wizard.previewPage()->report().sheet, QStringLiteral("订单"));
    EXPECT_EQ(wizard.previewPage()->report().imported, 3);
    EXPECT_EQ(wizard.previewPage()->report().customersCreated, 3);
    // A date the workbook stores as a date, shown as stored (row 1: 2024-03-01 09:30).
    const QStandardItemModel* rows = wizard.previewPage()->rowsModel();
    ASSERT_EQ(rows->rowCount(), 3);
    int dateColumn = -1;
    for (int c = 0; c < rows->columnCount(); ++c)
        if (rows->horizontalHeaderItem(c)->text() ==
            ImportSchema::field(ImportKind::Orders, QStringLiteral("ordered_at"))->label)
            dateColumn = c;
    ASSERT_GE(dateColumn, 0);
    EXPECT_EQ(rows->item(0, dateColumn)->text(), QStringLiteral("2024-03-01 09:30"));
    runImport(wizard);
    EXPECT_EQ(stats().orderLines, 3);
    EXPECT_EQ(stats().customers, 3);
}
