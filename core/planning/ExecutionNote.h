#pragma once

#include <QDateTime>
#include <QString>

namespace clientele {

// A dated progress note on an execution item.
struct ExecutionNote
{
    qint64 id = 0;
    qint64 itemId = 0;
    QDateTime writtenAt; // invalid on insert: now
    QString author;
    QString body;
};

} // namespace clientele
