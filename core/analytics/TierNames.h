#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace clientele {

// The translated names of every built-in tier segment code, lifecycle stage code and churn risk
// level, so the UI, the CLI and the report show the same words.
class TierNames
{
    Q_DECLARE_TR_FUNCTIONS(TierNames)

public:
    // Unknown codes are returned as they are.
    static QString displayName(const QString& code);
    // Every code displayName() knows.
    static QStringList knownCodes();
};

} // namespace clientele
