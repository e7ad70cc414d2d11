#pragma once

#include <QDateTime>

namespace clientele {

// A timestamp as a spreadsheet or a person wrote it: a date and a time of day with no zone. Held as
// UTC so that no local daylight-saving rule can move it (02:30 on the night the clocks go forward
// does not exist in local time) and so that making one needs no time-zone lookup, which in local time
// costs a stat() of /etc/localtime per value. Stored as "yyyy-MM-ddTHH:mm:ss" without an offset.
inline QDateTime wallClock(QDate day, QTime time = QTime(0, 0))
{
    return QDateTime(day, time, Qt::UTC);
}

} // namespace clientele
