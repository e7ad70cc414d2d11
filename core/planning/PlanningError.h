#pragma once

#include <QString>
#include <QStringList>

#include <stdexcept>
#include <vector>

namespace clientele {

// One broken rule of a planning record, naming the field it concerns.
struct PlanningIssue
{
    QString field;   // the field's code ("ends_on", "owner", "target"); the UI marks that input
    QString message; // translated, names the field in words
};

// Thrown by the planning stores when a record breaks a rule (and for an unknown id); what() and
// message() give every issue's message, one a line, already translated.
class PlanningError : public std::runtime_error
{
public:
    explicit PlanningError(std::vector<PlanningIssue> issues)
        : std::runtime_error(joined(issues).toStdString())
        , m_issues(std::move(issues))
    {
    }
    explicit PlanningError(const QString& message)
        : PlanningError(std::vector<PlanningIssue>{{QString(), message}})
    {
    }

    const std::vector<PlanningIssue>& issues() const { return m_issues; }
    QString message() const { return joined(m_issues); }

private:
    static QString joined(const std::vector<PlanningIssue>& issues)
    {
        QStringList lines;
        for (const PlanningIssue& issue : issues)
            lines << issue.message;
        return lines.join(QLatin1Char('\n'));
    }

    std::vector<PlanningIssue> m_issues;
};

} // namespace clientele
