#include "ScoringScheme.h"

#include "AnalyticsRuleError.h"

#include <QJsonArray>

#include <algorithm>

namespace clientele {

namespace {

const char* const kQuintileName = QT_TRANSLATE_NOOP("ScoringScheme", "Quintiles over the customer base");
const char* const kTobName = QT_TRANSLATE_NOOP("ScoringScheme", "ToB fixed thresholds (seed 001)");
const char* const kTocName = QT_TRANSLATE_NOOP("ScoringScheme", "ToC fixed thresholds");

constexpr qint64 kYuan = 100; // minor units per yuan

QString methodCode(ScoringScheme::Method method)
{
    return method == ScoringScheme::Method::Quintile ? QStringLiteral("quintile")
                                                     : QStringLiteral("thresholds");
}

template <typename T>
bool ascending(const std::array<T, 4>& b)
{
    if (b[0] < 0)
        return false;
    for (size_t i = 1; i < b.size(); ++i)
        if (!(b[i - 1] < b[i]))
            return false;
    return true;
}

template <typename T>
QJsonArray toArray(const std::array<T, 4>& b)
{
    QJsonArray a;
    for (T v : b)
        a.append(static_cast<double>(v));
    return a;
}

} // namespace

int ScoringScheme::recencyScore(int days) const
{
    for (int i = 0; i < 4; ++i)
        if (days <= recencyDays[static_cast<size_t>(i)])
            return 5 - i;
    return 1;
}

int ScoringScheme::frequencyScore(double perYear) const
{
    for (int i = 3; i >= 0; --i)
        if (perYear >= ordersPerYear[static_cast<size_t>(i)])
            return i + 2;
    return 1;
}

int ScoringScheme::monetaryScore(qint64 amountMinor) const
{
    for (int i = 3; i >= 0; --i)
        if (amountMinor >= amountPerYearMinor[static_cast<size_t>(i)])
            return i + 2;
    return 1;
}

QString ScoringScheme::displayName() const
{
    return QCoreApplication::translate("ScoringScheme", name.toUtf8().constData());
}

QStringList ScoringScheme::problems() const
{
    QStringList p;
    if (code.trimmed().isEmpty())
        p << tr("A scoring scheme needs a code.");
    if (method == Method::Thresholds) {
        if (!ascending(recencyDays))
            p << tr("Scoring scheme “%1”: the recency boundaries must be four ascending numbers of days.")
                     .arg(code);
        if (!ascending(ordersPerYear))
            p << tr("Scoring scheme “%1”: the frequency boundaries must be four ascending numbers of orders "
                    "per year.")
                     .arg(code);
        if (!ascending(amountPerYearMinor))
            p << tr("Scoring scheme “%1”: the amount boundaries must be four ascending amounts per year.")
                     .arg(code);
    }
    return p;
}

QJsonObject ScoringScheme::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), code},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("method"), methodCode(method)}};
    if (method == Method::Thresholds) {
        o.insert(QStringLiteral("recency_days"), toArray(recencyDays));
        o.insert(QStringLiteral("orders_per_year"), toArray(ordersPerYear));
        o.insert(QStringLiteral("amount_per_year_minor"), toArray(amountPerYearMinor));
    }
    return o;
}

ScoringScheme ScoringScheme::fromJson(const QJsonObject& json)
{
    ScoringScheme s;
    s.code = json.value(QStringLiteral("code")).toString();
    s.name = json.value(QStringLiteral("name")).toString(s.code);
    const QString method = json.value(QStringLiteral("method")).toString();
    if (method == QLatin1String("quintile"))
        s.method = Method::Quintile;
    else if (method == QLatin1String("thresholds"))
        s.method = Method::Thresholds;
    else
        throw AnalyticsRuleError(
            tr("Scoring scheme “%1”: unknown method “%2” (expected “quintile” or “thresholds”).")
                .arg(s.code, method));

    if (s.method == Method::Thresholds) {
        auto read = [&](const char* key, auto& target) {
            const QJsonValue v = json.value(QLatin1String(key));
            const QJsonArray a = v.toArray();
            if (!v.isArray() || a.size() != 4)
                throw AnalyticsRuleError(tr("Scoring scheme “%1”: “%2” must be a list of four boundaries.")
                                             .arg(s.code, QLatin1String(key)));
            for (qsizetype i = 0; i < 4; ++i) {
                if (!a[i].isDouble())
                    throw AnalyticsRuleError(tr("Scoring scheme “%1”: boundary %2 of “%3” is not a number.")
                                                 .arg(s.code)
                                                 .arg(i + 1)
                                                 .arg(QLatin1String(key)));
                using T = std::decay_t<decltype(target[0])>;
                target[static_cast<size_t>(i)] = static_cast<T>(a[i].toDouble());
            }
        };
        read("recency_days", s.recencyDays);
        read("orders_per_year", s.ordersPerYear);
        read("amount_per_year_minor", s.amountPerYearMinor);
    }
    const QStringList p = s.problems();
    if (!p.isEmpty())
        throw AnalyticsRuleError(p.join(QLatin1Char(' ')));
    return s;
}

std::vector<ScoringScheme> ScoringScheme::builtIns()
{
    ScoringScheme quintile;
    quintile.code = defaultCode();
    quintile.name = QString::fromLatin1(kQuintileName);

    // Seed 001's worked example, for business customers: C001 (15 days, 12 orders, ¥150,000 a year)
    // scores 555, C002 (90, 3, ¥20,000) 321 and C003 (45, 6, ¥60,000) 433.
    ScoringScheme tob;
    tob.code = QStringLiteral("tob");
    tob.name = QString::fromLatin1(kTobName);
    tob.method = Method::Thresholds;
    tob.recencyDays = {30, 60, 120, 240};
    tob.ordersPerYear = {2, 4, 8, 12};
    tob.amountPerYearMinor = {30'000 * kYuan, 50'000 * kYuan, 100'000 * kYuan, 150'000 * kYuan};

    // Consumers buy smaller and, when loyal, more often: two weeks is "recent", monthly is top.
    ScoringScheme toc;
    toc.code = QStringLiteral("toc");
    toc.name = QString::fromLatin1(kTocName);
    toc.method = Method::Thresholds;
    toc.recencyDays = {14, 30, 90, 180};
    toc.ordersPerYear = {2, 4, 6, 12};
    toc.amountPerYearMinor = {500 * kYuan, 1'000 * kYuan, 3'000 * kYuan, 10'000 * kYuan};

    return {quintile, tob, toc};
}

std::optional<ScoringScheme> ScoringScheme::builtIn(const QString& code)
{
    for (ScoringScheme& s : builtIns())
        if (s.code == code)
            return s;
    return std::nullopt;
}

} // namespace clientele
