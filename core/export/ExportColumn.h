#pragma once

#include <QString>

namespace clientele {

// One column of an exported table. The type decides how a cell is written: text is always text (an
// id "00123" keeps its zeros), numbers are numbers, dates are dates.
struct ExportColumn
{
    enum class Type
    {
        Text,
        Number,
        Date
    };

    QString header;
    Type type = Type::Text;
};

} // namespace clientele
