#include "CliCommands.h"

#include "CliError.h"
#include "storage/DefaultLocation.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace clientele::cli {

namespace {

QString usage()
{
    QString text = QStringLiteral("Usage: clientele-cli [--db PATH] COMMAND [options]\n\nCommands:\n");
    // One column for the names, as wide as the longest, so every summary stays apart from its name.
    int width = 0;
    for (const auto& [name, command] : commands())
        width = std::max(width, static_cast<int>(name.size()));
    for (const auto& [name, command] : commands())
        text += QStringLiteral("  %1  %2\n").arg(name, -width).arg(command.summary);
    text += QStringLiteral("\nRun 'clientele-cli COMMAND --help' for a command's options.\n");
    return text;
}

} // namespace

void addGlobalOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("The database file (default: %1).").arg(defaultDatabasePath()),
                      QStringLiteral("PATH")});
}

QString databasePath(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
}

bool needsGuiApplication(int argc, char** argv)
{
    // The command is the first argument that is neither an option nor --db's value.
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--db" || argument == "-db") {
            ++i;
            continue;
        }
        if (argument.startsWith('-'))
            continue;
        return argument == "report";
    }
    return false;
}

std::map<QString, Command>& commands()
{
    static std::map<QString, Command> table;
    return table;
}

int run(const QStringList& arguments)
{
    registerDatabaseCommands();
    registerClvCommands();
    registerSampleCommands();
    registerImportCommands();
    registerReportCommands();
    registerSegmentCommands();
    registerSnapshotCommands();
    registerKpiCommands();
    registerPlanCommands();
    registerPlanningInsightCommands();

    // First pass: find the command among the positional arguments, ignoring options we don't know yet.
    QCommandLineParser first;
    first.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    addGlobalOptions(first);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Show the version."));
    first.addOption(help);
    first.addOption(version);
    first.parse(arguments);
    QTextStream out(stdout);
    const QStringList positional = first.positionalArguments();
    if (positional.isEmpty()) {
        if (first.isSet(version)) {
            out << "clientele-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        }
        if (first.isSet(help)) {
            out << usage();
            return 0;
        }
        throw UsageError(QStringLiteral("no command given; run 'clientele-cli --help' for the list"));
    }
    const auto found = commands().find(positional.first());
    if (found == commands().end())
        throw UsageError(QStringLiteral("unknown command '%1'; run 'clientele-cli --help' for the list")
                             .arg(positional.first()));
    const Command& command = found->second;

    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    addGlobalOptions(parser);
    parser.addOption(help);
    parser.addPositionalArgument(found->first, command.summary);
    if (command.declareOptions)
        command.declareOptions(parser);
    if (!parser.parse(arguments))
        throw UsageError(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText().replace(QStringLiteral("[options]"),
                                         QStringLiteral("[--db PATH] %1 [options]").arg(found->first));
        return 0;
    }
    return command.run(parser);
}

} // namespace clientele::cli
