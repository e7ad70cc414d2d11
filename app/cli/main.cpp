// clientele-cli: the command-line face of Clientele. Exit codes: 0 ok, 1 user error (one line on
// stderr), 2 internal error.
#include "CliCommands.h"
#include "CliError.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <exception>
#include <memory>

int main(int argc, char* argv[])
{
    // Only the report paints (fonts, charts): it gets a QApplication on the offscreen platform (a
    // PDF needs no display, and a stale DISPLAY must not stop it). Every other command stays a plain
    // QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (clientele::cli::needsGuiApplication(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
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
