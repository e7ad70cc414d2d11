#include "ChurnRiskAssessor.h"

#include <QLocale>

namespace clientele {

namespace {

bool falling(double last, double previous, double ratio)
{
    return previous > 0 && last < ratio * previous;
}

// Numbers in the reasons are written in the current locale ("1,234.50", "1.234,50"), like the rest
// of the screen they are shown on.
QString number(double value)
{
    return QLocale().toString(value, 'f', 0);
}

QString money(qint64 minor)
{
    return QLocale().toString(static_cast<double>(minor) / 100.0, 'f', 2);
}

} // namespace

ChurnRiskAssessor::ChurnRiskAssessor(ChurnRiskSettings settings, Reasons reasons)
    : m_settings(settings)
    , m_reasons(reasons)
{
    if (m_reasons == Reasons::Include)
        m_prospectReasons << tr("Has not bought yet: no purchase pattern to lose.");
}

ChurnRisk ChurnRiskAssessor::assess(const CustomerFigures& f, LifecycleStage stage, double pAlive) const
{
    const ChurnRiskSettings& s = m_settings;
    ChurnRisk risk;
    // The sentence is only built when the reasons are wanted.
    const auto say = [this, &risk](const auto& sentence) {
        if (m_reasons == Reasons::Include)
            risk.reasons << sentence();
    };
    if (stage == LifecycleStage::Prospect) {
        risk.reasons = m_prospectReasons;
        return risk;
    }
    if (stage == LifecycleStage::Churned) {
        risk.level = ChurnRiskLevel::High;
        say([&] { return tr("Already churned: no purchase for %1 days.").arg(number(f.recencyDays)); });
        return risk;
    }

    int points = 0;
    if (!std::isnan(pAlive) && f.summary.x > 0) {
        if (pAlive < s.highRiskPAlive) {
            points += 2;
            say([&] {
                return tr("Only %1 % likely still to be buying (BG/NBD P(alive)).")
                    .arg(number(qRound(pAlive * 100)));
            });
        } else if (pAlive < s.mediumRiskPAlive) {
            points += 1;
            say([&] {
                return tr("%1 % likely still to be buying (BG/NBD P(alive)).")
                    .arg(number(qRound(pAlive * 100)));
            });
        }
    }
    if (stage == LifecycleStage::Dormant) {
        points += 2;
        say([&] { return tr("Dormant: no purchase for %1 days.").arg(number(f.recencyDays)); });
    } else if (f.hasTypicalGap() && f.recencyDays > s.overdueGapFactor * f.typicalGapDays) {
        points += 1;
        say([&] {
            return tr("Silent for %1 days, longer than usual (typical gap %2 days).")
                .arg(number(f.recencyDays), number(f.typicalGapDays));
        });
    }
    if (falling(f.ordersLast90, f.ordersPrevious90, s.fallingRatio)) {
        points += 1;
        say([&] {
            return tr("Purchase frequency falling: %1 orders in the last 90 days against %2 in the 90 "
                      "before.")
                .arg(number(f.ordersLast90), number(f.ordersPrevious90));
        });
    }
    if (falling(static_cast<double>(f.amountLast90Minor), static_cast<double>(f.amountPrevious90Minor),
                s.fallingRatio)) {
        points += 1;
        say([&] {
            return tr("Amount falling: %1 in the last 90 days against %2 in the 90 before.")
                .arg(money(f.amountLast90Minor), money(f.amountPrevious90Minor));
        });
    }
    if (falling(f.interactionsLast90, f.interactionsPrevious90, s.fallingRatio)) {
        points += 1;
        say([&] {
            return tr("Interactions falling: %1 in the last 90 days against %2 in the 90 before.")
                .arg(number(f.interactionsLast90), number(f.interactionsPrevious90));
        });
    }
    if (points >= s.highPoints)
        risk.level = ChurnRiskLevel::High;
    else if (points >= s.mediumPoints)
        risk.level = ChurnRiskLevel::Medium;
    if (risk.reasons.isEmpty())
        say([] { return tr("No warning signal."); });
    return risk;
}

} // namespace clientele
