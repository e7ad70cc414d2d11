#include "CustomerFiguresCalculator.h"

#include "HugePages.h"

#include <algorithm>

namespace clientele {

namespace {

constexpr double kDaysPerYear = 365.25;
constexpr double kDaysPerWeek = 7.0;

double median(std::vector<qint64>& values)
{
    const std::size_t n = values.size();
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(n / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (n % 2 == 1)
        return static_cast<double>(*middle);
    const qint64 upper = *middle;
    const qint64 lower = *std::max_element(values.begin(), middle);
    return (static_cast<double>(lower) + static_cast<double>(upper)) / 2.0;
}

void fillFromSummaryRow(CustomerFigures& f, const SummaryRow& row, qint64 asOfDay)
{
    // The row describes the customer on its own date; later silence adds to the recency.
    f.fromSummaryRow = true;
    f.recencyDays = row.recencyDays + static_cast<int>(asOfDay - row.asOf.toJulianDay());
    f.lastPurchase = QDate::fromJulianDay(asOfDay - f.recencyDays);
    f.ordersPerYear = static_cast<double>(row.frequencyPerYearMilli) / 1000.0;
    f.amountPerYearMinor = row.amountPerYearMinor;
    f.averageOrderValueMinor =
        row.frequencyPerYearMilli > 0 ? row.amountPerYearMinor * 1000 / row.frequencyPerYearMilli : 0;
}

} // namespace

CustomerFiguresCalculator::CustomerFiguresCalculator(QDate asOf)
    : m_asOf(asOf)
    , m_asOfDay(asOf.toJulianDay())
{
}

CustomerFigures CustomerFiguresCalculator::calculate(const CustomerActivity& a) const
{
    CustomerFigures f;
    f.customerId = a.customerId;
    f.code = a.code;
    f.name = a.name;
    f.kind = a.kind;
    f.owner = a.owner;
    f.createdOn = a.createdOn;
    f.latestNps = a.latestNps;
    f.industryFit = a.industryFit;
    f.renewalRisk = a.renewalRisk;

    const qint64 last90Start = m_asOfDay - kTrendWindowDays;         // exclusive
    const qint64 previous90Start = m_asOfDay - 2 * kTrendWindowDays; // exclusive

    // Purchase days with their completed amounts, for the gaps and the BG/NBD summary.
    qint64 firstDay = 0;
    qint64 lastDay = 0;
    int purchaseDays = 0;
    qint64 repeatAmount = 0; // completed amounts after the first purchase day
    std::vector<qint64> gaps;
    gaps.reserve(a.orders.size());
    for (const OrderRecord& order : a.orders) {
        if (order.day > m_asOfDay)
            continue;
        f.netAmountMinor += order.netAmountMinor;
        if (order.day > last90Start) {
            f.amountLast90Minor += order.netAmountMinor;
            f.ordersLast90 += order.completed ? 1 : 0;
        } else if (order.day > previous90Start) {
            f.amountPrevious90Minor += order.netAmountMinor;
            f.ordersPrevious90 += order.completed ? 1 : 0;
        }
        if (!order.completed)
            continue;
        ++f.orders;
        if (purchaseDays == 0) {
            firstDay = lastDay = order.day;
            purchaseDays = 1;
            continue;
        }
        if (order.day != firstDay)
            repeatAmount += order.netAmountMinor;
        if (order.day != lastDay) {
            gaps.push_back(order.day - lastDay);
            lastDay = order.day;
            ++purchaseDays;
        }
    }

    for (qint64 day : a.interactionDays) {
        if (day > m_asOfDay)
            break;
        f.lastInteraction = QDate::fromJulianDay(day);
        if (day > last90Start)
            ++f.interactionsLast90;
        else if (day > previous90Start)
            ++f.interactionsPrevious90;
    }

    if (f.orders == 0) {
        if (a.summaryRow && a.summaryRow->asOf <= m_asOf)
            fillFromSummaryRow(f, *a.summaryRow, m_asOfDay);
        f.summary.id = a.code;
        return f;
    }

    f.firstPurchase = QDate::fromJulianDay(firstDay);
    f.lastPurchase = QDate::fromJulianDay(lastDay);
    f.recencyDays = static_cast<int>(m_asOfDay - lastDay);
    f.tenureDays = static_cast<double>(m_asOfDay - firstDay);
    const double years = std::max(f.tenureDays / kDaysPerYear, 1.0);
    f.ordersPerYear = f.orders / years;
    f.amountPerYearMinor = static_cast<qint64>(std::llround(static_cast<double>(f.netAmountMinor) / years));
    f.averageOrderValueMinor = f.netAmountMinor / f.orders;
    if (!gaps.empty())
        f.typicalGapDays = median(gaps);

    CustomerSummary& s = f.summary;
    s.id = a.code;
    s.x = purchaseDays - 1;
    s.tx = static_cast<double>(lastDay - firstDay) / kDaysPerWeek;
    s.T = f.tenureDays / kDaysPerWeek;
    s.zbar = s.x > 0 ? static_cast<double>(repeatAmount) / s.x : 0.0;
    s.hasSpend = true;
    return f;
}

CustomerFiguresList CustomerFiguresCalculator::calculate(const CustomerActivities& activities) const
{
    CustomerFiguresList list;
    reserveWithHugePages(list, activities.size());
    for (const CustomerActivity& activity : activities)
        list.push_back(calculate(activity));
    return list;
}

} // namespace clientele
