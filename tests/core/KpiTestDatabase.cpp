#include "KpiTestDatabase.h"

#include "model/Customer.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/SqlSupport.h"

namespace clientele::test {

namespace {

QDateTime at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(10, 0));
}

} // namespace

QMap<QString, qint64> fillKpiTestDatabase(Database& db)
{
    CustomerRepository customers(db.connection(), db.dialect());
    ActivityRepository activity(db.connection(), db.dialect());
    QMap<QString, qint64> ids;
    const auto customer = [&](const QString& code, QDate createdOn) {
        Customer c;
        c.code = code;
        c.name = QStringLiteral("Customer ") + code;
        c.createdOn = createdOn;
        customers.insert(c);
        ids.insert(code, c.id);
    };
    const auto order = [&](const QString& code, const QString& orderCode, const QDateTime& when,
                           qint64 amount, int lineNo = 1, OrderStatus status = OrderStatus::Completed) {
        OrderLine line;
        line.customerId = code.isEmpty() ? 0 : ids.value(code);
        line.orderCode = orderCode;
        line.lineNo = lineNo;
        line.orderedAt = when;
        line.amount = amount;
        line.status = status;
        activity.insertOrderLine(line);
    };
    const auto interaction = [&](const QString& code, const QDateTime& when) {
        Interaction i;
        i.customerId = ids.value(code);
        i.occurredAt = when;
        i.channel = QStringLiteral("phone");
        activity.insertInteraction(i);
    };
    const auto survey = [&](const QString& code, const QDateTime& when, std::optional<int> nps) {
        SurveyResponse r;
        r.customerId = ids.value(code);
        r.answeredAt = when;
        r.nps = nps;
        r.satisfaction = 4;
        activity.insertSurveyResponse(r);
    };
    const auto tags = [&](const QString& code, int staticTags, int dynamicTags) {
        const QStringList statics = {QStringLiteral("female"), QStringLiteral("30-39"),
                                     QStringLiteral("Shanghai"), QStringLiteral("high spender")};
        for (int i = 0; i < staticTags; ++i)
            activity.assignTag(ids.value(code), activity.ensureTag(statics.at(i), TagKind::Static));
        for (int i = 0; i < dynamicTags; ++i)
            activity.assignTag(ids.value(code),
                               activity.ensureTag(QStringLiteral("likes tea"), TagKind::Dynamic));
    };

    const QDate longAgo(2010, 1, 1);
    for (const char* code : {"A", "B", "F", "G", "H", "I", "L"})
        customer(QString::fromLatin1(code), longAgo);
    customer(QStringLiteral("C"), QDate(2011, 7, 10));
    customer(QStringLiteral("D"), QDate(2011, 9, 28));
    customer(QStringLiteral("E"), QDate(2011, 7, 20));
    customer(QStringLiteral("J"), QDate(2011, 7, 2));   // a prospect: never bought
    customer(QStringLiteral("K"), QDate(2011, 10, 15)); // created after 2011Q3

    // A: first order in Q2, two orders in Q3 (one of two lines) and a cancellation.
    order(QStringLiteral("A"), QStringLiteral("O-A1"), at(2011, 5, 10), 10000);
    order(QStringLiteral("A"), QStringLiteral("O-A2"), at(2011, 7, 5), 5000, 1);
    order(QStringLiteral("A"), QStringLiteral("O-A2"), at(2011, 7, 5), 3000, 2);
    order(QStringLiteral("A"), QStringLiteral("C-A2"), at(2011, 7, 6), -3000, 1, OrderStatus::Cancelled);
    order(QStringLiteral("A"), QStringLiteral("O-A3"), at(2011, 8, 20), 12000);
    // B: bought in Q2 only (churned in Q3).
    order(QStringLiteral("B"), QStringLiteral("O-B1"), at(2011, 6, 15), 20000);
    // C: new in Q3, second order 5 days later (activated).
    order(QStringLiteral("C"), QStringLiteral("O-C1"), at(2011, 7, 10), 6000);
    order(QStringLiteral("C"), QStringLiteral("O-C2"), at(2011, 7, 15), 4000);
    // D: new on 28 Sep, an interaction 5 days later in October (activated; window past the end).
    order(QStringLiteral("D"), QStringLiteral("O-D1"), at(2011, 9, 28), 9000);
    interaction(QStringLiteral("D"), at(2011, 10, 3));
    // E: new in Q3, second order 19 days later, an interaction before the first order (not activated).
    order(QStringLiteral("E"), QStringLiteral("O-E1"), at(2011, 8, 1), 7000);
    order(QStringLiteral("E"), QStringLiteral("O-E2"), at(2011, 8, 20), 5000);
    interaction(QStringLiteral("E"), at(2011, 7, 25));
    // F and G: dormant at 1 July (150 and 108 days silent); F wakes up.
    order(QStringLiteral("F"), QStringLiteral("O-F1"), at(2011, 2, 1), 5000);
    order(QStringLiteral("F"), QStringLiteral("O-F2"), at(2011, 9, 10), 3000);
    order(QStringLiteral("G"), QStringLiteral("O-G1"), at(2011, 3, 15), 2000);
    // H and I: lapsed at 1 July (426 and 395 days silent); H is won back.
    order(QStringLiteral("H"), QStringLiteral("O-H1"), at(2010, 5, 1), 50000);
    order(QStringLiteral("H"), QStringLiteral("O-H2"), at(2011, 7, 20), 2500);
    order(QStringLiteral("I"), QStringLiteral("O-I1"), at(2010, 6, 1), 1000);
    // L: bought in Q2; in Q3 only a cancellation (not a purchase).
    order(QStringLiteral("L"), QStringLiteral("O-L1"), at(2011, 4, 10), 4000);
    order(QStringLiteral("L"), QStringLiteral("C-L1"), at(2011, 7, 12), -4000, 1, OrderStatus::Cancelled);
    // A line without a customer counts nowhere.
    order(QString(), QStringLiteral("O-X1"), at(2011, 8, 1), 99900);

    interaction(QStringLiteral("J"), at(2011, 8, 5));
    interaction(QStringLiteral("A"), at(2011, 9, 15));

    survey(QStringLiteral("A"), at(2011, 7, 10), 10);
    survey(QStringLiteral("A"), at(2011, 9, 1), 6); // A's latest answer in Q3: a detractor
    survey(QStringLiteral("B"), at(2011, 8, 1), 9);
    survey(QStringLiteral("C"), at(2011, 8, 2), 7);
    survey(QStringLiteral("J"), at(2011, 8, 3), 3);
    survey(QStringLiteral("H"), at(2011, 6, 1), 10);            // Q2
    survey(QStringLiteral("D"), at(2011, 9, 29), std::nullopt); // satisfaction only

    tags(QStringLiteral("A"), 4, 0);
    tags(QStringLiteral("B"), 3, 1);
    tags(QStringLiteral("C"), 4, 1);
    return ids;
}

void writeTestSnapshot(Database& db,
                       const QMap<QString, qint64>& ids,
                       const QString& period,
                       QDate asOf,
                       const QList<SnapshotRow>& rows)
{
    const QSqlDatabase c = db.connection();
    sql::run(c,
             QStringLiteral(
                 "INSERT INTO analysis_snapshot (period, as_of, scheme, tier_model, customers, created_at)"
                 " VALUES (?, ?, 'quintile', 'seed4', ?, '2011-10-01T00:00:00')"),
             {period, asOf.toString(Qt::ISODate), rows.size()});
    for (const SnapshotRow& row : rows)
        sql::run(c,
                 QStringLiteral("INSERT INTO customer_snapshot (period, customer_id, tier, stage, clv_minor)"
                                " VALUES (?, ?, ?, 'active', ?)"),
                 {period, ids.value(row.code), row.tier,
                  row.clvMinor < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(row.clvMinor)});
}

void writeKpiTestSnapshots(Database& db, const QMap<QString, qint64>& ids)
{
    writeTestSnapshot(db, ids, QStringLiteral("2011Q3"), QDate(2011, 9, 30),
                      {{QStringLiteral("A"), QStringLiteral("high_value"), 50000},
                       {QStringLiteral("B"), QStringLiteral("churn_risk"), 5000},
                       {QStringLiteral("C"), QStringLiteral("potential"), 20000},
                       {QStringLiteral("D"), QStringLiteral("potential"), -1},
                       {QStringLiteral("E"), QStringLiteral("potential"), 10000},
                       {QStringLiteral("F"), QStringLiteral("low_value"), -1},
                       {QStringLiteral("G"), QStringLiteral("low_value"), -1},
                       {QStringLiteral("H"), QStringLiteral("churn_risk"), -1},
                       {QStringLiteral("I"), QStringLiteral("low_value"), -1},
                       {QStringLiteral("J"), QStringLiteral("low_value"), -1},
                       {QStringLiteral("L"), QStringLiteral("low_value"), -1}});
    writeTestSnapshot(db, ids, QStringLiteral("2011Q2"), QDate(2011, 6, 30),
                      {{QStringLiteral("A"), QStringLiteral("high_value"), 40000},
                       {QStringLiteral("B"), QStringLiteral("high_value"), 60000},
                       {QStringLiteral("L"), QStringLiteral("potential"), -1},
                       {QStringLiteral("F"), QStringLiteral("low_value"), -1},
                       {QStringLiteral("G"), QStringLiteral("low_value"), -1},
                       {QStringLiteral("H"), QStringLiteral("churn_risk"), -1},
                       {QStringLiteral("I"), QStringLiteral("churn_risk"), -1}});
}

} // namespace clientele::test
