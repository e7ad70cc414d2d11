#include "CustomerTestData.h"

#include "Translations.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/SqlSupport.h"
#include "storage/WriteTransaction.h"

namespace clientele::test {

Customer customerNumbered(int i, int count)
{
    static const QString cities[] = {QStringLiteral("Beijing"), QStringLiteral("Chengdu"),
                                     QStringLiteral("Shanghai")};
    Customer c;
    c.code = QStringLiteral("C%1").arg(i, 5, 10, QLatin1Char('0'));
    c.name = QStringLiteral("Name %1").arg(count + 1 - i, 5, 10, QLatin1Char('0'));
    c.kind = i % 2 == 0 ? CustomerKind::Business : CustomerKind::Consumer;
    c.city = cities[i % 3];
    c.region = QStringLiteral("Region %1").arg(i % 7);
    c.owner = QStringLiteral("Owner %1").arg(i % 5);
    c.industry = QStringLiteral("Retail");
    c.createdOn = QDate(2023, 1, 1).addDays(i % 365);
    return c;
}

void insertCustomers(Database& db, int count)
{
    WriteTransaction tx(db.connection(), db.dialect());
    CustomerRepository customers(db.connection(), db.dialect());
    ActivityRepository activity(db.connection(), db.dialect());
    const std::int64_t vip = activity.ensureTag(QStringLiteral("vip"), TagKind::Static);
    for (int i = 1; i <= count; ++i) {
        Customer c = customerNumbered(i, count);
        customers.insert(c);
        if (i % 10 == 0)
            activity.assignTag(c.id, vip);
    }
    tx.commit();
}

void storeCurrentAnalysis(Database& db, int analysed, qint64 amountShift)
{
    static const char* const tiers[] = {"high_value", "potential", "low_value", "churn_risk"};
    static const char* const stages[] = {"prospect", "new",     "active",  "mature",
                                         "dormant",  "churned", "won_back"};
    static const char* const risks[] = {"low", "medium", "high"};
    WriteTransaction tx(db.connection(), db.dialect());
    sql::run(db.connection(), QStringLiteral("DELETE FROM analysis_snapshot WHERE period = 'current'"));
    sql::run(db.connection(),
             QStringLiteral("INSERT INTO analysis_snapshot (period, as_of, scheme, tier_model, customers,"
                            " created_at) VALUES ('current', '2024-06-30', 'test', 'test', ?, '2024-07-01')"),
             {analysed});
    for (int i = 1; i <= analysed; ++i) {
        const bool bought = i % 5 != 0;
        const auto ifBought = [bought](const QVariant& value) {
            return bought ? value : QVariant();
        };
        sql::run(db.connection(),
                 QStringLiteral("INSERT INTO customer_snapshot (period, customer_id, recency_days, orders,"
                                " net_amount_minor, r, f, m, tier, stage, p_alive, clv_minor, risk_level)"
                                " VALUES ('current', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {i, ifBought(i % 90), bought ? i % 8 + 1 : 0,
                  QVariant::fromValue<qint64>(bought ? i * qint64(100000) + amountShift : 0),
                  ifBought(1 + i % 5), ifBought(1 + i / 5 % 5), ifBought(1 + i % 3),
                  QString::fromLatin1(tiers[i % 4]), QString::fromLatin1(stages[i % 7]),
                  ifBought((i % 10) / 10.0), ifBought(QVariant::fromValue<qint64>((i % 13) * qint64(10000))),
                  QString::fromLatin1(risks[i % 3])});
    }
    tx.commit();
}

void installEnglish()
{
    // Never destroyed: its destructor would remove the translator after QApplication is gone.
    static auto* translations = new Translations;
    if (translations->installedLanguage().isEmpty())
        translations->install(QStringLiteral("en"));
}

} // namespace clientele::test
