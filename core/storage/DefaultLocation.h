#pragma once

#include <QString>

namespace clientele {

// The database used when none is named: <AppDataLocation>/clientele.db (QStandardPaths), shared by
// the GUI and the CLI. QCoreApplication's organisation and application names must be set first.
QString defaultDatabasePath();

} // namespace clientele
