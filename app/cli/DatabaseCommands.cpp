// init and stats: create a database, count what it holds.
#include "CliCommands.h"
#include "CliError.h"
#include "storage/Database.h"
#include "storage/DatabaseStatistics.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace clientele::cli {

void registerDatabaseCommands()
{
    commands()[QStringLiteral("init")] = {
        QStringLiteral("Create a new, empty database."), nullptr, [](const QCommandLineParser& parser) {
            const QString path = databasePath(parser);
            if (QFileInfo::exists(path))
                throw UsageError(
                    QStringLiteral("%1 already exists; init only creates new databases").arg(path));
            auto db = Database::open(path, {Database::IfMissing::Create, {}});
            QTextStream(stdout) << "Created " << db->filePath() << " (data format " << db->schemaVersion()
                                << ")" << Qt::endl;
            return 0;
        }};

    commands()[QStringLiteral("stats")] = {
        QStringLiteral("Count the customers, orders, order lines, interactions, surveys and tags."),
        [](QCommandLineParser& parser) {
            parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
        },
        [](const QCommandLineParser& parser) {
            auto db = Database::open(databasePath(parser));
            const DatabaseStatistics stats = DatabaseStatistics::collect(db->connection());
            QTextStream out(stdout);
            if (parser.isSet(QStringLiteral("json"))) {
                out << QJsonDocument(stats.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
            } else {
                const QJsonObject json = stats.toJson();
                for (auto it = json.begin(); it != json.end(); ++it)
                    out << it.key() << ": " << it.value().toInteger() << Qt::endl;
            }
            return 0;
        }};
}

} // namespace clientele::cli
