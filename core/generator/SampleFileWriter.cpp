#include "generator/SampleFileWriter.h"

#include "generator/SampleGenerator.h"
#include "generator/SampleProgressCounter.h"
#include "model/Money.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <memory>
#include <vector>
#include <zlib.h>

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

// Written with QuaZip, not libxlsxwriter: both export the same minizip symbols (zipOpen...), and
// on ELF platforms the process keeps only one copy, so libxlsxwriter crashes in a process that
// also links QuaZip (core does, for the XLSX reader).
const char kContentTypes[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/xl/workbook.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    "<Override PartName=\"/xl/styles.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    "</Types>";
const char kRootRels[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"xl/workbook.xml\"/></Relationships>";
const char kWorkbook[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                         "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const char kWorkbookRels[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
    "Target=\"styles.xml\"/></Relationships>";
// Style 1: bold header; style 2: the date-time format, as in the Online Retail sheet.
const char kStyles[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/></numFmts>"
    "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
    "applyNumberFormat=\"1\"/></cellXfs>"
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    "</styleSheet>";

// Excel's serial date: days since 1899-12-30, the time as a fraction of the day.
double excelSerial(const QDateTime& when)
{
    static const qint64 epoch = QDate(1899, 12, 30).toJulianDay();
    const QTime t = when.time();
    return static_cast<double>(when.date().toJulianDay() - epoch) +
           static_cast<double>(t.msecsSinceStartOfDay() / 1000) / 86400.0;
}

void appendXmlText(QByteArray& out, const QByteArray& text)
{
    for (char ch : text) {
        switch (ch) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        default:
            out += ch;
        }
    }
}

QByteArray columnLetter(int column)
{
    return QByteArray(1, static_cast<char>('A' + column));
}

void appendText(
    QByteArray& out, int column, const QByteArray& row, const QByteArray& text, const char* style = "")
{
    out += "<c r=\"" + columnLetter(column) + row + "\"" + style + " t=\"inlineStr\"><is><t>";
    appendXmlText(out, text);
    out += "</t></is></c>";
}

void appendNumber(
    QByteArray& out, int column, const QByteArray& row, const QByteArray& number, const char* style = "")
{
    out += "<c r=\"" + columnLetter(column) + row + "\"" + style + "><v>" + number + "</v></c>";
}

// A code as a number when it is all digits (as Online Retail's sheet has it), else as text.
void appendCode(QByteArray& out, int column, const QByteArray& row, const QString& code)
{
    bool numeric = false;
    code.toLongLong(&numeric);
    if (numeric)
        appendNumber(out, column, row, code.toLatin1());
    else
        appendText(out, column, row, code.toUtf8());
}

class ZipWriter
{
public:
    ZipWriter(const QString& path, const QDateTime& stamp)
        : m_zip(path)
        , m_stamp(stamp)
    {
        if (!m_zip.open(QuaZip::mdCreate))
            throw StorageError(StorageError::Kind::Io, tr("Cannot write %1.").arg(path));
    }

    void begin(const QString& name)
    {
        m_file = std::make_unique<QuaZipFile>(&m_zip);
        QuaZipNewInfo info(name);
        info.dateTime = m_stamp; // fixed, so the same spec gives the same archive
        // Fast deflate: the sheet XML of a million rows is hundreds of megabytes.
        if (!m_file->open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, 1))
            fail();
    }
    void write(const QByteArray& bytes)
    {
        if (m_file->write(bytes) != bytes.size())
            fail();
    }
    void end()
    {
        m_file->close();
        if (m_file->getZipError() != ZIP_OK)
            fail();
        m_file.reset();
    }
    void entry(const QString& name, const char* content)
    {
        begin(name);
        write(QByteArray(content));
        end();
    }
    void close()
    {
        m_zip.close();
        if (m_zip.getZipError() != ZIP_OK)
            fail();
    }

private:
    [[noreturn]] void fail()
    {
        throw StorageError(
            StorageError::Kind::Io,
            tr("Cannot write %1 (zip error %2).").arg(m_zip.getZipName()).arg(m_zip.getZipError()));
    }

    QuaZip m_zip;
    QDateTime m_stamp;
    std::unique_ptr<QuaZipFile> m_file;
};

bool writeXlsxPart(const QString& partPath,
                   const SampleSpec& spec,
                   SampleProgressCounter& counter,
                   SampleSummary& s)
{
    SampleGenerator generator(spec);
    CustomerColumns customers;
    if (!collectCustomers(generator, counter, customers))
        return false;

    ZipWriter zip(partPath, generator.lastDay().startOfDay(Qt::UTC));
    zip.entry(QStringLiteral("[Content_Types].xml"), kContentTypes);
    zip.entry(QStringLiteral("_rels/.rels"), kRootRels);
    zip.entry(QStringLiteral("xl/workbook.xml"), kWorkbook);
    zip.entry(QStringLiteral("xl/_rels/workbook.xml.rels"), kWorkbookRels);
    zip.entry(QStringLiteral("xl/styles.xml"), kStyles);

    zip.begin(QStringLiteral("xl/worksheets/sheet1.xml"));
    QByteArray buffer;
    buffer.reserve(1 << 20);
    buffer += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              "<dimension ref=\"A1:I" +
              QByteArray::number(spec.orderLines + 1) +
              "\"/><cols><col min=\"3\" max=\"3\" width=\"36\" customWidth=\"1\"/>"
              "<col min=\"5\" max=\"5\" width=\"19\" customWidth=\"1\"/>"
              "<col min=\"9\" max=\"9\" width=\"24\" customWidth=\"1\"/></cols><sheetData><row r=\"1\">";
    for (std::size_t c = 0; c < std::size(kHeader); ++c)
        appendText(buffer, static_cast<int>(c), "1", kHeader[c], " s=\"1\"");
    buffer += "</row>";

    SampleOrderLine row;
    std::int64_t r = 1;
    while (generator.nextOrderLine(row)) {
        const OrderLine& line = row.line;
        const QByteArray n = QByteArray::number(++r);
        buffer += "<row r=\"" + n + "\">";
        appendCode(buffer, 0, n, line.orderCode);
        appendCode(buffer, 1, n, line.productCode);
        appendText(buffer, 2, n, line.productName.toUtf8());
        appendNumber(buffer, 3, n, QByteArray::number(line.quantity));
        appendNumber(buffer, 4, n, QByteArray::number(excelSerial(line.orderedAt), 'g', 15), " s=\"2\"");
        appendNumber(buffer, 5, n, formatMinorUnits(SampleGenerator::unitPrice(row)).toLatin1());
        if (row.customerIndex >= 0)
            appendNumber(buffer, 6, n, customers.codes[static_cast<std::size_t>(row.customerIndex)]);
        appendText(buffer, 7, n, row.country.toUtf8());
        if (row.customerIndex >= 0)
            appendText(buffer, 8, n, customers.names[static_cast<std::size_t>(row.customerIndex)]);
        buffer += "</row>";
        tally(s, row);
        if (buffer.size() > (1 << 20) - 4096) {
            zip.write(buffer);
            buffer.clear();
        }
        if (!counter.step())
            return false;
    }
    buffer += "</sheetData></worksheet>";
    zip.write(buffer);
    zip.end();
    if (!counter.finish())
        return false;
    zip.close();
    s.orders = generator.ordersStarted();
    return true;
}

bool writeXlsx(const QString& filePath,
               const SampleSpec& spec,
               SampleProgressCounter& counter,
               SampleSummary& s)
{
    if (spec.orderLines > kMaxSampleXlsxLines)
        throw StorageError(StorageError::Kind::Validation,
                           tr("An XLSX sheet holds at most %1 order lines.").arg(kMaxSampleXlsxLines));
    // Written beside the target and renamed at the end, so no half-written workbook is ever seen.
    const QString partPath = filePath + QStringLiteral(".part");
    QFile::remove(partPath);
    bool done = false;
    try {
        done = writeXlsxPart(partPath, spec, counter, s);
    } catch (...) {
        QFile::remove(partPath);
        throw;
    }
    if (!done) {
        QFile::remove(partPath);
        return false;
    }
    QFile::remove(filePath);
    if (!QFile::rename(partPath, filePath)) {
        QFile::remove(partPath);
        throw StorageError(StorageError::Kind::Io, tr("Cannot write %1.").arg(filePath));
    }
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
