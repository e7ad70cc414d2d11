#pragma once

#include <QDateTime>
#include <QString>

namespace clientele {

enum class RiskStatus
{
    Open,
    Watching,
    Closed,
};

// A row of the risk register (seed 001 section 4): the risk, how it shows, how to avoid it. A
// built-in row has a code and takes its words from RiskCatalog unless the user edited them.
struct RiskEntry
{
    qint64 id = 0;
    QString code; // built-in code ("inaccurate_data"); empty: a user's own
    QString risk;
    QString signs;     // how it shows
    QString avoidance; // how to avoid it
    QString owner;
    RiskStatus status = RiskStatus::Open;
    bool edited = false; // read only: a built-in whose texts the user changed
    QDateTime updatedAt;

    bool isBuiltIn() const { return !code.isEmpty(); }
};

} // namespace clientele
