#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace clientele {

// A table for the report: columns with relative widths, rows of text. ReportCanvas draws it,
// breaking across pages and repeating the header row on each.
struct ReportTable
{
    struct Column
    {
        QString title;
        double weight = 1.0; // share of the width, relative to the other columns
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    QList<Column> columns;
    QList<QStringList> rows;
    QList<int> emphasisedRows; // printed bold (totals)

    void addColumn(const QString& title, double weight, Qt::Alignment alignment = Qt::AlignLeft)
    {
        columns << Column{title, weight, alignment};
    }
};

} // namespace clientele
