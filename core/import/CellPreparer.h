#pragma once

#include "import/CellValue.h"
#include "import/ImportSchema.h"
#include "import/ValueParser.h"

#include <QList>

#include <vector>

namespace clientele {

// What a column's values say about the order of day and month in its dates.
struct DateEvidence
{
    qint64 dayFirst = 0;
    qint64 monthFirst = 0;
    qint64 ambiguous = 0; // a/b/y with both parts <= 12
    qint64 firstAmbiguousRow = 0;
    QString firstAmbiguousValue;
};

// What a column's values say about its decimal symbol.
struct DecimalEvidence
{
    qint64 comma = 0;
    qint64 point = 0;
};

// The part of an import's work on a row that needs neither the database nor the rows before it,
// done on the reading thread (ReadAheadReader's row hook) so that it overlaps with the conversion
// and writing of the rows before: evidence about each mapped column's date order and decimal symbol,
// text and codes trimmed, dates parsed in the order decided for their column, numbers read exactly
// with the decimal symbol decided for theirs. A value that does not parse is left as it is, for the
// import to reject with the reason (or to read another way, like an Excel day number as text).
class CellPreparer
{
public:
    struct Column
    {
        int column = -1;
        FieldType type = FieldType::Text;
        DateOrder dateOrder = DateOrder::YearMonthDay;
        bool decimalComma = false;
        int exactPlaces = 0; // numbers: read to this many decimal places
        DateEvidence dates;
        DecimalEvidence decimals;
    };

    struct Pass
    {
        qint64 headerRow = 0;         // rows up to this one are left as they are
        bool dateEvidence = false;    // gather evidence about the date order
        bool decimalEvidence = false; // gather evidence about the decimal symbol
        bool convert = false;         // trim and parse (the date orders are decided)
    };

    // Starts a pass over the file with these columns (evidence counts from zero). Only while no
    // rows are read ahead: the reading thread is the only user until the pass ends.
    void begin(const Pass& pass, std::vector<Column> columns);
    void prepare(QList<CellValue>& cells, qint64 row);
    // The columns with the evidence of the pass; read once the reader has given its last row.
    const std::vector<Column>& columns() const { return m_columns; }

private:
    void collectEvidence(Column& c, const QString& value, qint64 row) const;

    Pass m_pass;
    std::vector<Column> m_columns;
    // The last date text parsed and its value, for each column: rows of one order repeat the same
    // date, and building a local QDateTime costs a time-zone lookup.
    std::vector<QString> m_lastDateText;
    std::vector<QDateTime> m_lastDate;
};

} // namespace clientele
