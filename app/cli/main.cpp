// clientele-cli: the command-line face of Clientele. Exit codes: 0 ok, 1 user error (one line on
// stderr), 2 internal error.
#include "CliCommands.h"
#include "CliError.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QTextStream>

#include <exception>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Clientele"));
    QCoreApplication::setApplicationName(QStringLiteral("Clientele"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));

    QTextStream err(stderr);
    try {
        return clientele::cli::run(QCoreApplication::arguments());
    } catch (const clientele::cli::UsageError& e) {
        err << "clientele-cli: " << QString::fromStdString(e.what()).simplified() << Qt::endl;
        return 1;
    } catch (const clientele::StorageError& e) {
        err << "clientele-cli: " << e.message().simplified() << Qt::endl;
        return e.kind() == clientele::StorageError::Kind::Sql ? 2 : 1;
    } catch (const std::exception& e) {
        err << "clientele-cli: internal error: " << e.what() << Qt::endl;
        return 2;
    }
}
