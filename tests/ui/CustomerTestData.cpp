#include "CustomerTestData.h"

#include "Translations.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerRepository.h"
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

void installEnglish()
{
    // Never destroyed: its destructor would remove the translator after QApplication is gone.
    static auto* translations = new Translations;
    if (translations->installedLanguage().isEmpty())
        translations->install(QStringLiteral("en"));
}

} // namespace clientele::test
