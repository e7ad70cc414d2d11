#pragma once

#include <QDateTime>

#include <optional>

namespace clientele {

// Excel's serial day numbers. The 1900 system counts 1900-02-29, a day that never was (Lotus 1-2-3
// compatibility, ECMA-376 Part 4): serial 60 is that day and is refused; serials after it are shifted.
// The 1904 system (old Mac workbooks, workbookPr date1904) counts from 1904-01-01 with no such day.
class ExcelDate
{
public:
    static constexpr double kMaxSerial1900 = 2958465; // 9999-12-31
    static constexpr double kMaxSerial1904 = 2957003;

    static std::optional<QDateTime> fromSerial(double serial, bool date1904 = false);

    // True when an XLSX number format (built-in id or format code) shows a date or time.
    static bool isDateFormat(int numFmtId, const QString& formatCode);
};

} // namespace clientele
