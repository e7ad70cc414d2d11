// The quarterly review: data collected from a generated sample database, written as real PDFs in
// both languages and both paper sizes, and read back with the poppler tools.
#include "ReportPdfTools.h"
#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "Translations.h"
#include "generator/SampleDatabaseWriter.h"
#include "pages/ReportsPage.h"
#include "report/QuarterlyReport.h"
#include "report/ReportCanvas.h"
#include "report/ReportDataCollector.h"
#include "report/ReportLanguage.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <map>
#include <memory>

using namespace clientele;
using namespace clientele::test;

namespace {

// One generated database for the whole suite; each language's data collected once.
class ReportTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_workspace = new TempWorkspace;
        auto db = s_workspace->openDatabase();
        SampleSpec spec;
        spec.customers = 800;
        spec.orderLines = 12000;
        spec.seed = 7;
        ASSERT_TRUE(writeSampleDatabase(db->connection(), db->dialect(), spec));
    }
    static void TearDownTestSuite()
    {
        s_data.clear();
        delete s_workspace;
        s_workspace = nullptr;
    }

    static ReportOptions optionsFor(const QString& language, QPageSize::PageSizeId page)
    {
        ReportOptions options;
        options.language = language;
        options.pageSize = page;
        options.companyName = QStringLiteral("Acme Trading");
        options.author = QStringLiteral("Li Wei");
        return options;
    }

    // The data of the default period in a language, collected under that language.
    static const ReportData& dataFor(const QString& language)
    {
        auto found = s_data.find(language);
        if (found == s_data.end()) {
            auto db = s_workspace->openDatabase();
            const ReportLanguage scope(language);
            std::optional<ReportData> data =
                ReportDataCollector(db->connection(), db->dialect())
                    .collect(optionsFor(language, QPageSize::A4), QStringLiteral("test.db"));
            found = s_data.emplace(language, std::move(*data)).first;
        }
        return found->second;
    }

    QString writePdf(const QString& language, QPageSize::PageSizeId page, int* pages = nullptr)
    {
        const QString path = m_dir.filePath(
            QStringLiteral("review-%1-%2.pdf").arg(language, ReportOptions::pageSizeKey(page)));
        const QuarterlyReport report(dataFor(language), optionsFor(language, page));
        const int count = report.writePdf(path);
        if (pages)
            *pages = count;
        return path;
    }

    static QString titleIn(const QString& language, ReportSectionId id)
    {
        const ReportLanguage scope(language);
        return ReportOptions::sectionTitle(id);
    }

    QTemporaryDir m_dir;
    static TempWorkspace* s_workspace;
    static std::map<QString, ReportData> s_data;
};

TempWorkspace* ReportTest::s_workspace = nullptr;
std::map<QString, ReportData> ReportTest::s_data;

void expectContains(const QString& haystack, const QString& needle, const char* what)
{
    EXPECT_TRUE(squeezed(haystack).contains(squeezed(needle)))
        << what << " '" << needle.toStdString() << "' not found in the PDF text";
}

} // namespace

TEST_F(ReportTest, CollectsEverySectionWithDataFromTheSample)
{
    const ReportData& data = dataFor(QStringLiteral("en"));
    EXPECT_FALSE(data.cover.periodCode.isEmpty());
    EXPECT_FALSE(data.kpis.empty()) << data.kpisUnavailable.toStdString();
    ASSERT_FALSE(data.tiers.empty()) << data.tiersUnavailable.toStdString();
    ASSERT_FALSE(data.funnel.empty());
    EXPECT_FALSE(data.atRisk.empty()) << data.atRiskUnavailable.toStdString();
    EXPECT_FALSE(data.tracking.empty());
    EXPECT_EQ(data.definitions.size(), data.kpis.size());
    // The sample holds no plan: the report says so plainly instead of inventing one.
    EXPECT_TRUE(data.plans.empty());
    EXPECT_TRUE(data.plansUnavailable.contains(data.cover.periodCode)) << data.plansUnavailable.toStdString();
    EXPECT_TRUE(data.goals.empty());
    EXPECT_FALSE(data.goalsUnavailable.isEmpty());

    // Every customer of the period has one tier; the migration matrix accounts for each of them.
    qint64 inTiers = 0;
    for (const ReportTierShare& tier : data.tiers)
        inTiers += tier.customers;
    qint64 inFunnel = 0;
    for (const ReportFunnelStage& stage : data.funnel)
        inFunnel += stage.customers;
    EXPECT_EQ(inTiers, inFunnel);
    qint64 migrated = 0;
    for (const auto& row : data.migration.counts)
        for (qint64 count : row)
            migrated += count;
    EXPECT_EQ(migrated, inTiers);
    // Top customers at risk: largest buyers first, each with reasons and an action.
    for (size_t i = 1; i < data.atRisk.size(); ++i)
        EXPECT_GE(data.atRisk[i - 1].netAmountMinor, data.atRisk[i].netAmountMinor);
    for (const ReportRiskCustomer& customer : data.atRisk) {
        EXPECT_FALSE(customer.reasons.isEmpty()) << customer.code.toStdString();
        EXPECT_FALSE(customer.suggestedAction.isEmpty());
    }
    EXPECT_LE(static_cast<qint64>(data.atRisk.size()), data.atRiskTotal);
}

TEST_F(ReportTest, EnglishA4PdfHoldsHeadingsFiguresAndNames)
{
    int pages = 0;
    const QString pdf = writePdf(QStringLiteral("en"), QPageSize::A4, &pages);
    EXPECT_EQ(pdfInfo(pdf, QStringLiteral("Page size")), QStringLiteral("595 x 842 pts (A4)"));
    EXPECT_EQ(pdfInfo(pdf, QStringLiteral("Pages")).toInt(), pages);
    EXPECT_GE(pages, 4);

    const QString text = pdfText(pdf);
    const ReportData& data = dataFor(QStringLiteral("en"));
    for (ReportSectionId id : ReportOptions::allSections())
        if (id != ReportSectionId::Cover)
            expectContains(text, titleIn(QStringLiteral("en"), id), "heading");
    expectContains(text, QStringLiteral("Quarterly customer review"), "title");
    expectContains(text, QStringLiteral("Acme Trading"), "company");
    for (const ReportKpiCard& card : data.kpis)
        expectContains(text, card.value, "KPI value");
    for (const ReportRiskCustomer& customer : data.atRisk) {
        expectContains(text, customer.name, "customer name");
        expectContains(text, customer.code, "customer code");
    }
    expectContains(text, QStringLiteral("Page 2 of %1").arg(pages), "page number");
    // English throughout: no Chinese section title leaked in.
    EXPECT_FALSE(
        squeezed(text).contains(squeezed(titleIn(QStringLiteral("zh_CN"), ReportSectionId::TierMigration))));
}

TEST_F(ReportTest, ChineseLetterPdfHoldsChineseHeadingsAndEmbedsTheFont)
{
    int pages = 0;
    const QString pdf = writePdf(QStringLiteral("zh_CN"), QPageSize::Letter, &pages);
    EXPECT_EQ(pdfInfo(pdf, QStringLiteral("Page size")), QStringLiteral("612 x 792 pts (letter)"));

    const QString text = pdfText(pdf);
    const ReportData& data = dataFor(QStringLiteral("zh_CN"));
    for (ReportSectionId id : ReportOptions::allSections()) {
        if (id == ReportSectionId::Cover)
            continue;
        const QString title = titleIn(QStringLiteral("zh_CN"), id);
        EXPECT_NE(title, titleIn(QStringLiteral("en"), id)) << "untranslated: " << title.toStdString();
        expectContains(text, title, "Chinese heading");
    }
    for (const ReportKpiCard& card : data.kpis) {
        expectContains(text, card.name, "KPI name");
        expectContains(text, card.value, "KPI value");
    }
    for (const ReportRiskCustomer& customer : data.atRisk)
        expectContains(text, customer.name, "customer name");
    // Searchable: no ideograph came back as the radical that shares its glyph (户 as ⼾).
    for (const QChar c : text)
        EXPECT_FALSE(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            << "radical U+" << QString::number(c.unicode(), 16).toStdString() << " in the PDF text";

    const QList<PdfFont> fonts = pdfFonts(pdf);
    ASSERT_FALSE(fonts.isEmpty());
    bool cjk = false;
    for (const PdfFont& font : fonts) {
        EXPECT_TRUE(font.embedded) << font.name.toStdString() << " is not embedded";
        cjk = cjk || font.name.contains(QStringLiteral("CJK"));
    }
    EXPECT_TRUE(cjk) << "the Chinese font is missing";
}

TEST_F(ReportTest, BothLanguagesOnBothPaperSizesEmbedEveryFontAndKeepChartsVector)
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        for (QPageSize::PageSizeId page : {QPageSize::A4, QPageSize::Letter}) {
            const QString pdf = writePdf(language, page);
            SCOPED_TRACE(pdf.toStdString());
            EXPECT_TRUE(
                pdfInfo(pdf, QStringLiteral("Page size"))
                    .endsWith(page == QPageSize::A4 ? QStringLiteral("(A4)") : QStringLiteral("(letter)")));
            for (const PdfFont& font : pdfFonts(pdf))
                EXPECT_TRUE(font.embedded) << font.name.toStdString();
            // The charts are paths and text, not pictures.
            EXPECT_EQ(pdfImageCount(pdf), 0);
        }
    }
}

TEST_F(ReportTest, ReportLanguageIgnoresTheUserInterfaceLanguage)
{
    // The UI speaks Chinese; the English report must not.
    Translations ui;
    ASSERT_TRUE(ui.install(QStringLiteral("zh_CN")));
    const QString chinese = ReportOptions::sectionTitle(ReportSectionId::TierMigration);
    ASSERT_NE(chinese, QStringLiteral("Tier migration"));
    {
        const ReportLanguage english(QStringLiteral("en"));
        EXPECT_EQ(ReportOptions::sectionTitle(ReportSectionId::TierMigration),
                  QStringLiteral("Tier migration"));
    }
    EXPECT_EQ(ReportOptions::sectionTitle(ReportSectionId::TierMigration), chinese);
    ui.install(QStringLiteral("en"));
}

TEST_F(ReportTest, ChosenSectionsOnlyInTheChosenOrder)
{
    ReportOptions options = optionsFor(QStringLiteral("en"), QPageSize::A4);
    options.sections = {{ReportSectionId::AtRiskCustomers, true},
                        {ReportSectionId::KpiSummary, true},
                        {ReportSectionId::TierDistribution, false}};
    const QString path = m_dir.filePath(QStringLiteral("chosen.pdf"));
    QuarterlyReport(dataFor(QStringLiteral("en")), options).writePdf(path);
    const QString text = squeezed(pdfText(path));
    const qsizetype risk =
        text.indexOf(squeezed(ReportOptions::sectionTitle(ReportSectionId::AtRiskCustomers)));
    const qsizetype kpis = text.indexOf(squeezed(ReportOptions::sectionTitle(ReportSectionId::KpiSummary)));
    EXPECT_GE(risk, 0);
    EXPECT_GT(kpis, risk);
    EXPECT_LT(text.indexOf(squeezed(ReportOptions::sectionTitle(ReportSectionId::TierDistribution))), 0);
    EXPECT_LT(text.indexOf(squeezed(ReportOptions::sectionTitle(ReportSectionId::KpiAppendix))), 0);
}

TEST_F(ReportTest, AnUnknownPeriodIsRefusedWithItsName)
{
    auto db = s_workspace->openDatabase();
    ReportOptions options;
    options.period = QStringLiteral("2011Q7");
    try {
        ReportDataCollector(db->connection(), db->dialect()).collect(options, QString());
        FAIL() << "no error";
    } catch (const ReportDataError& e) {
        EXPECT_TRUE(QString::fromStdString(e.what()).contains(QStringLiteral("2011Q7"))) << e.what();
    }
}

TEST(ReportCanvasTest, LongTableBreaksAcrossPagesWithItsHeaderOnEachPage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("table.pdf"));
    int pages = 0;
    {
        QPdfWriter writer(path);
        writer.setResolution(600);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        ReportPageFrame frame;
        frame.title = QStringLiteral("Running header");
        ReportCanvas canvas(&painter, &writer, QuarterlyReport::fontFamilies(QStringLiteral("en")), frame,
                            false);
        ReportTable table;
        table.addColumn(QStringLiteral("Row number"), 1);
        table.addColumn(QStringLiteral("Square"), 1, Qt::AlignRight);
        for (int i = 1; i <= 150; ++i)
            table.rows << QStringList{QStringLiteral("row %1").arg(i), QString::number(i * i)};
        canvas.table(table);
        pages = canvas.pageNumber();
    }
    ASSERT_GE(pages, 3);
    EXPECT_EQ(pdfInfo(path, QStringLiteral("Pages")).toInt(), pages);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(path, page, page);
        EXPECT_TRUE(text.contains(QStringLiteral("Row number"))) << "no header on page " << page;
        EXPECT_TRUE(text.contains(QStringLiteral("Running header"))) << "no running header on page " << page;
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1").arg(page))) << "no page number on page " << page;
    }
    // Every row once, in order, none lost at the breaks.
    const QString all = pdfText(path);
    qsizetype at = 0;
    for (int i = 1; i <= 150; ++i) {
        const qsizetype found = all.indexOf(QStringLiteral("row %1\n").arg(i), at);
        ASSERT_GE(found, 0) << "row " << i;
        at = found;
    }
}

TEST(ReportOptionsTest, RemembersOrderAndChoiceAndAddsNewSections)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ReportOptions options;
    options.language = QStringLiteral("zh_CN");
    options.pageSize = QPageSize::Letter;
    options.sections = {{ReportSectionId::AtRiskCustomers, true}, {ReportSectionId::Cover, false}};
    options.save(settings);
    const ReportOptions loaded = ReportOptions::load(settings);
    EXPECT_EQ(loaded.language, QStringLiteral("zh_CN"));
    EXPECT_EQ(loaded.pageSize, QPageSize::Letter);
    ASSERT_EQ(loaded.sections.size(), ReportOptions::allSections().size());
    EXPECT_EQ(loaded.sections.at(0).id, ReportSectionId::AtRiskCustomers);
    EXPECT_TRUE(loaded.sections.at(0).enabled);
    EXPECT_EQ(loaded.sections.at(1).id, ReportSectionId::Cover);
    EXPECT_FALSE(loaded.sections.at(1).enabled);
    // Sections the stored list did not name come after, switched on.
    EXPECT_TRUE(loaded.sections.at(2).enabled);
    EXPECT_EQ(loaded.enabledSections().first(), ReportSectionId::AtRiskCustomers);
}

TEST_F(ReportTest, ReportsPageExportsAPdfThroughTheDialogSeam)
{
    QSettings().remove(QStringLiteral("report"));
    auto db = s_workspace->openDatabase();
    ReportsPage page;
    page.setDatabase(db.get());
    ScriptedDialogs dialogs;
    const QString path = m_dir.filePath(QStringLiteral("from-page"));
    dialogs.fileNames << path;
    QSignalSpy exported(&page, &ReportsPage::pdfExported);
    page.exportPdf();
    EXPECT_TRUE(page.isBusy());
    ASSERT_TRUE(exported.wait(120000)) << page.statusText().toStdString();
    EXPECT_TRUE(dialogs.errors.isEmpty()) << dialogs.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(exported.at(0).at(0).toString(), path + QStringLiteral(".pdf"));
    EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral(".pdf")));
    EXPECT_GT(exported.at(0).at(1).toInt(), 1);
    // The choice is remembered.
    EXPECT_FALSE(QSettings().value(QStringLiteral("report/sections")).toString().isEmpty());
    page.setDatabase(nullptr);
}

TEST_F(ReportTest, ReportsPageCancelLeavesNoReport)
{
    auto db = s_workspace->openDatabase();
    ReportsPage page;
    page.setDatabase(db.get());
    ScriptedDialogs dialogs;
    dialogs.fileNames << m_dir.filePath(QStringLiteral("cancelled.pdf"));
    QSignalSpy ended(&page, &ReportsPage::collectionEnded);
    QSignalSpy exported(&page, &ReportsPage::pdfExported);
    page.exportPdf();
    page.cancel();
    ASSERT_TRUE(ended.wait(120000));
    // The worker may have finished before it saw the flag; either way the page is idle again.
    EXPECT_FALSE(page.isBusy());
    if (exported.isEmpty()) {
        EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("cancelled.pdf"))));
    }
    page.setDatabase(nullptr);
}
