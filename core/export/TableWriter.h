#pragma once

#include "export/ExportColumn.h"

#include <QList>
#include <QVariant>

namespace clientele {

// Writes one table to a file. Nothing appears under the target name until commit(): the writer works
// on a temporary file beside it and renames it at the end, so a cancel or an error leaves no half
// file. Cells are QVariants: QString for text, a number type for numbers, QDate for dates, an
// invalid or null QVariant for an empty cell. Throws ExportError.
class TableWriter
{
public:
    virtual ~TableWriter() = default;

    virtual void begin(const QList<ExportColumn>& columns) = 0;
    virtual void writeRow(const QVariantList& cells) = 0;
    // Finishes the file and moves it to its name (replacing an older file of that name).
    virtual void commit() = 0;
    // Drops the temporary file. The destructor does this too when commit() was not reached.
    virtual void discard() = 0;
};

} // namespace clientele
