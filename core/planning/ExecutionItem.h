#pragma once

#include "model/Money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace clientele {

// Which customers an execution item is for.
enum class SegmentKind
{
    Tier,   // a tier of the plan's tier model
    Stage,  // a lifecycle stage
    Custom, // a hand-picked list (segment holds a label, may be empty)
};

enum class ItemStatus
{
    Planned,
    Running,
    Done,
    Cancelled,
};

// A linked customer's part: targets are contacted, the control group (held out) is not.
enum class ItemCustomerRole
{
    Target,
    Control,
};

// A row of the strategy execution plan (seed 001 template 2, 客户维护策略执行计划表).
struct ExecutionItem
{
    qint64 id = 0;
    qint64 planId = 0;
    SegmentKind segmentKind = SegmentKind::Tier;
    QString segment;                  // tier or stage code, or a label for Custom
    std::optional<qint64> playbookId; // the template it came from; none: written freely
    QString strategy;                 // the strategy's name
    QString measures;
    QString owner;
    QDate startsOn;
    QDate endsOn;
    QString resources;
    std::optional<MinorUnits> budgetMinor;
    QString expectedEffect;
    ItemStatus status = ItemStatus::Planned;
    // Share of the linked customers held out as control (0 ≤ share < 1); set through
    // PlanStore::setItemCustomers, which picks them.
    double holdoutShare = 0.0;
};

// One linked customer of an item.
struct ItemCustomer
{
    qint64 customerId = 0;
    ItemCustomerRole role = ItemCustomerRole::Target;
};

} // namespace clientele
