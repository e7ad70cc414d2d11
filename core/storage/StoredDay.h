#pragma once

#include <QByteArrayView>
#include <QDate>

namespace clientele {

// The Julian day (QDate::toJulianDay()) of a stored date or timestamp as SQLite hands it back, ISO
// text like "2011-07-03T10:20:00"; an invalid QDate's day when unreadable. The digits are read by
// hand: QDate::fromString costs more than the rest of a scanned row.
qint64 storedDay(QByteArrayView text);

// Writes a date's ISO text ("2024-03-05", 10 characters) to `out`, by hand: QDate::toString goes
// through printf, a measurable cost per row of a bulk write. Returns false, writing nothing, for an
// invalid date or a year outside 1000-9999 (those need QDate::toString).
bool writeStoredDate(QDate date, char* out);

inline const qint64 kNoStoredDay = QDate().toJulianDay();

} // namespace clientele
