#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace clientele {

// Why a customer is on an account manager's contact list, in priority order.
enum class ActionReason
{
    RiskRose,      // churn risk level higher in the latest snapshot than in the one before
    CadenceDue,    // a high-value customer with no interaction within the playbook cadence
    Activation,    // first order within the activation window, not yet activated
    DormantWakeUp, // silent long enough to be dormant, not yet lapsed, not contacted lately
};

QString actionReasonCode(ActionReason reason); // "risk_rose", "cadence_due", "activation", "dormant_wakeup"

// Marketing contacts need the customer's marketing consent; service contacts do not
// (docs/planning-effect.md). Both count against the monthly contact limit.
enum class ContactKind
{
    Service,
    Marketing,
};

QString contactKindCode(ContactKind kind); // "service", "marketing"

// One customer to contact, and why.
struct NextBestAction
{
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QString owner;
    ActionReason reason = ActionReason::RiskRose;
    ContactKind contactKind = ContactKind::Marketing;
    QString playbookCode; // the built-in playbook to follow (PlaybookCatalog code)
    QString why;          // the reason in words, with the figures behind it
};

// A customer a rule picked but who must not be contacted now.
struct HeldBackAction
{
    enum class Cause
    {
        NoConsent,    // a marketing contact without marketing consent
        LimitReached, // the month's contact limit is used up
    };
    NextBestAction action;
    Cause cause = Cause::NoConsent;
    QString why; // in words
};

// An account manager's list for the week.
struct NextBestActionList
{
    QDate asOf;
    QString owner;                        // empty: every owner
    std::vector<NextBestAction> actions;  // by priority (reason), then customer code
    std::vector<HeldBackAction> heldBack; // the same order
    QStringList notes;                    // rules that could not run (missing snapshots), in words
};

} // namespace clientele
