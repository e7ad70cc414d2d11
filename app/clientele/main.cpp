#include "DatabaseSession.h"
#include "FileOpenHandler.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace {

// Milliseconds the process lived before main(): loading and relocating the Qt libraries. Read from
// /proc so --measure-startup reports time since process start, not since main().
qint64 millisecondsBeforeMain()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may hold spaces); starttime is field 22 overall.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return 0;
    const double startSeconds = fields.at(19).toDouble() / static_cast<double>(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowSeconds = static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
    return std::max<qint64>(0, static_cast<qint64>((nowSeconds - startSeconds) * 1000.0));
#else
    return 0;
#endif
}

// The --lang value, read before the parser exists so that --help is already translated.
QString languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return QString();
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    const qint64 beforeMain = millisecondsBeforeMain();

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Clientele"));
    QApplication::setApplicationName(QStringLiteral("Clientele"));
    QApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(CLIENTELE_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/clientele.svg")));
    // Statistics, backups and demo data run on the pool: keep it usable on one- and two-core machines.
    QThreadPool::globalInstance()->setMaxThreadCount(std::max(3, QThread::idealThreadCount()));

    QString language = languageArgument(QCoreApplication::arguments());
    if (language.isEmpty()) {
        language = clientele::Translations::resolve(clientele::Translations::storedChoice());
    } else if (!clientele::Translations::available().contains(language)) {
        std::fprintf(stderr, "Unknown language '%s'; use en or zh_CN.\n", qPrintable(language));
        return 1;
    }
    clientele::Translations translations;
    if (!translations.install(language))
        qWarning("Clientele: no translation for %s; using English", qPrintable(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Clientele, a customer-lifecycle manager."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "Open the database at <path>."),
                                      QCoreApplication::translate("main", "path"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "User-interface language for this run: en or zh_CN."),
        QCoreApplication::translate("main", "language"));
    QCommandLineOption measureOption(QStringLiteral("measure-startup"));
    measureOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(measureOption);
    // A file manager opens a database with "clientele FILE" (Exec=clientele %f in the .desktop file).
    parser.addPositionalArgument(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "The database file to open (the same as --db)."),
        QStringLiteral("[database]"));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && parser.isSet(dbOption))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "Give one database, either as an argument or with --db.")));
        return 1;
    }
    const QString databasePath = positional.isEmpty() ? parser.value(dbOption) : positional.first();

    const bool measure = parser.isSet(measureOption);
    clientele::MainWindow window;
    clientele::FileOpenHandler fileOpenHandler(window.session());
    app.installEventFilter(&fileOpenHandler);
    if (measure)
        window.showPage(clientele::MainWindow::CustomersPageId);
    window.show();

    if (measure) {
        // Prints once the customer list is on screen, then quits: a startup benchmark.
        bool reported = false;
        auto report = [&] {
            if (reported)
                return;
            reported = true;
            std::printf("startup_ms=%lld\n", static_cast<long long>(beforeMain + sinceMain.elapsed()));
            std::fflush(stdout);
            QCoreApplication::exit(window.session()->database() ? 0 : 1);
        };
        QObject::connect(&window, &clientele::MainWindow::customersShownChanged, &app, report,
                         Qt::QueuedConnection);
        if (!window.session()->openAtStartup(databasePath))
            return 1;
        return QApplication::exec();
    }

    window.session()->openAtStartup(databasePath);
    return QApplication::exec();
}
