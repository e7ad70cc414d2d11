#include "import/Importer.h"

#include "import/CellPreparer.h"
#include "import/ExcelDate.h"
#include "import/ImportError.h"
#include "import/OrderLineNumbering.h"
#include "import/ReadAheadReader.h"
#include "import/SpreadsheetReader.h"
#include "model/CustomerValidator.h"
#include "storage/BackupManager.h"
#include "storage/ImportStore.h"
#include "storage/SoleWriterJournal.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace clientele {

namespace {

constexpr int kProgressEvery = 2000; // rows between progress reports (and cancel checks)

// The tables an import of this kind adds rows to: the one its rows go to first, then the one it
// creates the customers in that it does not know yet.
QStringList tablesWritten(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
    case ImportKind::Summary: // creates the customers it does not know
        return {QStringLiteral("customer")};
    case ImportKind::Orders:
        return {QStringLiteral("order_line"), QStringLiteral("customer")};
    case ImportKind::Interactions:
        return {QStringLiteral("interaction")};
    case ImportKind::Surveys:
        return {QStringLiteral("survey_response")};
    }
    return {};
}

QString fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// One field's column and what the analysis decided about it.
struct MappedField
{
    FieldSpec spec;
    int column = -1;
    QString columnLabel; // "C (订单日期)"
    DateOrder dateOrder = DateOrder::YearMonthDay;
    bool decimalComma = false;
    qint64 mangledIds = 0;
    qint64 excelSerialDates = 0;
    DateEvidence dates;
    DecimalEvidence decimals;
};

// Thrown inside a row's conversion: the row is rejected for this reason.
struct RowRejected
{
    QString column;
    QString value;
    QString reason;
};

class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    ImportRun(const QSqlDatabase& db,
              const SqlDialect& dialect,
              const QString& filePath,
              const ImportOptions& options,
              const Importer::ProgressCallback& progress)
        : m_db(db)
        , m_dialect(dialect)
        , m_filePath(filePath)
        , m_fileName(QFileInfo(filePath).fileName())
        , m_options(options)
        , m_progress(progress)
    {
    }

    ImportReport execute();

private:
    void openAndMap();
    bool evidenceMatchesAssumptions() const;
    bool analyse();
    void decide();
    void startPass(bool collectEvidence, bool convert);
    void takeEvidence();
    bool importRows();
    QString optionsJson() const;
    void importRow(const QList<CellValue>& cells, qint64 row);
    bool report(ImportProgress::Phase phase, qint64 rows);

    const CellValue* cell(const QList<CellValue>& cells, const QString& key) const;
    const MappedField* field(const QString& key) const;
    QString text(const QList<CellValue>& cells, const QString& key) const;
    std::optional<QDateTime> dateTime(const QList<CellValue>& cells, const QString& key);
    std::optional<std::int64_t> decimal(const QList<CellValue>& cells, const QString& key);
    std::optional<std::int64_t> integer(const QList<CellValue>& cells, const QString& key);
    QString code(const QList<CellValue>& cells, const QString& key);
    [[noreturn]] void reject(const QString& key, const QString& value, const QString& reason) const;

    std::int64_t customerIdForCode(
        const QString& code, const QList<CellValue>& cells, qint64 row, const QDate& firstSeen, bool create);
    void importCustomer(const QList<CellValue>& cells, qint64 row);
    void importOrderLine(const QList<CellValue>& cells, qint64 row);
    void importInteraction(const QList<CellValue>& cells, qint64 row);
    void importSurvey(const QList<CellValue>& cells, qint64 row);
    void importSummary(const QList<CellValue>& cells, qint64 row);
    // Order lines counted as imported when queued that turned out to be duplicates.
    void countDuplicateOrderLines(std::int64_t duplicates);

    QSqlDatabase m_db;
    const SqlDialect& m_dialect;
    QString m_filePath;
    QString m_fileName;
    ImportOptions m_options;
    Importer::ProgressCallback m_progress;

    // Declared first so that it outlives the reader, whose thread uses it until the reader is gone.
    CellPreparer m_preparer;
    std::unique_ptr<ReadAheadReader> m_reader;
    QStringList m_headers;
    qint64 m_headerRow = 0;
    QHash<int, QString> m_mapping;
    QList<MappedField> m_fields;
    ImportReport m_report;
    bool m_needDates = false;    // no date order chosen: decided from each column
    bool m_needDecimals = false; // no decimal symbol chosen: decided from each column

    std::unique_ptr<ImportStore> m_store;
    std::int64_t m_batchId = 0;
    QHash<QString, QList<std::int64_t>> m_customers; // by match key
    // The customer of the row before: the lines of one order come one after another.
    QString m_lastCustomerCode;
    std::int64_t m_lastCustomerId = 0;
    OrderLineNumbering m_linesPerOrder; // lines of each order seen in this file
};

bool ImportRun::report(ImportProgress::Phase phase, qint64 rows)
{
    if (!m_progress)
        return true;
    return m_progress({phase, rows, m_reader ? m_reader->progressPermille() : 0});
}

void ImportRun::openAndMap()
{
    SpreadsheetReader::Options readerOptions;
    readerOptions.encoding = m_options.encoding;
    // Decoding and parsing the file run on a thread of their own, ahead of the conversion and writing.
    m_reader = std::make_unique<ReadAheadReader>(SpreadsheetReader::open(m_filePath, readerOptions));
    m_reader->setRowHook([this](QList<CellValue>& cells, qint64 row) { m_preparer.prepare(cells, row); });
    const QStringList sheets = m_reader->sheetNames();
    if (m_options.sheetIndex < 0 || m_options.sheetIndex >= sheets.size())
        throw ImportError(tr("%1 has no sheet number %2.").arg(m_fileName).arg(m_options.sheetIndex + 1));
    if (m_options.sheetIndex != 0)
        m_reader->selectSheet(m_options.sheetIndex);
    m_report.sheet = sheets.at(m_options.sheetIndex);
    m_report.encoding = m_reader->encoding();
    m_report.encodingReason = m_reader->encodingReason();

    QList<CellValue> header;
    if (!m_reader->readRow(header))
        throw ImportError(tr("%1: the sheet %2 has no rows.").arg(m_fileName, m_report.sheet));
    m_headerRow = m_reader->rowNumber();
    for (const CellValue& c : header)
        m_headers << c.text.trimmed();

    m_mapping =
        m_options.mapping.isEmpty() ? Importer::autoMap(m_options.kind, m_headers) : m_options.mapping;
    QStringList missing;
    for (const FieldSpec& spec : ImportSchema::fields(m_options.kind)) {
        const int column = m_mapping.key(spec.key, -1);
        if (column < 0) {
            if (spec.required)
                missing << spec.label;
            continue;
        }
        MappedField f;
        f.spec = spec;
        f.column = column;
        f.columnLabel = SpreadsheetReader::columnName(column) +
                        (column < m_headers.size() && !m_headers.at(column).isEmpty()
                             ? QStringLiteral(" (%1)").arg(m_headers.at(column))
                             : QString());
        m_fields.append(f);
    }
    if (m_options.kind == ImportKind::Orders && !field(QStringLiteral("amount")) &&
        !field(QStringLiteral("unit_price")))
        missing << tr("Amount or Unit price");
    if (m_options.kind == ImportKind::Orders && !field(QStringLiteral("customer_code")))
        missing << ImportSchema::tr("Customer code");
    if (!missing.isEmpty())
        throw ImportError(tr("%1: no column is mapped to %2. The header row %3 has: %4.")
                              .arg(m_fileName, missing.join(QStringLiteral(", ")))
                              .arg(m_headerRow)
                              .arg(m_headers.join(QStringLiteral(", ")).left(300)));
}

const MappedField* ImportRun::field(const QString& key) const
{
    for (const MappedField& f : m_fields)
        if (f.spec.key == key)
            return &f;
    return nullptr;
}

const CellValue* ImportRun::cell(const QList<CellValue>& cells, const QString& key) const
{
    const MappedField* f = field(key);
    if (!f || f->column >= cells.size())
        return nullptr;
    return &cells.at(f->column);
}

bool ImportRun::evidenceMatchesAssumptions() const
{
    // decide() gives year-month-day and a decimal point exactly when a column holds no d/m/y-shaped
    // date and no value that needs a decimal comma; with such values the decision (or its warning,
    // or the question about the date order) depends on the whole column.
    for (const MappedField& f : m_fields) {
        if (f.dates.dayFirst > 0 || f.dates.monthFirst > 0 || f.dates.ambiguous > 0 || f.decimals.comma > 0)
            return false;
    }
    return true;
}

bool ImportRun::analyse()
{
    for (MappedField& f : m_fields) {
        f.dates = DateEvidence();
        f.decimals = DecimalEvidence();
    }
    if (m_needDates || m_needDecimals) {
        startPass(true, false);
        QList<CellValue> cells;
        qint64 rows = 0;
        while (m_reader->readRow(cells)) {
            if (++rows % kProgressEvery == 0 && !report(ImportProgress::Phase::Analysing, rows))
                return false;
        }
        takeEvidence();
    }
    decide();
    return true;
}

void ImportRun::startPass(bool collectEvidence, bool convert)
{
    // The reader stops reading ahead before the preparer changes, and starts again from the top.
    m_reader->selectSheet(m_options.sheetIndex);
    std::vector<CellPreparer::Column> columns;
    for (const MappedField& f : std::as_const(m_fields))
        columns.push_back({f.column, f.spec.type, f.dateOrder, f.decimalComma, f.spec.exactPlaces(), {}, {}});
    m_preparer.begin(
        {m_headerRow, collectEvidence && m_needDates, collectEvidence && m_needDecimals, convert},
        std::move(columns));
    QList<CellValue> header;
    m_reader->readRow(header); // skip the header again
}

void ImportRun::takeEvidence()
{
    const std::vector<CellPreparer::Column>& columns = m_preparer.columns();
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        m_fields[i].dates = columns[static_cast<size_t>(i)].dates;
        m_fields[i].decimals = columns[static_cast<size_t>(i)].decimals;
    }
}

void ImportRun::decide()
{
    const bool needDates = m_needDates;
    const bool needDecimals = m_needDecimals;
    QStringList orders;
    for (MappedField& f : m_fields) {
        if (f.spec.type == FieldType::DateTime) {
            if (!needDates) {
                f.dateOrder = m_options.dateOrder;
            } else {
                const DateEvidence& e = f.dates;
                if (e.dayFirst > 0 && e.monthFirst == 0)
                    f.dateOrder = DateOrder::DayMonthYear;
                else if (e.monthFirst > 0 && e.dayFirst == 0)
                    f.dateOrder = DateOrder::MonthDayYear;
                else if (e.monthFirst > 0 && e.dayFirst > 0) {
                    f.dateOrder =
                        e.dayFirst >= e.monthFirst ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
                    m_report.warnings
                        << tr("Column %1 mixes day/month (%2 values) and month/day (%3 values) dates; "
                              "read as %4, the others are rejected.")
                               .arg(f.columnLabel)
                               .arg(e.dayFirst)
                               .arg(e.monthFirst)
                               .arg(dateOrderKey(f.dateOrder));
                } else if (e.ambiguous > 0) {
                    throw ImportError(
                        tr("%1: the dates in column %2 could be day/month or month/day (no day is "
                           "above 12; row %3 has \"%4\"). Choose the date order.")
                            .arg(m_fileName, f.columnLabel)
                            .arg(e.firstAmbiguousRow)
                            .arg(e.firstAmbiguousValue),
                        e.firstAmbiguousRow, f.column + 1);
                } else {
                    f.dateOrder = DateOrder::YearMonthDay;
                }
            }
            orders << dateOrderKey(f.dateOrder);
        } else if (f.spec.type == FieldType::Amount || f.spec.type == FieldType::Decimal) {
            if (!needDecimals) {
                f.decimalComma = *m_options.decimalComma;
            } else {
                const DecimalEvidence& e = f.decimals;
                f.decimalComma = e.comma > 0 && e.comma >= e.point;
                if (e.comma > 0 && e.point > 0)
                    m_report.warnings
                        << tr("Column %1 mixes decimal commas (%2 values) and decimal points (%3 "
                              "values); read with a decimal %4, the others are rejected.")
                               .arg(f.columnLabel)
                               .arg(e.comma)
                               .arg(e.point)
                               .arg(f.decimalComma ? tr("comma") : tr("point"));
            }
            m_report.decimalComma = m_report.decimalComma || f.decimalComma;
        }
    }
    m_report.dateOrder = orders.isEmpty() ? QString() : orders.first();
}

void ImportRun::reject(const QString& key, const QString& value, const QString& reason) const
{
    const MappedField* f = field(key);
    throw RowRejected{f ? f->columnLabel : key, value.left(200), reason};
}

QString ImportRun::text(const QList<CellValue>& cells, const QString& key) const
{
    const CellValue* c = cell(cells, key);
    if (!c)
        return {};
    if (c->type == CellValue::Type::Error)
        reject(key, c->text, tr("the cell holds an error (%1)").arg(c->text));
    if (c->type == CellValue::Type::DateTime)
        return c->dateTime.toString(c->dateTime.time() == QTime(0, 0)
                                        ? QStringLiteral("yyyy-MM-dd")
                                        : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return ValueParser::trimmed(c->text);
}

QString ImportRun::code(const QList<CellValue>& cells, const QString& key)
{
    const QString value = text(cells, key);
    if (ValueParser::looksMangledId(value))
        ++const_cast<MappedField*>(field(key))->mangledIds;
    return value;
}

std::optional<QDateTime> ImportRun::dateTime(const QList<CellValue>& cells, const QString& key)
{
    const CellValue* c = cell(cells, key);
    if (!c || c->isEmpty())
        return std::nullopt;
    if (c->type == CellValue::Type::DateTime)
        return c->dateTime;
    if (c->type == CellValue::Type::Error)
        reject(key, c->text, tr("the cell holds an error (%1)").arg(c->text));
    if (c->type == CellValue::Type::Number) {
        // A number where a date belongs: an Excel serial day whose cell lost its date format.
        if (c->number >= 1 && c->number < 2958466) {
            if (const auto d = ExcelDate::fromSerial(c->number)) {
                ++const_cast<MappedField*>(field(key))->excelSerialDates;
                return d;
            }
        }
        if (const auto compact = ValueParser::parseDateTime(c->text, DateOrder::YearMonthDay))
            return compact; // 20240301
        reject(key, c->text, tr("\"%1\" is a number, not a date").arg(c->text));
    }
    // Text the reading thread could not read as a date in the column's order (CellPreparer).
    QString why;
    const MappedField* f = field(key);
    const auto parsed = ValueParser::parseDateTime(c->text, f ? f->dateOrder : DateOrder::Unknown, &why);
    if (!parsed) {
        // Excel serials written as text ("45352") are dates too.
        bool isNumber = false;
        const double serial = c->text.toDouble(&isNumber);
        if (isNumber && serial >= 1 && serial < 2958466)
            if (const auto d = ExcelDate::fromSerial(serial))
                return d;
        reject(key, c->text, why);
    }
    return parsed;
}

std::optional<std::int64_t> ImportRun::decimal(const QList<CellValue>& cells, const QString& key)
{
    const CellValue* c = cell(cells, key);
    if (!c || c->isEmpty())
        return std::nullopt;
    if (c->type == CellValue::Type::Error)
        reject(key, c->text, tr("the cell holds an error (%1)").arg(c->text));
    const MappedField* f = field(key); // not null: the cell is mapped
    const int places = f->spec.exactPlaces();
    if (c->exactPlaces == places)
        return c->exact; // read on the reading thread
    QString why;
    // A numeric cell's text is the file's own spelling of the number: always a decimal point.
    const bool comma = c->type == CellValue::Type::Text && f->decimalComma;
    const auto value = ValueParser::parseDecimal(c->text, comma, places, &why);
    if (!value)
        reject(key, c->text, why);
    return value;
}

std::optional<std::int64_t> ImportRun::integer(const QList<CellValue>& cells, const QString& key)
{
    const auto milli = decimal(cells, key); // an integer field keeps thousandths
    if (!milli)
        return std::nullopt;
    if (*milli % 1000 != 0)
        reject(key, cell(cells, key)->text, tr("\"%1\" is not a whole number").arg(cell(cells, key)->text));
    return *milli / 1000;
}

std::int64_t ImportRun::customerIdForCode(const QString& customerCode,
                                          const QList<CellValue>& cells,
                                          qint64 row,
                                          const QDate& firstSeen,
                                          bool create)
{
    if (m_lastCustomerId > 0 && customerCode == m_lastCustomerCode)
        return m_lastCustomerId;
    const QList<std::int64_t> ids = m_customers.value(customerCode);
    if (ids.size() == 1) {
        m_lastCustomerCode = customerCode;
        m_lastCustomerId = ids.first();
        return m_lastCustomerId;
    }
    if (ids.size() > 1)
        reject(QStringLiteral("customer_code"), customerCode,
               tr("several customers have the code %1").arg(customerCode));
    if (!create)
        reject(QStringLiteral("customer_code"), customerCode,
               tr("there is no customer with the code %1").arg(customerCode));
    Customer c;
    c.code = customerCode;
    c.name = text(cells, QStringLiteral("customer_name"));
    if (c.name.isEmpty())
        c.name = customerCode;
    c.region = text(cells, QStringLiteral("region"));
    c.createdOn = firstSeen.isValid() ? firstSeen : QDate::currentDate();
    const auto problems = CustomerValidator::validate(c);
    if (!problems.isEmpty())
        reject(QStringLiteral("customer_code"), customerCode, problems.first().message);
    const std::int64_t id = m_store->insertCustomer(c, m_batchId, row);
    m_customers[customerCode] = {id};
    ++m_report.customersCreated;
    m_lastCustomerCode = customerCode;
    m_lastCustomerId = id;
    return id;
}

void ImportRun::importCustomer(const QList<CellValue>& cells, qint64 row)
{
    Customer incoming;
    incoming.code = code(cells, QStringLiteral("customer_code"));
    incoming.name = text(cells, QStringLiteral("customer_name"));
    // Fields present in the file, as stored column -> value, for both insert and update.
    QList<QPair<QString, QVariant>> present;
    auto take = [&](const QString& key, const QString& column, QString& target) {
        if (!field(key))
            return;
        target = text(cells, key);
        if (!target.isEmpty())
            present.append({column, target});
    };
    take(QStringLiteral("industry"), QStringLiteral("industry"), incoming.industry);
    take(QStringLiteral("region"), QStringLiteral("region"), incoming.region);
    take(QStringLiteral("city"), QStringLiteral("city"), incoming.city);
    take(QStringLiteral("owner"), QStringLiteral("owner"), incoming.owner);
    take(QStringLiteral("email"), QStringLiteral("email"), incoming.email);
    take(QStringLiteral("phone"), QStringLiteral("phone"), incoming.phone);
    take(QStringLiteral("wechat"), QStringLiteral("wechat"), incoming.wechat);
    take(QStringLiteral("address"), QStringLiteral("address"), incoming.address);
    take(QStringLiteral("notes"), QStringLiteral("notes"), incoming.notes);
    if (!incoming.name.isEmpty())
        present.prepend({QStringLiteral("name"), incoming.name});
    if (field(QStringLiteral("kind"))) {
        const QString k = text(cells, QStringLiteral("kind")).toLower();
        if (!k.isEmpty()) {
            if (k == QLatin1String("tob") || k == QLatin1String("b") || k.contains(QStringLiteral("企业")) ||
                k.contains(QStringLiteral("business")))
                incoming.kind = CustomerKind::Business;
            else if (k == QLatin1String("toc") || k == QLatin1String("c") ||
                     k.contains(QStringLiteral("个人")) || k.contains(QStringLiteral("consumer")))
                incoming.kind = CustomerKind::Consumer;
            else
                reject(QStringLiteral("kind"), k, tr("\"%1\" is neither ToC nor ToB").arg(k));
            present.append({QStringLiteral("kind"), customerKindKey(incoming.kind)});
        }
    }
    if (const CellValue* c = cell(cells, QStringLiteral("marketing_consent")); c && !c->isEmpty()) {
        const auto consent = ValueParser::parseBoolean(c->text);
        if (!consent)
            reject(QStringLiteral("marketing_consent"), c->text, tr("\"%1\" is not yes or no").arg(c->text));
        incoming.marketingConsent = *consent;
        present.append({QStringLiteral("marketing_consent"), *consent ? 1 : 0});
    }
    if (const auto limit = integer(cells, QStringLiteral("contact_limit_per_month"))) {
        incoming.contactLimitPerMonth = static_cast<int>(*limit);
        present.append({QStringLiteral("contact_limit_per_month"), incoming.contactLimitPerMonth});
    }
    if (const auto created = dateTime(cells, QStringLiteral("created_on"))) {
        incoming.createdOn = created->date();
        present.append({QStringLiteral("created_on"), incoming.createdOn.toString(Qt::ISODate)});
    }

    QString matchKey = incoming.code;
    if (m_options.matchField == QLatin1String("email"))
        matchKey = incoming.email.toLower();
    else if (m_options.matchField == QLatin1String("phone"))
        matchKey = incoming.phone;
    else if (m_options.matchField == QLatin1String("name_city"))
        matchKey = incoming.name + QLatin1Char('|') + incoming.city;
    const QList<std::int64_t> matches =
        matchKey.isEmpty() ? QList<std::int64_t>() : m_customers.value(matchKey);
    if (matches.size() > 1)
        reject(QStringLiteral("customer_code"), matchKey,
               tr("%1 existing customers match %2; resolve the duplicates first")
                   .arg(matches.size())
                   .arg(matchKey));

    if (matches.isEmpty()) {
        if (!incoming.createdOn.isValid())
            incoming.createdOn = QDate::currentDate();
        const auto problems = CustomerValidator::validate(incoming);
        if (!problems.isEmpty())
            reject(problems.first().field == QLatin1String("name") ? QStringLiteral("customer_name")
                                                                   : QStringLiteral("customer_code"),
                   problems.first().field == QLatin1String("name") ? incoming.name : incoming.code,
                   problems.first().message);
        if (m_customers.contains(incoming.code) && m_options.matchField != QLatin1String("code"))
            reject(QStringLiteral("customer_code"), incoming.code,
                   tr("the code %1 belongs to another customer").arg(incoming.code));
        const std::int64_t id = m_store->insertCustomer(incoming, m_batchId, row);
        m_customers[matchKey] = {id};
        ++m_report.customersCreated;
        ++m_report.imported;
        m_report.addAction({row, ImportRowAction::Kind::Create, incoming.code});
        return;
    }

    const std::int64_t id = matches.first();
    const auto existing = m_store->customer(id);
    const QHash<QString, QString> oldValues = {
        {QStringLiteral("name"), existing->name},
        {QStringLiteral("kind"), customerKindKey(existing->kind)},
        {QStringLiteral("industry"), existing->industry},
        {QStringLiteral("region"), existing->region},
        {QStringLiteral("city"), existing->city},
        {QStringLiteral("owner"), existing->owner},
        {QStringLiteral("email"), existing->email},
        {QStringLiteral("phone"), existing->phone},
        {QStringLiteral("wechat"), existing->wechat},
        {QStringLiteral("address"), existing->address},
        {QStringLiteral("notes"), existing->notes},
        {QStringLiteral("marketing_consent"),
         existing->marketingConsent ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("contact_limit_per_month"), QString::number(existing->contactLimitPerMonth)},
        {QStringLiteral("created_on"), existing->createdOn.toString(Qt::ISODate)},
    };
    QList<QPair<QString, QVariant>> changes;
    QStringList changed;
    for (const auto& [column, value] : present) {
        if (oldValues.value(column) != value.toString()) {
            changes.append({column, value});
            changed << column;
        }
    }
    if (changes.isEmpty()) {
        ++m_report.duplicates;
        m_report.addAction({row, ImportRowAction::Kind::Unchanged, existing->code});
        return;
    }
    m_store->updateCustomer(id, changes, oldValues, m_batchId);
    ++m_report.customersUpdated;
    ++m_report.imported;
    m_report.addAction({row, ImportRowAction::Kind::Update,
                        existing->code + QStringLiteral(": ") + changed.join(QStringLiteral(", "))});
}

void ImportRun::importOrderLine(const QList<CellValue>& cells, qint64 row)
{
    OrderLine line;
    const auto when = dateTime(cells, QStringLiteral("ordered_at"));
    if (!when)
        reject(QStringLiteral("ordered_at"), QString(), tr("the order date is empty"));
    line.orderedAt = *when;
    const QString customerCode = code(cells, QStringLiteral("customer_code"));
    if (field(QStringLiteral("order_code"))) {
        line.orderCode = code(cells, QStringLiteral("order_code"));
        if (line.orderCode.isEmpty())
            reject(QStringLiteral("order_code"), QString(), tr("the order number is empty"));
    } else {
        // Transaction logs without order numbers (CDNOW): a customer's purchases at one moment are one order.
        if (customerCode.isEmpty())
            reject(QStringLiteral("customer_code"), QString(),
                   tr("without an order number column, every row needs a customer code"));
        line.orderCode =
            customerCode + QLatin1Char('@') + line.orderedAt.toString(QStringLiteral("yyyyMMddHHmmss"));
    }

    const auto quantity = integer(cells, QStringLiteral("quantity"));
    line.quantity = static_cast<int>(quantity.value_or(1));
    if (const auto amount = decimal(cells, QStringLiteral("amount"))) {
        line.amount = *amount;
    } else if (const auto price = decimal(cells, QStringLiteral("unit_price"))) {
        // Unit prices may have more than two decimals: multiply exactly, then round half away from zero.
        const std::int64_t micro = *price * line.quantity;
        line.amount = (micro >= 0 ? micro + 5000 : micro - 5000) / 10000;
    } else {
        reject(field(QStringLiteral("amount")) ? QStringLiteral("amount") : QStringLiteral("unit_price"),
               QString(), tr("the amount is empty"));
    }

    const QString status = text(cells, QStringLiteral("status")).toLower();
    if (!status.isEmpty()) {
        if (status.contains(QStringLiteral("cancel")) || status.contains(QStringLiteral("取消")))
            line.status = OrderStatus::Cancelled;
        else if (status.contains(QStringLiteral("return")) || status.contains(QStringLiteral("refund")) ||
                 status.contains(QStringLiteral("退")))
            line.status = OrderStatus::Returned;
        else if (status.contains(QStringLiteral("complet")) || status.contains(QStringLiteral("完成")) ||
                 status.contains(QStringLiteral("paid")) || status.contains(QStringLiteral("成功")))
            line.status = OrderStatus::Completed;
        else
            reject(QStringLiteral("status"), status, tr("\"%1\" is not a known order status").arg(status));
    } else if (line.quantity < 0 || line.amount < 0) {
        // Online Retail marks cancellations with a "C" order number and a negative quantity.
        line.status = line.orderCode.startsWith(QLatin1Char('C'), Qt::CaseInsensitive)
                          ? OrderStatus::Cancelled
                          : OrderStatus::Returned;
    }
    if (line.status != OrderStatus::Completed && line.amount > 0)
        line.amount = -line.amount; // cancellations and returns are stored as negative amounts

    line.currency = text(cells, QStringLiteral("currency")).toUpper();
    if (line.currency.isEmpty())
        line.currency = m_options.currency;
    line.productCode = code(cells, QStringLiteral("product_code"));
    line.productName = text(cells, QStringLiteral("product_name"));
    line.category = text(cells, QStringLiteral("category"));
    line.channel = text(cells, QStringLiteral("channel"));

    // The line's key: its own line number column, or its place among the lines of its order in this
    // file. The same file (or an export with the same whole orders) gives the same keys again.
    if (const auto lineNo = integer(cells, QStringLiteral("line_no")))
        line.lineNo = static_cast<int>(*lineNo);
    else
        line.lineNo = m_linesPerOrder.next(line.orderCode);

    if (customerCode.isEmpty()) {
        ++m_report.rowsWithoutCustomer;
    } else {
        line.customerId = customerIdForCode(customerCode, cells, row, line.orderedAt.date(), true);
    }
    if (!m_options.dryRun) {
        // Written several lines at a time; only the dry run lists each row's action, so only it needs
        // to know at once whether this very line was a duplicate.
        ++m_report.imported;
        countDuplicateOrderLines(m_store->queueOrderLine(line, m_batchId, row));
        return;
    }
    if (!m_store->insertOrderLine(line, m_batchId, row)) {
        ++m_report.duplicates;
        m_report.addAction({row, ImportRowAction::Kind::Duplicate,
                            tr("order %1 line %2 is already stored").arg(line.orderCode).arg(line.lineNo)});
        return;
    }
    ++m_report.imported;
    m_report.addAction(
        {row, customerCode.isEmpty() ? ImportRowAction::Kind::NoCustomer : ImportRowAction::Kind::Create,
         line.orderCode});
}

void ImportRun::countDuplicateOrderLines(std::int64_t duplicates)
{
    m_report.imported -= duplicates;
    m_report.duplicates += duplicates;
}

void ImportRun::importInteraction(const QList<CellValue>& cells, qint64 row)
{
    Interaction i;
    const QString customerCode = code(cells, QStringLiteral("customer_code"));
    if (customerCode.isEmpty())
        reject(QStringLiteral("customer_code"), QString(), tr("the customer code is empty"));
    const auto when = dateTime(cells, QStringLiteral("occurred_at"));
    if (!when)
        reject(QStringLiteral("occurred_at"), QString(), tr("the date is empty"));
    i.occurredAt = *when;
    i.channel = text(cells, QStringLiteral("channel"));
    if (i.channel.isEmpty())
        reject(QStringLiteral("channel"), QString(), tr("the channel is empty"));
    i.type = text(cells, QStringLiteral("type"));
    i.summary = text(cells, QStringLiteral("summary"));
    i.outcome = text(cells, QStringLiteral("outcome"));
    i.owner = text(cells, QStringLiteral("owner"));
    i.customerId = customerIdForCode(customerCode, cells, row, {}, false);
    m_store->insertInteraction(i, m_batchId, row);
    ++m_report.imported;
    m_report.addAction({row, ImportRowAction::Kind::Create, customerCode});
}

void ImportRun::importSurvey(const QList<CellValue>& cells, qint64 row)
{
    SurveyResponse r;
    const QString customerCode = code(cells, QStringLiteral("customer_code"));
    if (customerCode.isEmpty())
        reject(QStringLiteral("customer_code"), QString(), tr("the customer code is empty"));
    const auto when = dateTime(cells, QStringLiteral("answered_at"));
    if (!when)
        reject(QStringLiteral("answered_at"), QString(), tr("the date is empty"));
    r.answeredAt = *when;
    if (const auto nps = integer(cells, QStringLiteral("nps"))) {
        if (*nps < 0 || *nps > 10)
            reject(QStringLiteral("nps"), QString::number(*nps), tr("an NPS score runs from 0 to 10"));
        r.nps = static_cast<int>(*nps);
    }
    if (const auto sat = integer(cells, QStringLiteral("satisfaction"))) {
        if (*sat < 1 || *sat > 5)
            reject(QStringLiteral("satisfaction"), QString::number(*sat),
                   tr("satisfaction runs from 1 to 5"));
        r.satisfaction = static_cast<int>(*sat);
    }
    r.comment = text(cells, QStringLiteral("comment"));
    r.customerId = customerIdForCode(customerCode, cells, row, {}, false);
    m_store->insertSurveyResponse(r, m_batchId, row);
    ++m_report.imported;
    m_report.addAction({row, ImportRowAction::Kind::Create, customerCode});
}

void ImportRun::importSummary(const QList<CellValue>& cells, qint64 row)
{
    const QString customerCode = code(cells, QStringLiteral("customer_code"));
    if (customerCode.isEmpty())
        reject(QStringLiteral("customer_code"), QString(), tr("the customer code is empty"));
    const auto recency = integer(cells, QStringLiteral("recency_days"));
    const auto frequency = decimal(cells, QStringLiteral("frequency_per_year"));
    const auto amount = decimal(cells, QStringLiteral("amount_per_year"));
    if (!recency || *recency < 0)
        reject(QStringLiteral("recency_days"), recency ? QString::number(*recency) : QString(),
               tr("days since the last purchase must be 0 or more"));
    if (!frequency || *frequency < 0)
        reject(QStringLiteral("frequency_per_year"), QString(), tr("purchases per year must be 0 or more"));
    if (!amount)
        reject(QStringLiteral("amount_per_year"), QString(), tr("the amount per year is empty"));
    const QDate asOf = m_options.summaryAsOf.isValid() ? m_options.summaryAsOf : QDate::currentDate();
    const bool known = m_customers.contains(customerCode);
    const std::int64_t id = customerIdForCode(customerCode, cells, row, asOf, true);
    if (!m_store->upsertSummary(id, asOf, static_cast<int>(*recency), *frequency, *amount, m_batchId, row)) {
        ++m_report.duplicates;
        m_report.addAction({row, ImportRowAction::Kind::Unchanged, customerCode});
        return;
    }
    ++m_report.imported;
    m_report.addAction(
        {row, known ? ImportRowAction::Kind::Update : ImportRowAction::Kind::Create, customerCode});
}

void ImportRun::importRow(const QList<CellValue>& cells, qint64 row)
{
    switch (m_options.kind) {
    case ImportKind::Customers:
        importCustomer(cells, row);
        break;
    case ImportKind::Orders:
        importOrderLine(cells, row);
        break;
    case ImportKind::Interactions:
        importInteraction(cells, row);
        break;
    case ImportKind::Surveys:
        importSurvey(cells, row);
        break;
    case ImportKind::Summary:
        importSummary(cells, row);
        break;
    }
}

bool ImportRun::importRows()
{
    QList<CellValue> cells;
    while (m_reader->readRow(cells)) {
        const qint64 row = m_reader->rowNumber();
        ++m_report.rowsRead;
        if (m_report.rowsRead % kProgressEvery == 0 &&
            !report(ImportProgress::Phase::Importing, m_report.rowsRead))
            return false;
        // A savepoint per row would cost a statement per row; instead every write of a row comes last,
        // after all of its values were checked, so a rejected row has written nothing.
        try {
            importRow(cells, row);
        } catch (const RowRejected& r) {
            ++m_report.skipped;
            m_report.addIssue({row, r.column, r.value, r.reason});
            m_report.addAction(
                {row, ImportRowAction::Kind::Reject, r.column + QStringLiteral(": ") + r.reason});
        }
    }
    countDuplicateOrderLines(m_store->flushOrderLines());
    return true;
}

ImportReport ImportRun::execute()
{
    QElapsedTimer timer;
    timer.start();
    m_report.fileName = m_fileName;
    m_report.kind = importKindKey(m_options.kind);
    m_report.dryRun = m_options.dryRun;
    m_report.strict = m_options.mode == ImportOptions::Mode::Strict;

    openAndMap();
    m_needDates = m_options.dateOrder == DateOrder::Unknown;
    m_needDecimals = !m_options.decimalComma.has_value();
    // Values whose meaning hangs on a decision about their whole column (d/m/y or m/d/y, a decimal
    // comma or point) need that column seen first. Most files hold none: read the file once,
    // assuming what a column without such values gets (year-month-day, decimal point), and gather
    // the evidence on the way. Only when the evidence asks for something else is the work rolled
    // back and the file read twice: a pass to decide, then the import.
    bool speculative = m_needDates || m_needDecimals;
    if (speculative)
        decide();
    const ImportReport initialReport = m_report;

    // Something to lose: keep a copy first (a dry run changes nothing and needs none).
    if (!m_options.dryRun &&
        sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM customer)")).toInt() == 1)
        BackupManager(m_db.databaseName(), m_options.backupRoot)
            .createBackup(m_db, m_dialect, QStringLiteral("pre-import"));
    // Outside the transaction: SQLite refuses to change where temporary files live inside one. The
    // page cache is set again below, once it is known whether the indexes are deferred.
    for (const QString& statement : m_dialect.bulkWriteSetup())
        sql::run(m_db, statement);
    // Outside it too: the pages the import adds are written once when no one else has the file open.
    const SoleWriterJournal journal(m_db, m_dialect);

    for (;;) {
        if (!speculative && !analyse()) {
            m_report.cancelled = true;
            m_report.elapsedMs = timer.elapsed();
            return m_report;
        }
        startPass(speculative, true);
        WriteTransaction transaction(m_db, m_dialect);
        m_store = std::make_unique<ImportStore>(m_db, m_dialect);
        ImportBatch batch;
        batch.kind = m_report.kind;
        batch.fileName = m_fileName;
        batch.fileHash = fileSha256(m_filePath);
        batch.sheet = m_report.sheet;
        batch.mappingJson = Importer::mappingToJson(m_mapping, m_headers);
        batch.startedAt = QDateTime::currentDateTime();
        batch.importedBy = m_options.importedBy;
        batch.optionsJson = optionsJson();
        m_batchId = m_store->beginBatch(batch);
        m_lastCustomerId = 0;
        m_customers = m_store->customerIdsBy(
            m_options.kind == ImportKind::Customers ? m_options.matchField : QStringLiteral("code"));
        if (!m_options.dryRun) {
            // The page cache follows the table the rows go to; customers created on the way are few.
            const QStringList tables = tablesWritten(m_options.kind);
            const bool rowsAppended = m_store->deferIndexesWhileEmpty(tables.first());
            for (const QString& table : tables.sliced(1))
                m_store->deferIndexesWhileEmpty(table);
            for (const QString& statement : m_dialect.bulkWriteSetup(
                     rowsAppended ? SqlDialect::BulkIndexes::Deferred : SqlDialect::BulkIndexes::Maintained))
                sql::run(m_db, statement);
        }

        if (!importRows()) {
            m_store.reset();
            m_report.cancelled = true; // the transaction rolls back as it goes out of scope
            m_report.elapsedMs = timer.elapsed();
            return m_report;
        }
        if (speculative)
            takeEvidence();
        if (speculative && !evidenceMatchesAssumptions()) {
            // Undo everything (the transaction rolls back at the end of this scope) and start again
            // with the analysis pass.
            m_store.reset();
            m_report = initialReport;
            m_customers.clear();
            m_linesPerOrder.clear();
            for (MappedField& f : m_fields) {
                f.mangledIds = 0;
                f.excelSerialDates = 0;
            }
            speculative = false;
            continue;
        }

        for (const MappedField& f : std::as_const(m_fields)) {
            if (f.mangledIds > 0)
                m_report.warnings
                    << tr("%1 values in column %2 are in scientific notation (like 1.2E+5): the "
                          "spreadsheet has already turned ids into numbers and may have lost digits.")
                           .arg(f.mangledIds)
                           .arg(f.columnLabel);
            if (f.excelSerialDates > 0)
                m_report.warnings
                    << tr("%1 values in column %2 were Excel day numbers without a date format; read "
                          "as dates.")
                           .arg(f.excelSerialDates)
                           .arg(f.columnLabel);
        }
        if (m_report.rowsWithoutCustomer > 0)
            m_report.warnings
                << tr("%1 rows have no customer code; they are kept as orders without a customer.")
                       .arg(m_report.rowsWithoutCustomer);

        batch.id = m_batchId;
        batch.finishedAt = QDateTime::currentDateTime();
        batch.rowsRead = m_report.rowsRead;
        batch.imported = m_report.imported;
        batch.duplicates = m_report.duplicates;
        batch.skipped = m_report.skipped;
        batch.customersCreated = m_report.customersCreated;
        batch.customersUpdated = m_report.customersUpdated;
        const bool rejectedInStrict = m_report.strict && m_report.skipped > 0;
        const bool committing = !m_options.dryRun && !rejectedInStrict;
        if (committing) {
            report(ImportProgress::Phase::Committing, m_report.rowsRead);
            m_store->buildDeferredIndexes();
        }
        m_store->finishBatch(batch);
        m_store.reset(); // finish the prepared statements before COMMIT

        if (committing) {
            transaction.commit();
            m_report.committed = true;
            m_report.batchId = m_batchId;
        }
        m_report.elapsedMs = timer.elapsed();
        return m_report;
    }
}

QString ImportRun::optionsJson() const
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("mode"),
                                   m_report.strict ? QStringLiteral("strict") : QStringLiteral("lenient")},
                                  {QStringLiteral("encoding"), m_report.encoding},
                                  {QStringLiteral("date_order"), m_report.dateOrder},
                                  {QStringLiteral("decimal_comma"), m_report.decimalComma},
                                  {QStringLiteral("match"), m_options.matchField}})
            .toJson(QJsonDocument::Compact));
}

} // namespace

ImportReport Importer::run(const QSqlDatabase& db,
                           const SqlDialect& dialect,
                           const QString& filePath,
                           const ImportOptions& options,
                           const ProgressCallback& progress)
{
    ImportRun run(db, dialect, filePath, options, progress);
    return run.execute();
}

QHash<int, QString> Importer::autoMap(ImportKind kind, const QStringList& headers)
{
    QHash<int, QString> mapping;
    const QList<FieldSpec> specs = ImportSchema::fields(kind);
    // Exact alias matches first, in the order of the fields, so "CustomerID" goes to the customer code
    // before the looser "id" alias of another column could take it.
    QSet<QString> used;
    for (int pass = 0; pass < 2; ++pass) {
        for (int column = 0; column < headers.size(); ++column) {
            if (mapping.contains(column))
                continue;
            const QString normalised = ImportSchema::normaliseHeader(headers.at(column));
            if (normalised.isEmpty())
                continue;
            for (const FieldSpec& spec : specs) {
                if (used.contains(spec.key))
                    continue;
                const bool hit = pass == 0 ? spec.aliases.contains(normalised)
                                           : std::any_of(spec.aliases.cbegin(), spec.aliases.cend(),
                                                         [&](const QString& a) {
                                                             return a.size() >= 4 && normalised.contains(a);
                                                         });
                if (hit) {
                    mapping.insert(column, spec.key);
                    used.insert(spec.key);
                    break;
                }
            }
        }
    }
    return mapping;
}

QString Importer::headerSignature(const QStringList& headers)
{
    QStringList normalised;
    for (const QString& h : headers)
        normalised << ImportSchema::normaliseHeader(h);
    return normalised.join(QLatin1Char('|'));
}

QString Importer::mappingToJson(const QHash<int, QString>& mapping, const QStringList& headers)
{
    QJsonArray columns;
    QList<int> keys = mapping.keys();
    std::sort(keys.begin(), keys.end());
    for (int column : keys)
        columns.append(QJsonObject{{QStringLiteral("column"), column},
                                   {QStringLiteral("header"), headers.value(column)},
                                   {QStringLiteral("field"), mapping.value(column)}});
    return QString::fromUtf8(QJsonDocument(columns).toJson(QJsonDocument::Compact));
}

QHash<int, QString> Importer::mappingFromJson(const QString& json, const QStringList& headers)
{
    QHash<int, QString> mapping;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        int column = static_cast<int>(headers.indexOf(o.value(QStringLiteral("header")).toString()));
        if (column < 0)
            column = o.value(QStringLiteral("column")).toInt(-1);
        if (column >= 0 && column < headers.size())
            mapping.insert(column, o.value(QStringLiteral("field")).toString());
    }
    return mapping;
}

} // namespace clientele
