#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>

namespace clientele {

// One cell as a spreadsheet holds it, before any field mapping. `text` always keeps the source's own
// spelling (an id stored as text "00001" or a number written "13607" stays exactly that).
struct CellValue
{
    enum class Type
    {
        Empty,
        Text,
        Number,
        Boolean,
        DateTime,
        Error
    };

    Type type = Type::Empty;
    QString text;
    double number = 0;
    QDateTime dateTime; // Type::DateTime: a date (and time) the file itself marked as one
    // Set by CellPreparer: the cell read as an exact number in units of 10^-exactPlaces.
    std::int64_t exact = 0;
    int exactPlaces = -1;

    bool isEmpty() const { return type == Type::Empty || (type == Type::Text && text.isEmpty()); }

    static CellValue makeText(const QString& text)
    {
        CellValue v;
        v.type = text.isEmpty() ? Type::Empty : Type::Text;
        v.text = text;
        return v;
    }
};

} // namespace clientele
