#include "storage/DefaultLocation.h"

#include <QStandardPaths>

namespace clientele {

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/clientele.db");
}

} // namespace clientele
