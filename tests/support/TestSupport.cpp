#include "TestSupport.h"

namespace clientele::test {

TempWorkspace::TempWorkspace() = default;

std::unique_ptr<Database> TempWorkspace::openDatabase() const
{
    return Database::open(databasePath(), {Database::IfMissing::Create, backupRoot()});
}

QString sharedDataPath(const QString& relative)
{
    return QStringLiteral(CLIENTELE_SHARED_DATA_DIR "/") + relative;
}

QString testDataPath(const QString& relative)
{
    return QStringLiteral(CLIENTELE_TEST_DATA_DIR "/") + relative;
}

} // namespace clientele::test
