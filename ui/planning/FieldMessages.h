#pragma once

#include "planning/PlanningError.h"

#include <QHash>
#include <QString>

#include <vector>

class QFormLayout;
class QLabel;
class QWidget;

namespace clientele {

// The validation messages of a form, each shown under the field it names (PlanningIssue::field);
// issues of fields the form has no row for go to a general line at the bottom.
class FieldMessages
{
public:
    explicit FieldMessages(QLabel* general);
    // Adds the message line of a field under the form row of `field`.
    void addField(const QString& code, QFormLayout* form, QWidget* field);
    // Shows the issues (clears the others); returns true when there were none.
    bool show(const std::vector<PlanningIssue>& issues);
    QString message(const QString& code) const;

private:
    QLabel* m_general;
    QHash<QString, QLabel*> m_labels;
};

} // namespace clientele
