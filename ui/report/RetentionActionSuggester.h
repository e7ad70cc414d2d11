#pragma once

#include <QCoreApplication>
#include <QString>

namespace clientele {

// The suggested next step for a customer at risk, from seed 001's tiered playbook: who the
// customer is to the business (tier) decides how personal the response is, the lifecycle stage
// decides whether it is a retention or a wake-up move.
class RetentionActionSuggester
{
    Q_DECLARE_TR_FUNCTIONS(RetentionActionSuggester)

public:
    static QString suggest(const QString& tierCode, const QString& stageCode);
};

} // namespace clientele
