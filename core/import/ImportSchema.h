#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace clientele {

// What a spreadsheet can hold.
enum class ImportKind
{
    Customers,
    Orders,
    Interactions,
    Surveys,
    Summary
};

QString importKindKey(ImportKind kind); // "customers", "orders", ...
std::optional<ImportKind> importKindFromKey(const QString& key);

enum class FieldType
{
    Text,
    Code,
    DateTime,
    Amount,
    Decimal,
    Integer,
    Boolean
};

// One field a kind of import can fill.
struct FieldSpec
{
    QString key;   // stable, used in mappings and reports: "customer_code", "ordered_at", ...
    QString label; // translated, for the mapping table
    FieldType type;
    bool required;
    QStringList aliases; // header names, English and Chinese, compared after normalisation
    int scale = 3;       // decimal places a Decimal field keeps

    // The decimal places a number in this field is read to, exactly: amounts to the cent, integers
    // to thousandths (so that "2.5" is refused, not rounded), decimals to their own scale.
    int exactPlaces() const { return type == FieldType::Amount ? 2 : type == FieldType::Decimal ? scale : 3; }
};

// The fields of each kind, with the header names they are recognised by.
class ImportSchema
{
    Q_DECLARE_TR_FUNCTIONS(ImportSchema)

public:
    static QList<FieldSpec> fields(ImportKind kind);
    static std::optional<FieldSpec> field(ImportKind kind, const QString& key);
    static QString kindLabel(ImportKind kind);
    // Lower case, no spaces, underscores, hyphens, dots or brackets: "Customer ID" == "customer_id".
    static QString normaliseHeader(const QString& header);
};

} // namespace clientele
