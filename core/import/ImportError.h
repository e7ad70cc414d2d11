#pragma once

#include <QString>

#include <stdexcept>

namespace clientele {

// A file that cannot be read. The message is translated and names the file, and where known the row
// (1-based, as the spreadsheet numbers it) and the column.
class ImportError : public std::runtime_error
{
public:
    ImportError(const QString& message, qint64 row = 0, int column = 0)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_row(row)
        , m_column(column)
    {
    }

    QString message() const { return m_message; }
    qint64 row() const { return m_row; }
    int column() const { return m_column; }

private:
    QString m_message;
    qint64 m_row;
    int m_column;
};

} // namespace clientele
