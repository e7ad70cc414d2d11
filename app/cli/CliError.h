#pragma once

#include <QString>

#include <stdexcept>

namespace clientele::cli {

// A mistake of the user's (bad option, missing file): exit code 1 with a one-line message.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString& message)
        : std::runtime_error(message.toStdString())
    {
    }
};

} // namespace clientele::cli
