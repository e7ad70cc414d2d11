#pragma once

#include <QDateTime>
#include <QString>

namespace clientele {

// Whom a playbook is written for.
enum class PlaybookTarget
{
    Tier,        // a segment of a tier model (tierModel + target)
    Stage,       // a lifecycle stage of seed 000: acquire, activate, grow, mature, retain, win_back
    OnlineGroup, // an online group of seed 004: new, active, dormant, churned
    Any,         // no particular group (a user's own general template)
};

// The team that usually carries a playbook out (seed 001 step 4).
enum class OwnerRole
{
    Sales,
    Service,
    Marketing,
    Data,
};

// A strategy template (策略模板). A built-in one has a code and takes its words from PlaybookCatalog
// in the current language, except where the user edited a text; a user's own has no code.
struct Playbook
{
    qint64 id = 0;
    QString code; // built-in code ("tier.seed4.high_value"); empty: a user's own
    PlaybookTarget targetKind = PlaybookTarget::Any;
    QString tierModel; // Tier only: "seed4", "tob4", "rfm11"
    QString target;    // tier segment, stage or group code; empty for Any
    QString name;
    QString goal;
    QString measures; // one measure a line
    OwnerRole ownerRole = OwnerRole::Sales;
    QString cadence;
    QString resources;
    QString expectedEffect;
    QString kpi; // a KpiCatalog code; empty: none
    bool retired = false;
    // Read only: a built-in whose texts the user changed (reset() puts the catalogue's back).
    bool edited = false;
    QDateTime updatedAt;

    bool isBuiltIn() const { return !code.isEmpty(); }
};

} // namespace clientele
