#include "import/ImportSchema.h"

namespace clientele {

QString importKindKey(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return QStringLiteral("customers");
    case ImportKind::Orders:
        return QStringLiteral("orders");
    case ImportKind::Interactions:
        return QStringLiteral("interactions");
    case ImportKind::Surveys:
        return QStringLiteral("surveys");
    case ImportKind::Summary:
        return QStringLiteral("summary");
    }
    return {};
}

std::optional<ImportKind> importKindFromKey(const QString& key)
{
    for (ImportKind kind : {ImportKind::Customers, ImportKind::Orders, ImportKind::Interactions,
                            ImportKind::Surveys, ImportKind::Summary})
        if (importKindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString ImportSchema::kindLabel(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return tr("Customers");
    case ImportKind::Orders:
        return tr("Order lines");
    case ImportKind::Interactions:
        return tr("Interactions");
    case ImportKind::Surveys:
        return tr("Survey responses");
    case ImportKind::Summary:
        return tr("Customer summaries (recency, frequency, amount)");
    }
    return {};
}

QString ImportSchema::normaliseHeader(const QString& header)
{
    QString n;
    n.reserve(header.size());
    for (const QChar c : header.trimmed().toLower())
        if (!c.isSpace() && !QStringLiteral("_-./()（）[]:：#,，¥$€£%").contains(c))
            n += c;
    return n;
}

namespace {

QStringList l(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* n : names)
        list << ImportSchema::normaliseHeader(QString::fromUtf8(n));
    return list;
}

FieldSpec customerCode(bool required)
{
    return {QStringLiteral("customer_code"), ImportSchema::tr("Customer code"), FieldType::Code, required,
            l({"customer_code", "customerid", "customer id", "customer no", "customer number", "customer",
               "客户id", "客户编号", "客户代码", "客户号", "会员id", "会员编号", "customer_id", "cust id",
               "id"})};
}

FieldSpec customerName(bool required)
{
    return {QStringLiteral("customer_name"), ImportSchema::tr("Customer name"), FieldType::Text, required,
            l({"name", "customer name", "customername", "company", "company name", "客户名称", "客户名",
               "姓名", "公司名称", "名称", "客户"})};
}

} // namespace

QList<FieldSpec> ImportSchema::fields(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return {
            customerCode(true),
            customerName(true),
            {QStringLiteral("kind"), tr("Kind (ToC/ToB)"), FieldType::Text, false,
             l({"kind", "type", "customer type", "客户类型", "类型"})},
            {QStringLiteral("industry"), tr("Industry"), FieldType::Text, false,
             l({"industry", "sector", "行业", "所属行业"})},
            {QStringLiteral("region"), tr("Region"), FieldType::Text, false,
             l({"region", "area", "country", "区域", "地区", "大区", "国家"})},
            {QStringLiteral("city"), tr("City"), FieldType::Text, false, l({"city", "城市", "所在城市"})},
            {QStringLiteral("owner"), tr("Account manager"), FieldType::Text, false,
             l({"owner", "account manager", "sales rep", "客户经理", "负责人", "销售", "责任人"})},
            {QStringLiteral("email"), tr("E-mail"), FieldType::Text, false,
             l({"email", "e-mail", "mail", "邮箱", "电子邮件"})},
            {QStringLiteral("phone"), tr("Phone"), FieldType::Text, false,
             l({"phone", "telephone", "mobile", "tel", "电话", "手机", "手机号", "联系电话"})},
            {QStringLiteral("wechat"), tr("WeChat"), FieldType::Text, false, l({"wechat", "微信", "微信号"})},
            {QStringLiteral("address"), tr("Address"), FieldType::Text, false,
             l({"address", "地址", "联系地址"})},
            {QStringLiteral("marketing_consent"), tr("Marketing consent"), FieldType::Boolean, false,
             l({"consent", "marketing consent", "opt in", "营销许可", "同意营销"})},
            {QStringLiteral("contact_limit_per_month"), tr("Contacts per month (limit)"), FieldType::Integer,
             false, l({"contact limit", "联系频次上限"})},
            {QStringLiteral("created_on"), tr("Customer since"), FieldType::DateTime, false,
             l({"created", "created on", "since", "signup date", "注册日期", "创建日期", "建档日期",
                "签约日"})},
            {QStringLiteral("notes"), tr("Notes"), FieldType::Text, false,
             l({"notes", "note", "remarks", "备注"})},
        };
    case ImportKind::Orders:
        return {
            {QStringLiteral("order_code"), tr("Order number"), FieldType::Code, false,
             l({"order", "order id", "order no", "order number", "invoice", "invoiceno", "invoice no",
                "订单号", "订单编号", "单号", "发票号"})},
            {QStringLiteral("line_no"), tr("Line number"), FieldType::Integer, false,
             l({"line", "line no", "行号", "序号"})},
            customerCode(false),
            customerName(false),
            {QStringLiteral("ordered_at"), tr("Order date"), FieldType::DateTime, true,
             l({"date", "order date", "invoicedate", "invoice date", "timestamp", "订单日期", "下单时间",
                "日期", "交易时间", "购买日期"})},
            {QStringLiteral("amount"), tr("Amount (line total)"), FieldType::Amount, false,
             l({"amount", "total", "line total", "sales", "revenue", "dollar value", "dollar_value", "金额",
                "销售额", "订单金额", "实付金额", "总价"})},
            {QStringLiteral("unit_price"), tr("Unit price"), FieldType::Decimal, false,
             l({"unit price", "unitprice", "price", "单价", "价格"}), 6},
            {QStringLiteral("quantity"), tr("Quantity"), FieldType::Integer, false,
             l({"quantity", "qty", "number of cds", "number_of_cds", "数量", "件数"})},
            {QStringLiteral("currency"), tr("Currency"), FieldType::Text, false,
             l({"currency", "币种", "货币"})},
            {QStringLiteral("product_code"), tr("Product code"), FieldType::Code, false,
             l({"stockcode", "stock code", "sku", "product code", "product id", "产品编号", "商品编号",
                "货号"})},
            {QStringLiteral("product_name"), tr("Product name"), FieldType::Text, false,
             l({"description", "product", "product name", "item", "产品名称", "商品名称", "品名", "产品"})},
            {QStringLiteral("category"), tr("Category"), FieldType::Text, false,
             l({"category", "类别", "品类", "分类"})},
            {QStringLiteral("channel"), tr("Channel"), FieldType::Text, false,
             l({"channel", "渠道", "销售渠道"})},
            {QStringLiteral("status"), tr("Status"), FieldType::Text, false,
             l({"status", "状态", "订单状态"})},
            {QStringLiteral("region"), tr("Customer region"), FieldType::Text, false,
             l({"country", "region", "国家", "地区"})},
        };
    case ImportKind::Interactions:
        return {
            customerCode(true),
            {QStringLiteral("occurred_at"), tr("Date"), FieldType::DateTime, true,
             l({"date", "time", "occurred at", "日期", "时间", "互动时间", "跟进时间"})},
            {QStringLiteral("channel"), tr("Channel"), FieldType::Text, true,
             l({"channel", "方式", "渠道", "互动方式", "跟进方式"})},
            {QStringLiteral("type"), tr("Type"), FieldType::Text, false, l({"type", "类型"})},
            {QStringLiteral("summary"), tr("Summary"), FieldType::Text, false,
             l({"summary", "content", "内容", "摘要", "跟进内容"})},
            {QStringLiteral("outcome"), tr("Outcome"), FieldType::Text, false,
             l({"outcome", "result", "结果"})},
            {QStringLiteral("owner"), tr("Owner"), FieldType::Text, false,
             l({"owner", "负责人", "客户经理"})},
        };
    case ImportKind::Surveys:
        return {
            customerCode(true),
            {QStringLiteral("answered_at"), tr("Date"), FieldType::DateTime, true,
             l({"date", "answered at", "日期", "调查日期", "时间"})},
            {QStringLiteral("nps"), tr("NPS score (0–10)"), FieldType::Integer, false,
             l({"nps", "nps score", "推荐值", "净推荐值", "推荐意愿"})},
            {QStringLiteral("satisfaction"), tr("Satisfaction (1–5)"), FieldType::Integer, false,
             l({"satisfaction", "csat", "满意度"})},
            {QStringLiteral("comment"), tr("Comment"), FieldType::Text, false,
             l({"comment", "comments", "feedback", "评论", "意见", "反馈"})},
        };
    case ImportKind::Summary:
        return {
            customerCode(true),
            customerName(false),
            {QStringLiteral("recency_days"), tr("Days since last purchase (R)"), FieldType::Integer, true,
             l({"recency", "recency days", "r days", "r (days)", "最近消费时间(天)", "r", "最近消费时间",
                "最近消费天数", "最近一次消费", "r天"})},
            {QStringLiteral("frequency_per_year"), tr("Purchases per year (F)"), FieldType::Decimal, true,
             l({"frequency", "f", "purchases per year", "f (per year)", "消费频率(次/年)", "消费频率",
                "年消费次数", "f次年"})},
            {QStringLiteral("amount_per_year"), tr("Amount per year (M)"), FieldType::Amount, true,
             l({"monetary", "m", "amount per year", "m (per year, ¥)", "消费金额(元/年)", "消费金额",
                "年消费金额", "m元年"})},
        };
    }
    return {};
}

std::optional<FieldSpec> ImportSchema::field(ImportKind kind, const QString& key)
{
    for (const FieldSpec& f : fields(kind))
        if (f.key == key)
            return f;
    return std::nullopt;
}

} // namespace clientele
