// Renders each page of the main window, in each shipped language, on a small generated database.

#include "DatabaseSession.h"
#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "Translations.h"
#include "customers/CustomerDetailPane.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "generator/SampleDatabaseWriter.h"
#include "planning/AddToPlanDialog.h"
#include "planning/GoalFormDialog.h"
#include "planning/GoalMeasurer.h"
#include "planning/ItemFormDialog.h"
#include "planning/NextBestActionsPanel.h"
#include "planning/PlanFormDialog.h"
#include "planning/PlanningError.h"
#include "planning/PlansPage.h"
#include "planning/ReviewFormDialog.h"
#include "planning/TrackingPage.h"
#include "segments/SegmentsPage.h"
#include "segments/TierMigrationView.h"
#include "settings/SettingsPage.h"
#include "settings/ThresholdEditor.h"
#include "settings/TierMapEditor.h"
#include "settings/TierMapModel.h"
#include "storage/CustomerNoteStore.h"
#include "storage/CustomerProfileReader.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/PlanStore.h"
#include "storage/PlaybookStore.h"
#include "storage/ReviewStore.h"
#include "storage/StorageError.h"
#include "storage/TrackingStore.h"
#include "storage/WriteTransaction.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace clientele;

namespace {

// Lets the event loop run until `done` holds or the time is up; returns whether it holds.
bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void settle(int ms)
{
    waitUntil([] { return false; }, ms);
}

// A dark palette like the desktop's dark themes, for the -dark screenshots.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x3f));
    p.setColor(QPalette::Mid, QColor(0x55, 0x57, 0x5a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

// The customer of the profile shots: the one with the most survey answers, then interactions, then
// orders, among the first 600 ids; it gets three notes (once, the database is shared by the languages).
std::int64_t profileSubject(Database& db)
{
    const CustomerProfileReader reader(db.connection(), db.dialect());
    std::int64_t best = 0;
    qint64 bestScore = -1;
    for (std::int64_t id = 1; id <= 600; ++id) {
        const ActivityCounts c = reader.counts(id);
        const qint64 score = std::min(c.surveyResponses, 3) * 1000000LL +
                             std::min(c.interactions, 8) * 10000LL + std::min(c.orders, 9999);
        if (score > bestScore && c.orders > 0) {
            best = id;
            bestScore = score;
        }
    }
    CustomerNoteStore notes(db.connection(), db.dialect());
    if (best != 0 && notes.countOf(best) == 0) {
        WriteTransaction transaction(db.connection(), db.dialect());
        const std::pair<int, const char*> entries[] = {
            {-40, "Met the buyer at the trade fair; interested in the spring catalogue."},
            {-12, "采购经理更换为王女士，需要重新介绍产品线。"},
            {-2, "Asked for a volume discount on the next order; call back on Friday."}};
        for (const auto& [days, body] : entries) {
            CustomerNote note;
            note.customerId = best;
            note.writtenAt = QDateTime(QDate::currentDate().addDays(days), QTime(10, 30));
            note.author = QStringLiteral("Emma Clarke");
            note.body = QString::fromUtf8(body);
            notes.add(note);
        }
        transaction.commit();
    }
    return best;
}

// Saves a widget's picture as <name>-<language>[-dark].png; returns the number of failures.
int saveShot(QWidget* widget, const QDir& output, const QString& name, const QString& language, bool dark)
{
    const QString file = output.filePath(
        QStringLiteral("%1-%2%3.png").arg(name, language, dark ? QStringLiteral("-dark") : QString()));
    if (!widget->grab().save(file)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return 1;
    }
    std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
    return 0;
}

// Saves the widget in the light palette and in the dark one (<name>-<language>.png and
// <name>-<language>-dark.png), letting it repaint for settleMs after each switch; the light palette is
// back afterwards. Returns the number of failures.
int saveLightAndDark(
    QWidget* widget, const QDir& output, const QString& name, const QString& language, int settleMs)
{
    int failures = 0;
    const QPalette light = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : light);
        settle(settleMs);
        failures += saveShot(widget, output, name, language, dark);
    }
    QApplication::setPalette(light);
    return failures;
}

// The 360° profile of one customer, each tab, with a wide detail pane; light and dark. Writes
// profile-<tab>-<language>[-dark].png. Returns the number of failures.
int shootProfile(MainWindow& window, const QString& language, const QDir& output)
{
    int failures = 0;
    window.showPage(MainWindow::CustomersPageId);
    CustomersPage* page = window.customersPage();
    const std::int64_t id = profileSubject(*window.session()->database());
    const std::optional<Customer> customer = CustomerRepository(window.session()->database()->connection(),
                                                                window.session()->database()->dialect())
                                                 .findById(id);
    if (!customer) {
        std::fprintf(stderr, "%s: no customer for the profile shots\n", qPrintable(language));
        return 1;
    }
    CustomerQuery query;
    query.search = customer->code;
    page->showFiltered(query);
    // The list reads on a worker thread: until the search's rows arrive, the previous ones are shown.
    waitUntil([&] { return !page->isLoading() && page->model()->rowCount() > 0; }, 10000);
    page->selectCustomer(id);
    CustomerDetailPane* pane = page->detailPane();
    if (pane->customerId() != id) {
        std::fprintf(stderr, "%s: the profile does not show %s\n", qPrintable(language),
                     qPrintable(customer->code));
        ++failures;
    }
    const QSize normal = window.size();
    window.resize(1500, 950);
    auto* splitter = page->findChild<QSplitter*>(QStringLiteral("customerSplitter"));
    const QList<int> sizes = splitter->sizes();
    splitter->setSizes({560, 940});
    const char* const tabs[] = {"overview", "purchases", "interactions", "surveys", "notes"};
    for (int tab = 0; tab < pane->tabs()->count(); ++tab) {
        pane->tabs()->setCurrentIndex(tab);
        failures += saveLightAndDark(
            &window, output, QStringLiteral("profile-%1").arg(QLatin1String(tabs[tab])), language, 300);
    }
    pane->tabs()->setCurrentIndex(0);
    splitter->setSizes(sizes);
    window.resize(normal);
    page->showFiltered(CustomerQuery());
    waitUntil([&] { return !page->isLoading(); }, 10000);
    page->view()->selectRow(0); // as the other shots expect
    settle(200);
    return failures;
}

// The Segments page once its analysis, KPIs and tier migration are on screen (the snapshots the
// migration compares are made through the page's own button), tall enough to show every chart;
// light and dark. Returns the number of failures.
int shootSegments(MainWindow& window, const QString& language, const QDir& output)
{
    int failures = 0;
    window.showPage(MainWindow::SegmentsPageId);
    SegmentsPage* page = window.segmentsPage();
    if (!waitUntil([&] { return page->hasOverview() && !page->shownKpiPeriod().isEmpty(); }, 120000)) {
        std::fprintf(stderr, "%s: the segments analysis never arrived\n", qPrintable(language));
        ++failures;
    }
    TierMigrationView* migration = page->migrationView();
    waitUntil([&] { return migration->createButton()->isVisible() || migration->table()->rowCount() > 0; },
              120000);
    if (migration->createButton()->isVisible())
        migration->createButton()->click();
    if (!waitUntil([&] { return migration->table()->rowCount() > 0; }, 120000)) {
        std::fprintf(stderr, "%s: the tier migration never arrived\n", qPrintable(language));
        ++failures;
    }
    const QSize normal = window.size();
    window.resize(1400, 2000);
    failures += saveLightAndDark(&window, output, QStringLiteral("segments"), language, 400);
    window.resize(normal);
    settle(200);
    return failures;
}

// The Settings page with the ToB threshold scheme picked and one boundary edited, and in the tier
// map editor the R 4 · F 1 cell of the M 1 slice given to Churn-risk, once both live counts are
// on screen; light and dark. Returns the number of failures.
int shootSettings(MainWindow& window, const QString& language, const QDir& output)
{
    int failures = 0;
    window.showPage(MainWindow::SettingsPageId);
    SettingsPage* page = window.settingsPage();
    int counted = 0;
    int mapCounted = 0;
    const QMetaObject::Connection counting =
        QObject::connect(page, &SettingsPage::liveCountShown, page, [&counted] { ++counted; });
    const QMetaObject::Connection mapCounting =
        QObject::connect(page, &SettingsPage::mapCountShown, page, [&mapCounted] { ++mapCounted; });
    auto* scheme = page->findChild<QComboBox*>(QStringLiteral("settingsScheme"));
    scheme->setCurrentIndex(scheme->findData(QStringLiteral("tob")));
    page->findChild<ThresholdEditor*>()->recencyBox(0)->setValue(21);
    TierMapEditor* editor = page->tierMapEditor();
    editor->setSlice({1});
    const int cell = editor->shownModel().cellOf({4, 1, 1});
    editor->assignCells({cell}, QStringLiteral("churn_risk"));
    editor->grid()->selectionModel()->select(editor->gridModel()->indexOfCell(cell),
                                             QItemSelectionModel::Select);
    const bool shown = waitUntil([&] { return counted > 0 && mapCounted > 0; }, 60000);
    QObject::disconnect(counting);
    QObject::disconnect(mapCounting);
    if (!shown) {
        std::fprintf(stderr, "%s: the settings' live counts never arrived\n", qPrintable(language));
        ++failures;
    }
    const QSize normal = window.size();
    window.resize(1280, 1500);
    failures += saveLightAndDark(&window, output, QStringLiteral("settings"), language, 400);
    window.resize(normal);
    page->revert();
    settle(200);
    return failures;
}

// The Customers page wide enough for its analysis columns, light and dark (customers-<language>.png is
// replaced by the wide one). Returns the number of failures.
int shootCustomers(MainWindow& window, const QString& language, const QDir& output)
{
    int failures = 0;
    const QSize normal = window.size();
    window.resize(1560, 800);
    failures += saveLightAndDark(&window, output, QStringLiteral("customers"), language, 300);
    window.resize(normal);
    settle(200);
    return failures;
}

// A plan for the sample's last quarter (its data ends in June 2025) with three SMART goals whose
// baselines are measured, four execution items from the built-in playbooks, a progress note, an
// entered tracking figure with a suggestion and a review: what the Plans and Tracking shots show.
void seedPlanning(Database& db)
{
    PlanStore plans(db.connection(), db.dialect());
    Plan plan;
    plan.name = QStringLiteral("Loyalty 2025Q2");
    plan.period = QStringLiteral("2025Q2");
    plan.tierModel = QStringLiteral("seed4");
    plan.id = plans.insertPlan(plan);
    const GoalMeasurer measurer(db.connection(), db.dialect());
    const auto goal = [&](const char* kpi, PopulationKind kind, const char* population, double delta,
                          GoalHorizon horizon, const char* owner) {
        SmartGoal g;
        g.planId = plan.id;
        g.kpi = QString::fromLatin1(kpi);
        g.populationKind = kind;
        g.population = QString::fromLatin1(population);
        g.horizon = horizon;
        g.deadline = QDate(2025, 4, 1).addMonths(SmartGoal::horizonMonths(horizon)).addDays(-1);
        g.owner = QString::fromUtf8(owner);
        g = measurer.withBaseline(g, plan);
        g.target = g.baseline ? std::max(0.0, *g.baseline + delta) : 10.0;
        plans.insertGoal(g);
    };
    goal("repurchase_rate", PopulationKind::Tier, "high_value", 10.0, GoalHorizon::Short, "Emma Clarke");
    goal("churn_rate", PopulationKind::All, "", -5.0, GoalHorizon::Short, "Service team");
    goal("nps", PopulationKind::All, "", 10.0, GoalHorizon::Mid, "Li Wei");
    const PlaybookStore playbooks(db.connection(), db.dialect());
    const std::pair<const char*, const char*> items[] = {{"tier.seed4.high_value", "Emma Clarke"},
                                                         {"tier.seed4.potential", "Li Wei"},
                                                         {"tier.seed4.churn_risk", "Service team"},
                                                         {"tier.seed4.low_value", "Marketing team"}};
    int n = 0;
    for (const auto& [code, owner] : items) {
        const std::optional<Playbook> p = playbooks.findByCode(QString::fromLatin1(code));
        if (!p)
            continue;
        ExecutionItem item;
        item.planId = plan.id;
        item.segmentKind = SegmentKind::Tier;
        item.segment = p->target;
        item.playbookId = p->id;
        item.strategy = p->name;
        item.measures = p->measures;
        item.owner = QString::fromLatin1(owner);
        item.startsOn = QDate(2025, 4, 1);
        item.endsOn = n == 0 ? QDate(2025, 5, 31) : QDate(2025, 6, 30);
        item.resources = p->resources;
        item.budgetMinor = 500000 * (n + 1);
        item.expectedEffect = p->expectedEffect;
        item.status = n == 0 ? ItemStatus::Done : ItemStatus::Running;
        item.holdoutShare = 0.1;
        item.id = plans.insertItem(item);
        // No analysis is stored yet: a block of customers stands for the tier's.
        std::vector<qint64> customers;
        for (qint64 id = 1 + n * 60; id <= 60 + n * 60; ++id)
            customers.push_back(id);
        plans.setItemCustomers(item.id, customers, 0.1);
        if (n == 0) {
            ExecutionNote note;
            note.itemId = item.id;
            note.author = QStringLiteral("Emma Clarke");
            note.body = QStringLiteral("VIP early access sent to every high-value customer.");
            note.writtenAt = QDateTime(QDate(2025, 4, 15), QTime(9, 0));
            plans.insertNote(note);
        }
        ++n;
    }
    TrackingStore tracking(db.connection(), db.dialect());
    tracking.setOverride(
        {QStringLiteral("2025Q1"), QStringLiteral("high_value"), TrackingMetric::Nps, 52.0, {}});
    tracking.setSuggestion(QStringLiteral("2025Q1"), QStringLiteral("high_value"),
                           QStringLiteral("Add one-to-one consulting"));
    tracking.setSuggestion(QStringLiteral("2025Q1"), QStringLiteral("churn_risk"),
                           QStringLiteral("Raise the coupon value"));
    ReviewRecord review;
    review.planId = plan.id;
    review.cadence = ReviewCadence::Quarterly;
    review.heldOn = QDate(2025, 4, 8);
    review.participants = QStringLiteral("Emma Clarke, Li Wei, service team");
    review.findings = QStringLiteral("Churn-risk calls took three days on average, not one.");
    review.decisions = QStringLiteral("Service team calls within 24 hours; weekly check.");
    review.planChanges = QStringLiteral("Churn-risk item: budget doubled.");
    ReviewStore(db.connection(), db.dialect()).insert(review);
}

// The Plans page (goals measured, an item selected), its goal and item forms and the playbook
// library; the Tracking page's table, goal charts, reviews, risk register and next best actions.
// Light and dark for the two pages' main views. Returns the number of failures.
int shootPlanning(MainWindow& window, const QString& language, const QDir& output)
{
    int failures = 0;
    const QSize normal = window.size();
    window.resize(1440, 900);
    window.showPage(MainWindow::PlansPageId);
    PlansPage* plans = window.plansPage();
    plans->reload();
    waitUntil([&] { return !plans->isMeasuring(); }, 60000);
    if (auto* items = plans->itemView()) {
        items->selectRow(0);
        settle(100);
    }
    failures += saveLightAndDark(&window, output, QStringLiteral("plans"), language, 300);
    // The forms, filled from the plan's first goal and item.
    if (const std::optional<Plan> plan = plans->currentPlan()) {
        Database* db = window.session()->database();
        const PlanStore store(db->connection(), db->dialect());
        const std::vector<SmartGoal> goals = store.goals(plan->id);
        if (!goals.empty()) {
            GoalFormDialog form(*plan, goals.front(), db, &window);
            form.show();
            settle(200);
            failures += saveShot(&form, output, QStringLiteral("plans-goal-form"), language, false);
            // A wrong-way target shows the validator's message next to the field.
            if (auto* target = form.findChild<QLineEdit*>(QStringLiteral("goalTarget")))
                target->setText(QStringLiteral("1"));
            form.accept();
            settle(200);
            form.adjustSize();
            settle(100);
            failures += saveShot(&form, output, QStringLiteral("plans-goal-form-invalid"), language, false);
        }
        const std::vector<ExecutionItem> items = store.items(plan->id);
        if (!items.empty()) {
            ItemFormDialog form(*plan, items.front(),
                                PlaybookStore(db->connection(), db->dialect()).list(false),
                                store.itemCustomerCounts(items.front().id).targets, &window);
            form.show();
            settle(200);
            failures += saveShot(&form, output, QStringLiteral("plans-item-form"), language, false);
        }
        PlanFormDialog planForm(*plan, &window);
        planForm.show();
        settle(200);
        failures += saveShot(&planForm, output, QStringLiteral("plans-plan-form"), language, false);
        const std::vector<ReviewRecord> reviews = ReviewStore(db->connection(), db->dialect()).list();
        if (!reviews.empty()) {
            ReviewFormDialog reviewForm(reviews.front(), store.plans(), &window);
            reviewForm.show();
            settle(200);
            failures +=
                saveShot(&reviewForm, output, QStringLiteral("tracking-review-form"), language, false);
        }
        AddToPlanDialog addToPlan(*db, 3, &window);
        addToPlan.show();
        settle(200);
        failures += saveShot(&addToPlan, output, QStringLiteral("customers-add-to-plan"), language, false);
    }
    if (auto* tabs = plans->findChild<QTabWidget*>(QStringLiteral("plansTabs"))) {
        tabs->setCurrentIndex(1);
        settle(300);
        failures += saveShot(&window, output, QStringLiteral("playbooks"), language, false);
        tabs->setCurrentIndex(0);
    }

    window.showPage(MainWindow::TrackingPageId);
    TrackingPage* tracking = window.trackingPage();
    tracking->setPeriod(QStringLiteral("2025Q1"));
    settle(100);
    waitUntil([&] { return !tracking->isBusy(); }, 60000);
    failures += saveLightAndDark(&window, output, QStringLiteral("tracking"), language, 300);
    const std::pair<int, const char*> tabs[] = {
        {1, "tracking-goals"}, {2, "tracking-reviews"}, {3, "tracking-risks"}, {4, "actions"}};
    for (const auto& [index, name] : tabs) {
        tracking->tabs()->setCurrentIndex(index);
        settle(200);
        if (index == 4) {
            NextBestActionsPanel* actions = tracking->actions();
            waitUntil([&] { return !actions->isFinding() && !actions->list().asOf.isNull(); }, 60000);
            if (actions->actionTable()->rowCount() > 0)
                actions->actionTable()->selectRow(0);
        }
        waitUntil([&] { return !tracking->isBusy(); }, 60000);
        settle(300);
        failures += saveShot(&window, output, QString::fromLatin1(name), language, false);
    }
    tracking->tabs()->setCurrentIndex(0);
    window.resize(normal);
    settle(200);
    return failures;
}

// Writes <page>-<language>.png for every page; returns the number of failures.
int shootLanguage(const QString& language,
                  const QString& databasePath,
                  const QString& backupRoot,
                  const QDir& output)
{
    Translations translations;
    if (!translations.install(language)) {
        std::fprintf(stderr, "no catalogue for %s\n", qPrintable(language));
        return 1;
    }
    // A fresh window per language: every string is translated as the widgets are built.
    MainWindow window;
    window.session()->setBackupRoot(backupRoot);
    if (!window.session()->openFile(databasePath))
        return 1;
    window.resize(1280, 800);
    window.show();
    int failures = 0;
    if (!waitUntil([&] { return window.session()->hasStatistics(); }, 20000)) {
        std::fprintf(stderr, "%s: the statistics never arrived\n", qPrintable(language));
        ++failures;
    }
    window.showPage(MainWindow::CustomersPageId);
    if (!waitUntil([&] { return window.customersShown(); }, 20000)) {
        std::fprintf(stderr, "%s: the customer list never showed rows\n", qPrintable(language));
        ++failures;
    }
    if (QTableView* view = window.customersPage()->view())
        view->selectRow(0); // so the detail pane shows a customer

    failures += shootSegments(window, language, output);
    failures += shootProfile(window, language, output); // after the analysis the segments waited for
    failures += shootSettings(window, language, output);
    failures += shootPlanning(window, language, output);
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        if (page == MainWindow::SegmentsPageId || page == MainWindow::SettingsPageId ||
            page == MainWindow::PlansPageId || page == MainWindow::TrackingPageId)
            continue; // shot above, with its analysis
        window.showPage(page);
        if (page == MainWindow::CustomersPageId) {
            failures += shootCustomers(window, language, output); // wider, for its analysis columns
            continue;
        }
        failures += saveLightAndDark(&window, output, MainWindow::pageKey(page), language, 300);
    }
    window.close();
    return failures;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ClienteleScreenshots"));
    QApplication::setApplicationName(QStringLiteral("ClienteleScreenshots"));
    QApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));
    // Settings and backups stay out of the user's own folders, and every run starts the same.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes screenshots of every page of Clientele."));
    parser.addHelpOption();
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          QStringLiteral("Folder for the PNG files."), QStringLiteral("dir"),
                                          QStringLiteral("."));
    parser.addOption(outputOption);
    parser.process(app);

    const QDir output(parser.value(outputOption));
    if (!QDir().mkpath(output.absolutePath())) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(output.absolutePath()));
        return 1;
    }
    QTemporaryDir workspace;
    const QString databasePath = workspace.filePath(QStringLiteral("demo.clientele"));
    const QString backupRoot = workspace.filePath(QStringLiteral("backups"));
    try {
        auto db = Database::open(databasePath, {Database::IfMissing::Create, backupRoot});
        writeSampleDatabase(db->connection(), db->dialect(), SampleSpec{500, 5000, 1, true});
        seedPlanning(*db);
    } catch (const StorageError& error) {
        std::fprintf(stderr, "cannot write the sample database: %s\n", qPrintable(error.message()));
        return 1;
    } catch (const PlanningError& error) {
        std::fprintf(stderr, "cannot write the sample plan: %s\n", qPrintable(error.message()));
        return 1;
    }

    ScriptedDialogs noDialogs;
    int failures = 0;
    for (const QString& language : Translations::available())
        failures += shootLanguage(language, databasePath, backupRoot, output);
    QSettings().clear();
    return failures == 0 ? 0 : 1;
}
