#pragma once

#include "planning/NextBestAction.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace clientele {

// The numbers of the next-best-action rules; defaults from ../shared/domain.md and the seeds.
struct NextBestActionSettings
{
    int cadenceDays = 30;         // seed 001: monthly light touch for high-value customers
    int activationDays = 7;       // seed 004: 7-day activation after the first order
    int dormantAfterDays = 90;    // silent this long: dormant (as in the KPI definitions)
    int lapsedAfterDays = 365;    // silent this long: lapsed, a win-back case, not a wake-up
    int wakeUpRecontactDays = 30; // a dormant customer contacted more recently is left alone
    QStringList highValueTiers = {QStringLiteral("high_value"), QStringLiteral("strategic"),
                                  QStringLiteral("champions")};
};

// Who each account manager (customer.owner) should contact this week and why: churn risk that rose
// between the last two snapshots, high-value customers due for their cadence touch, new customers
// in their activation window, dormant customers in their wake-up window. One action per customer
// (the first rule that applies, in that order). Marketing-type actions need marketing consent; every
// action respects the monthly contact limit; customers held back are listed with the cause.
class NextBestActionFinder
{
    Q_DECLARE_TR_FUNCTIONS(NextBestActionFinder)

public:
    NextBestActionFinder(const QSqlDatabase& db, const SqlDialect& dialect);
    NextBestActionFinder(const QSqlDatabase& db, const SqlDialect& dialect, NextBestActionSettings settings);

    // owner: an account manager; empty: every customer. Data after asOf is ignored (the snapshots
    // used are the two latest stored ones).
    NextBestActionList find(const QString& owner, QDate asOf) const;

    // Records the contact as an interaction (type = the playbook code, owner = the action's owner);
    // returns its id.
    qint64 logContact(const NextBestAction& action,
                      const QDateTime& when,
                      const QString& channel,
                      const QString& summary,
                      const QString& outcome = {}) const;

    // The playbook a reason leads to for a customer of that kind ("toc"/"tob") and tier.
    static QString playbookFor(ActionReason reason, const QString& customerKind, const QString& tier);

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
    NextBestActionSettings m_settings;
};

} // namespace clientele
