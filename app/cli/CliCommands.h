#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>

namespace clientele::cli {

// Options every command accepts.
void addGlobalOptions(QCommandLineParser& parser);
// The database path from --db, or the default location.
QString databasePath(const QCommandLineParser& parser);

// A subcommand: adds its options to the parser, then runs with the parsed result; returns the exit code.
struct Command
{
    QString summary;
    std::function<void(QCommandLineParser&)> declareOptions;
    std::function<int(const QCommandLineParser&)> run;
};

// The table of subcommands; each command file registers itself here.
std::map<QString, Command>& commands();

// Parses arguments (argv[0] first), dispatches, returns the exit code. Throws UsageError/StorageError.
int run(const QStringList& arguments);

// True when the command line runs a command that paints (report): it needs a QApplication.
bool needsGuiApplication(int argc, char** argv);

// Command registrations, one per file.
void registerDatabaseCommands();
void registerClvCommands();
void registerSampleCommands();
void registerImportCommands();
void registerReportCommands();
void registerSegmentCommands();
void registerSnapshotCommands();
void registerKpiCommands();
void registerPlanCommands();
void registerPlanningInsightCommands();

} // namespace clientele::cli
