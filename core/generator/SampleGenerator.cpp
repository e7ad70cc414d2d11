#include "generator/SampleGenerator.h"

#include "model/WallClock.h"

#include <QTime>

#include <algorithm>
#include <bit>
#include <cmath>
#include <initializer_list>
#include <iterator>
#include <string_view>

namespace clientele {

namespace {

constexpr int kSpanDays = 730;    // the orders fall in two years...
constexpr int kHistoryDays = 730; // ...and customers were acquired over two more before that
constexpr std::int64_t kFirstCustomerCode = 10001;
constexpr std::int64_t kFirstOrderNumber = 500001;

// Independent random streams, so adding a field to one family never shifts another.
enum Stream : std::uint64_t
{
    TraitsStream = 1,
    CustomerStream,
    ActivityStream,
    OrderStream,
    CatalogStream,
};

struct City
{
    const char* name;
    const char* region;
    int country;
    bool chinese; // a city for Chinese-speaking customers
};

const char* const kCountries[] = {"China", "United Kingdom", "Singapore", "Australia", "Canada"};

const City kCities[] = {
    {"上海", "华东", 0, true},
    {"北京", "华北", 0, true},
    {"广州", "华南", 0, true},
    {"深圳", "华南", 0, true},
    {"杭州", "华东", 0, true},
    {"南京", "华东", 0, true},
    {"成都", "西南", 0, true},
    {"武汉", "华中", 0, true},
    {"西安", "西北", 0, true},
    {"苏州", "华东", 0, true},
    {"London", "England", 1, false},
    {"Manchester", "England", 1, false},
    {"Edinburgh", "Scotland", 1, false},
    {"Singapore", "Singapore", 2, false},
    {"Sydney", "New South Wales", 3, false},
    {"Toronto", "Ontario", 4, false},
    {"Shanghai", "East China", 0, false},
    {"Shenzhen", "South China", 0, false},
};

template <typename T, std::size_t N>
const T& pick(SampleRandom& random, const T (&items)[N])
{
    return items[random.below(N)];
}

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

const char* const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                                 "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
const char* const kGivenChars[] = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
                                   "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "英", "华", "玲"};
const char* const kFirstNames[] = {"James",  "Mary",  "John",  "Patricia", "Robert", "Jennifer", "Michael",
                                   "Linda",  "David", "Emily", "William",  "Susan",  "Richard",  "Jessica",
                                   "Thomas", "Sarah", "Emma",  "Oliver",   "Sophie", "Harry"};
const char* const kLastNames[] = {"Smith",  "Jones",    "Taylor", "Brown",  "Williams", "Wilson",  "Johnson",
                                  "Davies", "Robinson", "Wright", "Evans",  "Walker",   "White",   "Roberts",
                                  "Green",  "Hall",     "Wood",   "Clarke", "Jackson",  "Thompson"};
const char* const kCompanyPrefixes[] = {"华信", "恒达", "鼎盛", "新元", "博远",
                                        "金桥", "东方", "瑞丰", "宏图", "天成"};
const char* const kCompanyTrades[] = {"科技", "贸易", "实业", "电子", "食品", "物流", "医疗", "教育"};
const char* const kCompanyWords[] = {"Northwind", "Bluebird", "Redwood",  "Silverline", "Harbour",
                                     "Oakridge",  "Summit",   "Crescent", "Pioneer",    "Lakeside"};
const char* const kCompanyLines[] = {"Trading", "Foods",   "Logistics", "Systems",
                                     "Retail",  "Medical", "Learning",  "Electronics"};
const char* const kCompanyForms[] = {"Ltd", "Co.", "Group", "plc"};
const char* const kIndustries[] = {
    "制造业",  "零售",        "教育",        "医疗健康", "物流", "餐饮", "Information technology",
    "Finance", "Hospitality", "Construction"};
const char* const kChineseOwners[] = {"王丽", "李强", "张敏", "陈杰", "刘洋"};
const char* const kEnglishOwners[] = {"Emma Clarke", "Oliver Wright", "Sophie Hall"};

struct ProductItem
{
    const char* name;
    const char* category;
    MinorUnits basePrice;
};

const char* const kEnglishColours[] = {"WHITE",   "RED",   "BLUE",  "PINK", "GREEN",
                                       "VINTAGE", "RETRO", "JUMBO", "MINI", "IVORY"};
const ProductItem kEnglishItems[] = {
    {"HEART T-LIGHT HOLDER", "Home decor", 2550},
    {"LUNCH BAG", "Bags", 1650},
    {"CERAMIC MUG", "Kitchen", 1250},
    {"WALL CLOCK", "Home decor", 8500},
    {"CAKE CASES", "Kitchen", 550},
    {"NOTEBOOK", "Stationery", 1650},
    {"ALARM CLOCK", "Home decor", 3750},
    {"DOORMAT", "Home decor", 7950},
    {"PHOTO FRAME", "Home decor", 2950},
    {"TEA SET", "Kitchen", 12500},
    {"HOT WATER BOTTLE", "Home textiles", 4950},
    {"GIFT WRAP", "Stationery", 420},
};
const char* const kChineseColours[] = {"白色", "红色", "蓝色", "粉色", "复古", "简约", "大号", "迷你"};
const ProductItem kChineseItems[] = {
    {"陶瓷马克杯", "Kitchen", 3900}, {"保温杯", "Kitchen", 8900},    {"帆布包", "Bags", 4500},
    {"笔记本", "Stationery", 1500},  {"茶具套装", "Kitchen", 26800}, {"香薰蜡烛", "Home decor", 5900},
    {"抱枕", "Home textiles", 6900}, {"挂钟", "Home decor", 9900},   {"礼品盒", "Stationery", 2500},
    {"绿茶礼盒", "Food", 16800},     {"月饼礼盒", "Food", 19800},
};

// The product catalogue is the same for every seed; popularity follows Zipf's law.
struct Catalog
{
    QStringList codes;
    QStringList names;
    QStringList categories;
    std::vector<MinorUnits> prices;
    std::vector<std::uint64_t> cumulativePopularity;

    Catalog()
    {
        SampleRandom random(0x436C69656E74656CULL, CatalogStream, 0);
        auto add = [&](const QString& name, const ProductItem& item) {
            const qsizetype n = codes.size();
            QString code = QString::number(21001 + n);
            if (n % 10 == 7)
                code += QLatin1Char('A'); // like Online Retail's variant codes (85123A)
            codes.append(code);
            names.append(name);
            categories.append(utf8(item.category));
            const MinorUnits price = item.basePrice * random.between(80, 160) / 100;
            prices.push_back(std::max<MinorUnits>(5, price - price % 5));
        };
        for (const ProductItem& item : kEnglishItems)
            for (const char* colour : kEnglishColours)
                add(utf8(colour) + QLatin1Char(' ') + utf8(item.name), item);
        for (const ProductItem& item : kChineseItems)
            for (const char* colour : kChineseColours)
                add(utf8(colour) + utf8(item.name), item);
        // Popularity ranks in a shuffled order, so the best sellers are spread over the catalogue.
        std::vector<std::uint64_t> rank(static_cast<std::size_t>(codes.size()));
        for (std::size_t i = 0; i < rank.size(); ++i)
            rank[i] = i;
        for (std::size_t i = rank.size() - 1; i > 0; --i)
            std::swap(rank[i], rank[random.below(i + 1)]);
        std::uint64_t total = 0;
        for (std::uint64_t r : rank) {
            total += 1000000 / (r + 1);
            cumulativePopularity.push_back(total);
        }
    }

    std::size_t pickProduct(SampleRandom& random) const
    {
        const std::uint64_t r = random.below(cumulativePopularity.back());
        return static_cast<std::size_t>(
            std::upper_bound(cumulativePopularity.begin(), cumulativePopularity.end(), r) -
            cumulativePopularity.begin());
    }
};

const Catalog& catalog()
{
    static const Catalog instance;
    return instance;
}

const QStringList& countryNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (const char* country : kCountries)
            list.append(utf8(country));
        return list;
    }();
    return names;
}

QString channelKey(const char* key)
{
    return QString::fromLatin1(key);
}

// Lines per order: most orders are small, a few are large (per mille, then the range of lines).
struct LineCountBand
{
    int perMille;
    int low;
    int high;
};
const LineCountBand kLineCounts[] = {
    {300, 1, 1}, {200, 2, 2}, {130, 3, 3}, {100, 4, 4}, {80, 5, 5}, {140, 6, 10}, {50, 11, 25},
};

int drawLineCount(SampleRandom& random)
{
    int r = static_cast<int>(random.below(1000));
    for (const LineCountBand& band : kLineCounts) {
        if (r < band.perMille)
            return static_cast<int>(random.between(band.low, band.high));
        r -= band.perMille;
    }
    return 1;
}

const int kConsumerQuantities[] = {1, 1, 1, 1, 2, 2, 2, 3, 4, 6, 12, 24};

struct InteractionKind
{
    const char* chineseType;
    const char* chineseSummary;
    const char* englishType;
    const char* englishSummary;
    const char* fixedChannel; // nullptr: phone, email, WeChat or chat
};
const InteractionKind kInteractionKinds[] = {
    {"回访", "电话回访，了解近期使用情况", "follow-up", "Follow-up call about recent orders", nullptr},
    {"咨询", "咨询新品和价格", "enquiry", "Asked about new products and prices", nullptr},
    {"投诉", "反馈配送延迟", "complaint", "Delivery was late", nullptr},
    {"售后", "申请退换货", "after-sales", "Asked to exchange an item", nullptr},
    {"拜访", "季度拜访，沟通采购计划", "visit", "Quarterly visit, discussed the purchase plan", "visit"},
    {"活动", "参加会员日活动", "event", "Came to the member day event", "event"},
};
const char* const kChineseOutcomes[] = {"已解决", "待跟进", "已下单", "无需跟进"};
const char* const kEnglishOutcomes[] = {"resolved", "follow up", "ordered", "no action"};
const char* const kChineseComments[] = {"服务很好", "价格有点高", "送货太慢", "产品质量不错"};
const char* const kEnglishComments[] = {"Great service", "A bit expensive", "Delivery too slow",
                                        "Good quality"};

enum TagIndex
{
    TagVip,
    TagHighSpending,
    TagBusinessBuyer,
    TagNewsletter,
    TagPriceSensitive,
    TagFrequentContact,
    TagAfterSales,
    TagPromotionResponder,
};

QDateTime wallClock(const QDate& day, int minuteOfDay)
{
    return clientele::wallClock(day, QTime(minuteOfDay / 60, minuteOfDay % 60));
}

} // namespace

SampleGenerator::SampleGenerator(const SampleSpec& spec)
    : m_spec(spec)
    , m_orderRandom(spec.seed, OrderStream, 0)
{
    // A fixed end date derived from the seed (never "today"), so the output is reproducible.
    m_lastDay = QDate(2025, 6, 30).addDays(-static_cast<qint64>(spec.seed % 365));
    m_firstDay = m_lastDay.addDays(1 - kSpanDays);

    const auto count = static_cast<std::size_t>(std::max<std::int64_t>(0, spec.customers));
    m_cumulativeWeight.resize(count);
    m_createdOffset.resize(count);
    m_lastActiveOffset.resize(count);
    m_business.resize(count);
    m_countryIndex.resize(count);
    std::uint64_t total = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const Traits t = traits(static_cast<std::int64_t>(i));
        total += t.weight;
        m_cumulativeWeight[i] = total;
        m_createdOffset[i] = t.createdOffset;
        m_lastActiveOffset[i] = t.lastActiveOffset;
        m_business[i] = t.business ? 1 : 0;
        m_countryIndex[i] = static_cast<std::uint8_t>(kCities[t.city].country);
    }
}

SampleGenerator::Traits SampleGenerator::traits(std::int64_t index) const
{
    SampleRandom random(m_spec.seed, TraitsStream, static_cast<std::uint64_t>(index));
    Traits t;
    t.business = random.chancePerMille(200);
    t.chinese = random.chancePerMille(600);
    do {
        t.city = static_cast<int>(random.below(std::size(kCities)));
    } while (kCities[t.city].chinese != t.chinese);
    const bool prospect = random.chancePerMille(80);
    // Pareto with shape 4/3: u^-3/4 from square roots only, which are exactly rounded everywhere.
    const double u = random.unitOpen();
    const double weight = std::min(100.0 / (std::sqrt(u) * std::sqrt(std::sqrt(u))), 500000.0);
    t.weight = prospect ? 0 : static_cast<std::uint64_t>(weight) * (t.business ? 2 : 1);

    // Acquisition speeds up over time: customer i joins at sqrt(i / N) of the four years.
    const double position =
        (static_cast<double>(index) + 0.5) / static_cast<double>(std::max<std::int64_t>(1, m_spec.customers));
    t.createdOffset = -kHistoryDays + static_cast<int>((kHistoryDays + kSpanDays) * std::sqrt(position));

    // A quarter of the customers stop buying some time after their first month.
    const int start = std::max(t.createdOffset, 0);
    t.lastActiveOffset = kSpanDays - 1;
    if (random.chancePerMille(250) && start + 30 <= kSpanDays - 61)
        t.lastActiveOffset = static_cast<int>(random.between(start + 30, kSpanDays - 61));
    return t;
}

Customer SampleGenerator::customer(std::int64_t index, QString* country) const
{
    const Traits t = traits(index);
    SampleRandom random(m_spec.seed, CustomerStream, static_cast<std::uint64_t>(index));
    const City& city = kCities[t.city];

    Customer c;
    c.code = QString::number(kFirstCustomerCode + index);
    c.kind = t.business ? CustomerKind::Business : CustomerKind::Consumer;
    c.city = utf8(city.name);
    c.region = utf8(city.region);
    QString first;
    QString last;
    if (t.business) {
        if (t.chinese)
            c.name = c.city + utf8(pick(random, kCompanyPrefixes)) + utf8(pick(random, kCompanyTrades)) +
                     utf8("有限公司");
        else
            c.name = utf8(pick(random, kCompanyWords)) + QLatin1Char(' ') +
                     utf8(pick(random, kCompanyLines)) + QLatin1Char(' ') + utf8(pick(random, kCompanyForms));
        c.industry = utf8(pick(random, kIndustries));
    } else if (t.chinese) {
        c.name = utf8(pick(random, kSurnames)) + utf8(pick(random, kGivenChars));
        if (random.chancePerMille(600))
            c.name += utf8(pick(random, kGivenChars));
    } else {
        first = utf8(pick(random, kFirstNames));
        last = utf8(pick(random, kLastNames));
        c.name = first + QLatin1Char(' ') + last;
    }
    if (t.business || random.chancePerMille(700)) {
        const bool chineseOwner = random.chancePerMille(800) == t.chinese;
        c.owner = utf8(chineseOwner ? pick(random, kChineseOwners) : pick(random, kEnglishOwners));
    }
    if (random.chancePerMille(600)) {
        if (t.business)
            c.email = QStringLiteral("purchasing%1@example.com").arg(c.code);
        else if (t.chinese)
            c.email = QStringLiteral("c%1@example.cn").arg(c.code);
        else
            c.email = QStringLiteral("%1.%2%3@example.com").arg(first.toLower(), last.toLower(), c.code);
    }
    if (random.chancePerMille(700)) {
        if (t.chinese)
            c.phone = QStringLiteral("1%1%2")
                          .arg(random.between(3, 9))
                          .arg(random.between(0, 999999999), 9, 10, QLatin1Char('0'));
        else
            c.phone = QStringLiteral("+44 7700 900%1").arg(random.between(0, 999), 3, 10, QLatin1Char('0'));
    }
    if (t.chinese && random.chancePerMille(600))
        c.wechat = QStringLiteral("wxid_%1").arg(random.next() % 100000000, 8, 36, QLatin1Char('0'));
    c.marketingConsent = random.chancePerMille(650);
    const int limits[] = {0, 0, 0, 2, 4, 8};
    c.contactLimitPerMonth = pick(random, limits);
    c.createdOn = m_firstDay.addDays(t.createdOffset);
    if (country)
        *country = countryNames().at(city.country);
    return c;
}

SampleActivity SampleGenerator::activity(std::int64_t index) const
{
    const Traits t = traits(index);
    const Customer c = customer(index);
    SampleRandom random(m_spec.seed, ActivityStream, static_cast<std::uint64_t>(index));
    SampleActivity a;

    const int first = std::max(t.createdOffset, 0);
    const int last = std::min(kSpanDays - 1, t.lastActiveOffset + 60);
    const bool churned = t.lastActiveOffset < kSpanDays - 1;
    int interactions = static_cast<int>(random.below(t.weight == 0 ? 2 : 3));
    if (t.weight > 0)
        interactions += (t.business ? 2 : 0) +
                        std::min(6, std::max(0, static_cast<int>(std::bit_width(t.weight / 100)) - 1));
    bool afterSales = false;
    for (int n = 0; n < interactions && first <= last; ++n) {
        const InteractionKind& kind = pick(random, kInteractionKinds);
        Interaction i;
        i.occurredAt = wallClock(m_firstDay.addDays(random.between(first, last)),
                                 9 * 60 + static_cast<int>(random.below(9 * 60)));
        if (kind.fixedChannel) {
            i.channel = channelKey(kind.fixedChannel);
        } else {
            const char* const channels[] = {"phone", "email", "wechat", "chat"};
            i.channel = channelKey(pick(random, channels));
        }
        i.type = utf8(t.chinese ? kind.chineseType : kind.englishType);
        i.summary = utf8(t.chinese ? kind.chineseSummary : kind.englishSummary);
        i.outcome = utf8(t.chinese ? pick(random, kChineseOutcomes) : pick(random, kEnglishOutcomes));
        i.owner = c.owner;
        afterSales = afterSales || kind.englishType == std::string_view("after-sales") ||
                     kind.englishType == std::string_view("complaint");
        a.interactions.append(i);
    }

    if (t.weight > 0 && first <= last && random.chancePerMille(350)) {
        const int surveys = random.chancePerMille(300) ? 2 : 1;
        for (int n = 0; n < surveys; ++n) {
            SurveyResponse s;
            s.answeredAt = wallClock(m_firstDay.addDays(random.between(first, last)),
                                     9 * 60 + static_cast<int>(random.below(12 * 60)));
            int nps = 0;
            const auto band = random.below(1000);
            if (churned && band < 700)
                nps = static_cast<int>(random.between(0, 6));
            else if (band < 200)
                nps = static_cast<int>(random.between(0, 6));
            else if (band < 500)
                nps = static_cast<int>(random.between(7, 8));
            else
                nps = static_cast<int>(random.between(9, 10));
            s.nps = nps;
            const int satisfaction = 1 + nps * 4 / 10 + static_cast<int>(random.between(-1, 1));
            if (random.chancePerMille(900))
                s.satisfaction = std::clamp(satisfaction, 1, 5);
            if (random.chancePerMille(200))
                s.comment = utf8(t.chinese ? pick(random, kChineseComments) : pick(random, kEnglishComments));
            a.surveys.append(s);
        }
    }

    if (t.weight >= 2000)
        a.tags.append(TagVip);
    if ((t.business || t.weight >= 800) && random.chancePerMille(600))
        a.tags.append(TagHighSpending);
    if (t.business)
        a.tags.append(TagBusinessBuyer);
    if (c.marketingConsent && random.chancePerMille(500))
        a.tags.append(TagNewsletter);
    if (random.chancePerMille(150))
        a.tags.append(TagPriceSensitive);
    if (interactions >= 5)
        a.tags.append(TagFrequentContact);
    if (afterSales)
        a.tags.append(TagAfterSales);
    if (random.chancePerMille(100))
        a.tags.append(TagPromotionResponder);
    return a;
}

const QList<Tag>& SampleGenerator::tags()
{
    static const QList<Tag> list = {
        {0, QStringLiteral("VIP"), TagKind::Static},
        {0, utf8("高消费力"), TagKind::Static},
        {0, utf8("企业采购"), TagKind::Static},
        {0, QStringLiteral("Newsletter"), TagKind::Static},
        {0, utf8("价格敏感"), TagKind::Dynamic},
        {0, utf8("频繁互动"), TagKind::Dynamic},
        {0, utf8("需要售后"), TagKind::Dynamic},
        {0, QStringLiteral("Promotion responder"), TagKind::Dynamic},
    };
    return list;
}

std::int64_t SampleGenerator::pickCustomer(int dayOffset)
{
    const auto count = static_cast<std::int64_t>(m_createdOffset.size());
    while (m_eligible < count && m_createdOffset[static_cast<std::size_t>(m_eligible)] <= dayOffset)
        ++m_eligible;
    if (m_eligible == 0 || m_cumulativeWeight[static_cast<std::size_t>(m_eligible - 1)] == 0)
        return -1;
    const auto begin = m_cumulativeWeight.begin();
    const auto end = begin + m_eligible;
    // Weighted by purchase propensity among the customers acquired so far; churned ones are
    // skipped (a few tries, then the order goes without a customer).
    for (int attempt = 0; attempt < 8; ++attempt) {
        const std::uint64_t r = m_orderRandom.below(*(end - 1));
        const auto index = std::upper_bound(begin, end, r) - begin;
        if (m_lastActiveOffset[static_cast<std::size_t>(index)] >= dayOffset)
            return index;
    }
    return -1;
}

void SampleGenerator::startOrder()
{
    // Orders spread evenly over the span, in time order.
    const int day = static_cast<int>(m_linesDone * kSpanDays / m_spec.orderLines);
    m_orderCustomer = m_orderRandom.chancePerMille(100) ? -1 : pickCustomer(day);
    const bool business = m_orderCustomer >= 0 && m_business[static_cast<std::size_t>(m_orderCustomer)];
    m_linesLeftInOrder = static_cast<int>(
        std::min<std::int64_t>(drawLineCount(m_orderRandom), m_spec.orderLines - m_linesDone));
    m_lineNo = 0;
    m_orderCancelled = m_orderRandom.chancePerMille(20);
    const QString number = QString::number(kFirstOrderNumber + m_orderCount);
    ++m_orderCount;
    m_orderCode = m_orderCancelled ? QLatin1Char('C') + number : number;
    m_orderTime = wallClock(m_firstDay.addDays(day), 8 * 60 + static_cast<int>(m_orderRandom.below(12 * 60)));

    const auto channel = m_orderRandom.below(100);
    if (m_orderCustomer < 0)
        m_orderChannel = channelKey(channel < 50 ? "store" : "online");
    else if (business)
        m_orderChannel = channelKey(channel < 50 ? "sales" : channel < 80 ? "online" : "wechat");
    else
        m_orderChannel = channelKey(channel < 55   ? "online"
                                    : channel < 80 ? "store"
                                    : channel < 95 ? "wechat"
                                                   : "phone");

    if (m_orderCustomer >= 0) {
        m_orderCountry = countryNames().at(m_countryIndex[static_cast<std::size_t>(m_orderCustomer)]);
    } else {
        const auto where = m_orderRandom.below(1000);
        m_orderCountry = countryNames().at(where < 700   ? 0
                                           : where < 900 ? 1
                                                         : static_cast<qsizetype>(2 + where % 3));
    }
}

bool SampleGenerator::nextOrderLine(SampleOrderLine& out)
{
    if (m_linesDone >= m_spec.orderLines)
        return false;
    if (m_linesLeftInOrder == 0)
        startOrder();
    const Catalog& products = catalog();
    const std::size_t product = products.pickProduct(m_orderRandom);
    const bool business = m_orderCustomer >= 0 && m_business[static_cast<std::size_t>(m_orderCustomer)];
    int quantity =
        business ? static_cast<int>(m_orderRandom.between(5, 60)) : pick(m_orderRandom, kConsumerQuantities);
    if (m_orderCancelled)
        quantity = -quantity;

    OrderLine& line = out.line;
    line.id = 0;
    line.customerId = 0;
    line.orderCode = m_orderCode;
    line.lineNo = ++m_lineNo;
    line.orderedAt = m_orderTime;
    line.quantity = quantity;
    line.amount = products.prices[product] * quantity;
    line.currency = QStringLiteral("CNY");
    line.productCode = products.codes.at(static_cast<qsizetype>(product));
    line.productName = products.names.at(static_cast<qsizetype>(product));
    line.category = products.categories.at(static_cast<qsizetype>(product));
    line.channel = m_orderChannel;
    line.status = m_orderCancelled ? OrderStatus::Cancelled : OrderStatus::Completed;
    out.customerIndex = m_orderCustomer;
    out.country = m_orderCountry;

    --m_linesLeftInOrder;
    ++m_linesDone;
    return true;
}

MinorUnits SampleGenerator::unitPrice(const SampleOrderLine& line)
{
    return line.line.quantity == 0 ? 0 : line.line.amount / line.line.quantity;
}

} // namespace clientele
