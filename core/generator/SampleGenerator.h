#pragma once

#include "generator/SampleDatabaseWriter.h"
#include "generator/SampleRandom.h"
#include "model/Customer.h"
#include "model/Interaction.h"
#include "model/OrderLine.h"
#include "model/SurveyResponse.h"
#include "model/Tag.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace clientele {

// One generated order line, with the customer it belongs to as an index (-1: no customer).
struct SampleOrderLine
{
    OrderLine line; // customerId stays 0; writers map customerIndex to their own ids
    std::int64_t customerIndex = -1;
    QString country; // the customer's country, as the Online Retail sheet has it
};

// What a customer did besides buying.
struct SampleActivity
{
    QList<Interaction> interactions;
    QList<SurveyResponse> surveys;
    QList<int> tags; // indices into SampleGenerator::tags()
};

// The deterministic sample: customers, order lines and activity as a pure function of the spec.
// Customers and activity are computed per index; order lines come out one by one in time order,
// so a million rows never sit in memory. Memory is a few bytes per customer.
//
// Shape: customers are acquired at a growing rate over four years (a quarter before the two-year
// order span); how much each one buys follows a Pareto law (a few customers place most orders);
// about 8% never buy (prospects) and a quarter of the buyers stop buying part-way (churned).
// About 10% of orders have no customer, about 2% are cancellations ('C' order code, negative
// quantity and amount). Names, cities and products mix Chinese and English.
class SampleGenerator
{
public:
    explicit SampleGenerator(const SampleSpec& spec);

    const SampleSpec& spec() const { return m_spec; }
    // The two-year span the orders fall in; it ends on a date derived from the seed, not today.
    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_lastDay; }

    // Customer `index` (0 <= index < spec().customers); id stays 0.
    Customer customer(std::int64_t index, QString* country = nullptr) const;
    // Interactions, survey responses and tags of customer `index`; customerId fields stay 0.
    SampleActivity activity(std::int64_t index) const;
    static const QList<Tag>& tags();

    // The next order line, in time order; false after spec().orderLines lines.
    bool nextOrderLine(SampleOrderLine& out);
    // The price of one unit (amount / quantity; exact, the amount is a multiple of the quantity).
    static MinorUnits unitPrice(const SampleOrderLine& line);
    // Distinct order codes started so far.
    std::int64_t ordersStarted() const { return m_orderCount; }

private:
    struct Traits
    {
        bool business = false;
        bool chinese = false;
        int city = 0;
        std::uint64_t weight = 0; // 0: a prospect who never buys
        int createdOffset = 0;    // days from firstDay (negative: before the span)
        int lastActiveOffset = 0; // the last day the customer may buy
    };
    Traits traits(std::int64_t index) const;
    std::int64_t pickCustomer(int dayOffset);
    void startOrder();

    SampleSpec m_spec;
    QDate m_firstDay;
    QDate m_lastDay;
    std::vector<std::uint64_t> m_cumulativeWeight;
    std::vector<int> m_createdOffset;
    std::vector<int> m_lastActiveOffset;
    std::vector<std::uint8_t> m_business;
    std::vector<std::uint8_t> m_countryIndex;

    // Order-line cursor.
    SampleRandom m_orderRandom;
    std::int64_t m_linesDone = 0;
    std::int64_t m_orderCount = 0;
    std::int64_t m_eligible = 0; // customers created on or before the current day
    int m_linesLeftInOrder = 0;
    int m_lineNo = 0;
    std::int64_t m_orderCustomer = -1;
    bool m_orderCancelled = false;
    QString m_orderCode;
    QString m_orderChannel;
    QString m_orderCountry;
    QDateTime m_orderTime;
};

} // namespace clientele
