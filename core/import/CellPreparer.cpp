#include "import/CellPreparer.h"

namespace clientele {

void CellPreparer::begin(const Pass& pass, std::vector<Column> columns)
{
    m_pass = pass;
    m_columns = std::move(columns);
    for (Column& c : m_columns) {
        c.dates = DateEvidence();
        c.decimals = DecimalEvidence();
    }
    m_lastDateText.assign(m_columns.size(), QString());
    m_lastDate.assign(m_columns.size(), QDateTime());
}

void CellPreparer::collectEvidence(Column& c, const QString& value, qint64 row) const
{
    if (m_pass.dateEvidence && c.type == FieldType::DateTime) {
        DateEvidence& e = c.dates;
        switch (ValueParser::orderEvidence(value)) {
        case DateOrder::DayMonthYear:
            ++e.dayFirst;
            break;
        case DateOrder::MonthDayYear:
            ++e.monthFirst;
            break;
        default:
            if (ValueParser::isDayMonthShaped(value) && ++e.ambiguous == 1) {
                e.firstAmbiguousRow = row;
                e.firstAmbiguousValue = value;
            }
        }
    } else if (m_pass.decimalEvidence && (c.type == FieldType::Amount || c.type == FieldType::Decimal)) {
        c.decimals.comma += ValueParser::needsDecimalComma(value);
        c.decimals.point += ValueParser::needsDecimalPoint(value);
    }
}

void CellPreparer::prepare(QList<CellValue>& cells, qint64 row)
{
    if (row <= m_pass.headerRow)
        return;
    for (size_t i = 0; i < m_columns.size(); ++i) {
        Column& c = m_columns[i];
        if (c.column >= cells.size())
            continue;
        CellValue& cell = cells[c.column];
        const bool isText = cell.type == CellValue::Type::Text;
        if (isText)
            collectEvidence(c, cell.text, row);
        if (!m_pass.convert || (!isText && cell.type != CellValue::Type::Number))
            continue;
        switch (c.type) {
        case FieldType::Text:
        case FieldType::Code:
            if (isText)
                cell.text = ValueParser::trimmed(cell.text);
            break;
        case FieldType::Amount:
        case FieldType::Decimal:
        case FieldType::Integer:
            // A numeric cell's text is the file's own spelling of the number: always a decimal point.
            if (const auto value =
                    ValueParser::parseDecimal(cell.text, isText && c.decimalComma, c.exactPlaces)) {
                cell.exact = *value;
                cell.exactPlaces = c.exactPlaces;
            }
            break;
        case FieldType::DateTime:
            if (!isText)
                break;
            if (cell.text == m_lastDateText[i]) {
                cell.type = CellValue::Type::DateTime;
                cell.dateTime = m_lastDate[i];
            } else if (const auto parsed = ValueParser::parseDateTime(cell.text, c.dateOrder);
                       parsed && parsed->isValid()) {
                cell.type = CellValue::Type::DateTime;
                cell.dateTime = *parsed;
                m_lastDateText[i] = cell.text;
                m_lastDate[i] = *parsed;
            }
            break;
        default:
            break;
        }
    }
}

} // namespace clientele
