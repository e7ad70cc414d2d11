#pragma once

#include <QString>

#include <stdexcept>

namespace clientele {

// Thrown when an export cannot be written. The message is translated and names the file.
class ExportError : public std::runtime_error
{
public:
    explicit ExportError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }

    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace clientele
