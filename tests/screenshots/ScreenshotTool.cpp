// Renders each page of the main window, in each shipped language, on a small generated database.

#include "DatabaseSession.h"
#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "Translations.h"
#include "customers/CustomersPage.h"
#include "generator/SampleDatabaseWriter.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
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

    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(page);
        settle(300);
        const QString file =
            output.filePath(QStringLiteral("%1-%2.png").arg(MainWindow::pageKey(page), language));
        if (!window.grab().save(file)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            ++failures;
            continue;
        }
        std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
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
    } catch (const StorageError& error) {
        std::fprintf(stderr, "cannot write the sample database: %s\n", qPrintable(error.message()));
        return 1;
    }

    ScriptedDialogs noDialogs;
    int failures = 0;
    for (const QString& language : Translations::available())
        failures += shootLanguage(language, databasePath, backupRoot, output);
    QSettings().clear();
    return failures == 0 ? 0 : 1;
}
