#include "generator/SampleFileWriter.h"

#include "generator/SampleGenerator.h"
#include "generator/SampleProgressCounter.h"
#include "model/Money.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>
#include <vector>
#include <xlsxwriter.h>

namespace clientele {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::SampleFileWriter", text);
}

const char* const kHeader[] = {"InvoiceNo", "StockCode",  "Description", "Quantity",    "InvoiceDate",
                               "UnitPrice", "CustomerID", "Country",     "CustomerName"};

// Customer codes and names, looked up for every line; a few dozen bytes per customer.
struct CustomerColumns
{
    std::vector<QByteArray> codes;
    std::vector<QByteArray> names;
};

bool collectCustomers(const SampleGenerator& generator, SampleProgressCounter& counter, CustomerColumns& out)
{
    const auto count = static_cast<std::size_t>(generator.spec().customers);
    out.codes.reserve(count);
    out.names.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const Customer c = generator.customer(static_cast<std::int64_t>(i));
        out.codes.push_back(c.code.toUtf8());
        out.names.push_back(c.name.toUtf8());
        if (!counter.step())
            return false;
    }
    return true;
}

QByteArray dateTimeText(const QDateTime& when)
{
    return when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1();
}

void tally(SampleSummary& s, const SampleOrderLine& row)
{
    ++s.orderLines;
    if (row.line.status == OrderStatus::Cancelled)
        ++s.cancelledLines;
    if (row.customerIndex < 0)
        ++s.linesWithoutCustomer;
}

// --- CSV ---------------------------------------------------------------------------------------

void appendField(QByteArray& out, const QByteArray& value)
{
    // OWASP: a text cell must not start like a formula; none of the generated values do, but the
    // rule costs nothing here.
    const char first = value.isEmpty() ? 'x' : value.front();
    const bool formulaLike =
        first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    const bool quote = formulaLike || value.contains(',') || value.contains('"') || value.contains('\n') ||
                       value.contains('\r');
    if (!quote) {
        out += value;
        return;
    }
    out += '"';
    if (formulaLike)
        out += '\'';
    for (char ch : value) {
        if (ch == '"')
            out += '"';
        out += ch;
    }
    out += '"';
}

bool writeCsv(const QString& filePath,
              const SampleSpec& spec,
              SampleProgressCounter& counter,
              SampleSummary& s)
{
    SampleGenerator generator(spec);
    CustomerColumns customers;
    if (!collectCustomers(generator, counter, customers))
        return false;

    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        throw StorageError(StorageError::Kind::Io,
                           tr("Cannot write %1: %2").arg(filePath, file.errorString()));
    QByteArray buffer;
    buffer.reserve(1 << 20);
    auto flush = [&] {
        if (file.write(buffer) != buffer.size())
            throw StorageError(StorageError::Kind::Io,
                               tr("Cannot write %1: %2").arg(filePath, file.errorString()));
        buffer.clear();
    };
    for (std::size_t c = 0; c < std::size(kHeader); ++c) {
        if (c > 0)
            buffer += ',';
        buffer += kHeader[c];
    }
    buffer += "\r\n";

    SampleOrderLine row;
    while (generator.nextOrderLine(row)) {
        const OrderLine& line = row.line;
        appendField(buffer, line.orderCode.toUtf8());
        buffer += ',';
        appendField(buffer, line.productCode.toUtf8());
        buffer += ',';
        appendField(buffer, line.productName.toUtf8());
        buffer += ',';
        buffer += QByteArray::number(line.quantity);
        buffer += ',';
        buffer += dateTimeText(line.orderedAt);
        buffer += ',';
        buffer += formatMinorUnits(SampleGenerator::unitPrice(row)).toLatin1();
        buffer += ',';
        if (row.customerIndex >= 0)
            buffer += customers.codes[static_cast<std::size_t>(row.customerIndex)];
        buffer += ',';
        appendField(buffer, row.country.toUtf8());
        buffer += ',';
        if (row.customerIndex >= 0)
            appendField(buffer, customers.names[static_cast<std::size_t>(row.customerIndex)]);
        buffer += "\r\n";
        tally(s, row);
        if (buffer.size() > (1 << 20) - 4096)
            flush();
        if (!counter.step())
            return false; // QSaveFile discards the unfinished file
    }
    flush();
    if (!counter.finish())
        return false;
    if (!file.commit())
        throw StorageError(StorageError::Kind::Io,
                           tr("Cannot write %1: %2").arg(filePath, file.errorString()));
    s.orders = generator.ordersStarted();
    return true;
}

// --- XLSX --------------------------------------------------------------------------------------

struct WorkbookCloser
{
    void operator()(lxw_workbook* workbook) const { workbook_close(workbook); }
};

// Excel's serial date: days since 1899-12-30, the time as a fraction of the day.
double excelSerial(const QDateTime& when)
{
    static const qint64 epoch = QDate(1899, 12, 30).toJulianDay();
    const QTime t = when.time();
    return static_cast<double>(when.date().toJulianDay() - epoch) +
           static_cast<double>(t.msecsSinceStartOfDay() / 1000) / 86400.0;
}

// Writes a code as a number when it is all digits (as Online Retail's sheet does), else as text.
lxw_error writeCode(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const QString& code)
{
    bool numeric = false;
    const qlonglong number = code.toLongLong(&numeric);
    if (numeric)
        return worksheet_write_number(sheet, row, col, static_cast<double>(number), nullptr);
    return worksheet_write_string(sheet, row, col, code.toUtf8().constData(), nullptr);
}

bool writeXlsx(const QString& filePath,
               const SampleSpec& spec,
               SampleProgressCounter& counter,
               SampleSummary& s)
{
    if (spec.orderLines > kMaxSampleXlsxLines)
        throw StorageError(StorageError::Kind::Validation,
                           tr("An XLSX sheet holds at most %1 order lines.").arg(kMaxSampleXlsxLines));
    SampleGenerator generator(spec);
    CustomerColumns customers;
    if (!collectCustomers(generator, counter, customers))
        return false;

    // Written beside the target and renamed at the end, so no half-written workbook is ever seen.
    const QString partPath = filePath + QStringLiteral(".part");
    QFile::remove(partPath);
    const QByteArray nativePath = QFile::encodeName(partPath);
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE; // rows go to a temporary file as they are written
    std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(
        workbook_new_opt(nativePath.constData(), &options));
    if (!workbook)
        throw StorageError(StorageError::Kind::Io, tr("Cannot write %1.").arg(filePath));
    auto failed = [&](lxw_error error) {
        workbook.reset();
        QFile::remove(partPath);
        return StorageError(StorageError::Kind::Io,
                            tr("Cannot write %1: %2").arg(filePath, QString::fromUtf8(lxw_strerror(error))));
    };

    // A fixed creation time derived from the spec (never "now").
    lxw_doc_properties properties = {};
    properties.created = static_cast<time_t>(generator.lastDay().startOfDay(Qt::UTC).toSecsSinceEpoch());
    workbook_set_properties(workbook.get(), &properties);

    lxw_worksheet* sheet = workbook_add_worksheet(workbook.get(), nullptr);
    lxw_format* bold = workbook_add_format(workbook.get());
    format_set_bold(bold);
    lxw_format* dateFormat = workbook_add_format(workbook.get());
    format_set_num_format(dateFormat, "yyyy-mm-dd hh:mm:ss");
    worksheet_set_column(sheet, 2, 2, 36, nullptr);
    worksheet_set_column(sheet, 4, 4, 19, nullptr);
    worksheet_set_column(sheet, 8, 8, 24, nullptr);
    for (std::size_t c = 0; c < std::size(kHeader); ++c)
        if (const lxw_error e = worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), kHeader[c], bold))
            throw failed(e);

    SampleOrderLine row;
    lxw_row_t r = 1;
    while (generator.nextOrderLine(row)) {
        const OrderLine& line = row.line;
        lxw_error e = writeCode(sheet, r, 0, line.orderCode);
        e = e ? e : writeCode(sheet, r, 1, line.productCode);
        e = e ? e : worksheet_write_string(sheet, r, 2, line.productName.toUtf8().constData(), nullptr);
        e = e ? e : worksheet_write_number(sheet, r, 3, line.quantity, nullptr);
        e = e ? e : worksheet_write_number(sheet, r, 4, excelSerial(line.orderedAt), dateFormat);
        e = e ? e
              : worksheet_write_number(sheet, r, 5,
                                       static_cast<double>(SampleGenerator::unitPrice(row)) / 100.0, nullptr);
        if (row.customerIndex >= 0) {
            const auto index = static_cast<std::size_t>(row.customerIndex);
            e = e ? e : worksheet_write_number(sheet, r, 6, customers.codes[index].toDouble(), nullptr);
            e = e ? e : worksheet_write_string(sheet, r, 8, customers.names[index].constData(), nullptr);
        }
        e = e ? e : worksheet_write_string(sheet, r, 7, row.country.toUtf8().constData(), nullptr);
        if (e)
            throw failed(e);
        ++r;
        tally(s, row);
        if (!counter.step()) {
            workbook.reset();
            QFile::remove(partPath);
            return false;
        }
    }
    if (!counter.finish()) {
        workbook.reset();
        QFile::remove(partPath);
        return false;
    }
    if (const lxw_error e = workbook_close(workbook.release()))
        throw failed(e);
    QFile::remove(filePath);
    if (!QFile::rename(partPath, filePath)) {
        QFile::remove(partPath);
        throw StorageError(StorageError::Kind::Io, tr("Cannot write %1.").arg(filePath));
    }
    s.orders = generator.ordersStarted();
    return true;
}

} // namespace

std::optional<SampleFileFormat> sampleFileFormatFor(const QString& filePath)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return SampleFileFormat::Csv;
    if (suffix == QLatin1String("xlsx"))
        return SampleFileFormat::Xlsx;
    return std::nullopt;
}

bool writeSampleFile(const QString& filePath,
                     const SampleSpec& spec,
                     const SampleProgress& progress,
                     SampleSummary* summary)
{
    const std::optional<SampleFileFormat> format = sampleFileFormatFor(filePath);
    if (!format)
        throw StorageError(StorageError::Kind::Validation,
                           tr("%1: the sample can be written as .csv or .xlsx only.").arg(filePath));
    if (spec.customers < 0 || spec.orderLines < 0)
        throw StorageError(StorageError::Kind::Validation,
                           tr("The numbers of customers and order lines cannot be negative."));
    SampleProgressCounter counter(progress, spec.customers + spec.orderLines);
    SampleSummary written;
    written.customers = spec.customers;
    const bool done = *format == SampleFileFormat::Csv ? writeCsv(filePath, spec, counter, written)
                                                       : writeXlsx(filePath, spec, counter, written);
    if (done && summary)
        *summary = written;
    return done;
}

} // namespace clientele
