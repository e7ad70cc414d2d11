#pragma once

#include <QString>

#include <stdexcept>

namespace clientele {

// A summary table that cannot be read. The message is translated and names the file, and the row
// and column when one value is at fault.
class CustomerSummaryError : public std::runtime_error
{
public:
    explicit CustomerSummaryError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }

    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace clientele
