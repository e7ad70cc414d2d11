#pragma once

#include <QString>

#include <stdexcept>

namespace clientele {

// A scoring scheme or tier model that cannot be used: malformed JSON, boundaries out of order, a map
// with gaps or overlaps. The message is translated and names the scheme or model, the segment and
// the rule at fault.
class AnalyticsRuleError : public std::runtime_error
{
public:
    explicit AnalyticsRuleError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }

    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace clientele
