#include "import/XlsxReader.h"

#include "import/ExcelDate.h"
#include "import/ImportError.h"
#include "model/WallClock.h"

#include <QFileInfo>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <charconv>

namespace clientele {

// One ZIP entry fed to QXmlStreamReader in chunks, counting the bytes that really come out, since a
// hostile ZIP may declare a small size and inflate to gigabytes.
class XlsxReader::PartStream
{
public:
    PartStream(QuaZip& zip, const QString& name, const ReaderLimits& limits, const XlsxReader& owner)
        : m_limits(limits)
        , m_owner(owner)
        , m_name(name)
    {
        if (!zip.setCurrentFile(name))
            owner.fail(XlsxReader::tr("the part %1 is missing").arg(name));
        m_file = std::make_unique<QuaZipFile>(&zip);
        if (!m_file->open(QIODevice::ReadOnly))
            owner.fail(XlsxReader::tr("the part %1 cannot be read (damaged or encrypted ZIP)").arg(name));
        m_declared = m_file->usize();
    }

    // Next token; refills from the ZIP when the parser runs dry.
    QXmlStreamReader::TokenType next()
    {
        for (;;) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::DTD)
                m_owner.fail(XlsxReader::tr("the part %1 has a document type declaration, which spreadsheets "
                                            "never need (refused as a possible entity attack)")
                                 .arg(m_name));
            if (token != QXmlStreamReader::Invalid ||
                xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || m_finished)
                return token;
            refill();
        }
    }

    qint64 produced() const { return m_produced; }
    qint64 declared() const { return m_declared; }

    QXmlStreamReader xml;

private:
    void refill()
    {
        char buffer[256 * 1024];
        const qint64 n = m_file->read(buffer, sizeof buffer);
        if (n < 0)
            m_owner.fail(XlsxReader::tr("the part %1 is damaged (ZIP data error)").arg(m_name));
        if (n == 0) {
            m_finished = true;
            if (m_file->getZipError() != UNZ_OK)
                m_owner.fail(XlsxReader::tr("the part %1 is damaged or truncated").arg(m_name));
            return;
        }
        m_produced += n;
        if (m_produced > m_limits.maxUncompressedBytes)
            m_owner.fail(XlsxReader::tr("the part %1 inflates beyond the limit of %2 MB (possible ZIP bomb)")
                             .arg(m_name)
                             .arg(m_limits.maxUncompressedBytes / (1024 * 1024)));
        if (m_declared >= 0 && m_produced > m_declared)
            m_owner.fail(XlsxReader::tr("the part %1 is larger than its ZIP header says (possible ZIP bomb)")
                             .arg(m_name));
        xml.addData(QByteArray(buffer, static_cast<qsizetype>(n)));
    }

    const ReaderLimits& m_limits;
    const XlsxReader& m_owner;
    QString m_name;
    std::unique_ptr<QuaZipFile> m_file;
    qint64 m_declared = -1;
    qint64 m_produced = 0;
    bool m_finished = false;
};

// The sheet part, read in chunks by SheetXmlScanner with the same checks on what really inflates.
class XlsxReader::SheetStream
{
public:
    // A row longer than this is refused: a real one (16,384 cells of 32,767 characters is not real)
    // stays far below, and the memory stays bounded.
    static constexpr std::size_t kMaxRowBytes = 64 * 1024 * 1024;

    SheetStream(QuaZip& zip, const QString& name, const ReaderLimits& limits, const XlsxReader& owner)
        : scanner([this](char* into, qint64 max) { return read(into, max); },
                  // UTF-8 takes at most 3 bytes per UTF-16 unit: a cut value is still too long
                  static_cast<std::size_t>(limits.maxCellLength + 1) * 3 + 3,
                  limits.maxColumns,
                  kMaxRowBytes)
        , m_limits(limits)
        , m_owner(owner)
        , m_name(name)
    {
        if (!zip.setCurrentFile(name))
            owner.fail(XlsxReader::tr("the part %1 is missing").arg(name));
        m_file = std::make_unique<QuaZipFile>(&zip);
        if (!m_file->open(QIODevice::ReadOnly))
            owner.fail(XlsxReader::tr("the part %1 cannot be read (damaged or encrypted ZIP)").arg(name));
        m_declared = m_file->usize();
    }

    qint64 produced() const { return m_produced; }
    qint64 declared() const { return m_declared; }

    SheetXmlScanner scanner;

private:
    qint64 read(char* into, qint64 max)
    {
        const qint64 n = m_file->read(into, max);
        if (n < 0)
            m_owner.fail(XlsxReader::tr("the part %1 is damaged (ZIP data error)").arg(m_name));
        if (n == 0) {
            if (m_file->getZipError() != UNZ_OK)
                m_owner.fail(XlsxReader::tr("the part %1 is damaged or truncated").arg(m_name));
            return 0;
        }
        m_produced += n;
        if (m_produced > m_limits.maxUncompressedBytes)
            m_owner.fail(XlsxReader::tr("the part %1 inflates beyond the limit of %2 MB (possible ZIP bomb)")
                             .arg(m_name)
                             .arg(m_limits.maxUncompressedBytes / (1024 * 1024)));
        if (m_declared >= 0 && m_produced > m_declared)
            m_owner.fail(XlsxReader::tr("the part %1 is larger than its ZIP header says (possible ZIP bomb)")
                             .arg(m_name));
        return n;
    }

    const ReaderLimits& m_limits;
    const XlsxReader& m_owner;
    QString m_name;
    std::unique_ptr<QuaZipFile> m_file;
    qint64 m_declared = -1;
    qint64 m_produced = 0;
};

XlsxReader::XlsxReader(const QString& filePath, const ReaderLimits& limits)
    : m_filePath(filePath)
    , m_fileName(QFileInfo(filePath).fileName())
    , m_limits(limits)
    , m_zip(std::make_unique<QuaZip>(filePath))
{
    if (!m_zip->open(QuaZip::mdUnzip))
        fail(tr("the file is not a readable ZIP archive (truncated or damaged)"));
    checkEntries();
    if (m_entrySizes.contains(QStringLiteral("xl/workbook.bin")))
        fail(tr("this is an Excel binary workbook (.xlsb), which Clientele cannot read; save it as .xlsx"));
    if (!m_entrySizes.contains(QStringLiteral("xl/workbook.xml")))
        fail(tr("the ZIP archive is not an Excel workbook (no xl/workbook.xml)"));
    readWorkbook();
    readStyles();
    readSharedStrings();
    if (m_sheetParts.isEmpty())
        fail(tr("the workbook has no worksheets"));
    selectSheet(0);
}

XlsxReader::~XlsxReader()
{
    m_sheet.reset(); // the part stream must close before its ZIP
}

void XlsxReader::fail(const QString& what) const
{
    throw ImportError(tr("%1: %2").arg(m_fileName, what));
}

void XlsxReader::failXml(const QXmlStreamReader& xml, const QString& part) const
{
    fail(tr("the part %1 is not well-formed XML (line %2: %3)")
             .arg(part)
             .arg(xml.lineNumber())
             .arg(xml.errorString()));
}

void XlsxReader::checkEntries()
{
    const QList<QuaZipFileInfo64> entries = m_zip->getFileInfoList64();
    if (entries.isEmpty() && m_zip->getZipError() != UNZ_OK)
        fail(tr("the ZIP directory cannot be read (truncated or damaged)"));
    if (entries.size() > m_limits.maxZipEntries)
        fail(tr("the archive has %1 entries, more than the limit of %2")
                 .arg(entries.size())
                 .arg(m_limits.maxZipEntries));
    for (const QuaZipFileInfo64& entry : entries) {
        if (m_entrySizes.contains(entry.name))
            fail(tr("the archive holds two entries named %1").arg(entry.name));
        if (static_cast<qint64>(entry.uncompressedSize) > m_limits.maxUncompressedBytes)
            fail(tr("the part %1 would inflate to %2 MB, more than the limit of %3 MB (possible ZIP bomb)")
                     .arg(entry.name)
                     .arg(entry.uncompressedSize / (1024 * 1024))
                     .arg(m_limits.maxUncompressedBytes / (1024 * 1024)));
        if (static_cast<qint64>(entry.uncompressedSize) > m_limits.ratioGraceBytes &&
            double(entry.compressedSize) / double(entry.uncompressedSize) < m_limits.minCompressionRatio)
            fail(tr("the part %1 is compressed more than %2:1, which real spreadsheets never are (possible "
                    "ZIP "
                    "bomb)")
                     .arg(entry.name)
                     .arg(qRound(1 / m_limits.minCompressionRatio)));
        m_entrySizes.insert(entry.name, static_cast<qint64>(entry.uncompressedSize));
    }
}

QString XlsxReader::resolveTarget(const QString& target) const
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QString path = QStringLiteral("xl/") + target;
    // Collapse "xl/../x" forms some writers produce.
    QStringList parts;
    for (const QString& part : path.split(QLatin1Char('/'))) {
        if (part == QLatin1String(".."))
            parts.isEmpty() ? void() : parts.removeLast();
        else if (part != QLatin1String("."))
            parts << part;
    }
    return parts.join(QLatin1Char('/'));
}

void XlsxReader::readWorkbook()
{
    QHash<QString, QString> relTargets; // r:id -> part
    if (m_entrySizes.contains(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        PartStream rels(*m_zip, QStringLiteral("xl/_rels/workbook.xml.rels"), m_limits, *this);
        while (!rels.xml.atEnd()) {
            if (rels.next() == QXmlStreamReader::StartElement &&
                rels.xml.name() == QLatin1String("Relationship"))
                relTargets.insert(
                    rels.xml.attributes().value(QLatin1String("Id")).toString(),
                    resolveTarget(rels.xml.attributes().value(QLatin1String("Target")).toString()));
        }
        if (rels.xml.hasError())
            failXml(rels.xml, QStringLiteral("xl/_rels/workbook.xml.rels"));
    }
    PartStream book(*m_zip, QStringLiteral("xl/workbook.xml"), m_limits, *this);
    int ordinal = 0;
    while (!book.xml.atEnd()) {
        if (book.next() != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = book.xml.attributes();
        if (book.xml.name() == QLatin1String("workbookPr")) {
            const auto v = attributes.value(QLatin1String("date1904"));
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (book.xml.name() == QLatin1String("fileSharing") ||
                   book.xml.name() == QLatin1String("fileVersion")) {
            continue;
        } else if (book.xml.name() == QLatin1String("sheet")) {
            ++ordinal;
            QString rid;
            for (const auto& a : attributes)
                if (a.name() == QLatin1String("id"))
                    rid = a.value().toString();
            QString part = relTargets.value(rid);
            if (part.isEmpty()) // no relationships part: fall back to the conventional name
                part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(ordinal);
            if (!m_entrySizes.contains(part))
                continue; // chart sheets and dialog sheets have no cells
            m_sheetNames << attributes.value(QLatin1String("name")).toString();
            m_sheetParts << part;
        }
    }
    if (book.xml.hasError())
        failXml(book.xml, QStringLiteral("xl/workbook.xml"));
}

void XlsxReader::readStyles()
{
    const QString part = QStringLiteral("xl/styles.xml");
    if (!m_entrySizes.contains(part))
        return;
    PartStream styles(*m_zip, part, m_limits, *this);
    QHash<int, QString> customFormats;
    bool inCellXfs = false;
    int xfIndex = 0;
    while (!styles.xml.atEnd()) {
        const auto token = styles.next();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = styles.xml.name();
            const auto attributes = styles.xml.attributes();
            if (name == QLatin1String("numFmt")) {
                customFormats.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                                     attributes.value(QLatin1String("formatCode")).toString());
            } else if (name == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (name == QLatin1String("xf") && inCellXfs) {
                const int id = attributes.value(QLatin1String("numFmtId")).toInt();
                if (ExcelDate::isDateFormat(id, customFormats.value(id)))
                    m_dateStyles.insert(xfIndex);
                ++xfIndex;
            }
        } else if (token == QXmlStreamReader::EndElement && styles.xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (styles.xml.hasError())
        failXml(styles.xml, part);
}

namespace {

// Text of the current element, reading tokens through `next` (which may refill a streamed part;
// QXmlStreamReader::readElementText cannot resume when the data runs out mid-element).
template <typename Next>
QString elementText(QXmlStreamReader& xml, Next next, qsizetype cap)
{
    QString text;
    int depth = 1;
    while (depth > 0) {
        const auto token = next();
        if (token == QXmlStreamReader::Characters) {
            if (text.size() <= cap)
                text += xml.text();
        } else if (token == QXmlStreamReader::StartElement) {
            ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument) {
            break;
        }
    }
    return text;
}

} // namespace

template <typename Next>
QString XlsxReader::readRichText(QXmlStreamReader& xml, Next next, const QString& endElement)
{
    // <si> and <is> hold either one <t> or rich-text runs <r><t>…</t></r>; phonetic runs (<rPh>) are
    // reading aids, not text.
    QString text;
    int phonetic = 0;
    for (;;) {
        const auto token = next();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += elementText(xml, next, m_limits.maxCellLength); // longer text is capped, then refused
            else if (xml.name() == QLatin1String("t"))
                elementText(xml, next, 0);
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == endElement)
                break;
        } else if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument) {
            break;
        }
    }
    return text;
}

void XlsxReader::readSharedStrings()
{
    QString part;
    for (const QString& candidate :
         {QStringLiteral("xl/sharedStrings.xml"), QStringLiteral("xl/SharedStrings.xml")})
        if (m_entrySizes.contains(candidate))
            part = candidate;
    if (part.isEmpty())
        return;
    // Shared strings are read whole (cells refer to them by index); readRichText needs the complete
    // element, so this part is loaded into one buffer after the size checks above.
    const QByteArray data = readWholePart(part, m_limits.maxSharedStringChars * 4);
    QXmlStreamReader xml(data);
    qint64 chars = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            fail(tr("the part %1 has a document type declaration (refused)").arg(part));
        if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si")) {
            m_sharedStrings << readRichText(
                xml, [&xml] { return xml.readNext(); }, QStringLiteral("si"));
            chars += m_sharedStrings.last().size();
            if (chars > m_limits.maxSharedStringChars)
                fail(tr("the shared strings exceed the limit of %1 million characters")
                         .arg(m_limits.maxSharedStringChars / 1000000));
        }
    }
    if (xml.hasError())
        failXml(xml, part);
}

QByteArray XlsxReader::readWholePart(const QString& name, qint64 maxBytes)
{
    QuaZipFile file(m_zip.get());
    m_zip->setCurrentFile(name);
    if (!file.open(QIODevice::ReadOnly))
        fail(tr("the part %1 cannot be read").arg(name));
    QByteArray data;
    char buffer[256 * 1024];
    for (;;) {
        const qint64 n = file.read(buffer, sizeof buffer);
        if (n < 0)
            fail(tr("the part %1 is damaged (ZIP data error)").arg(name));
        if (n == 0)
            break;
        if (data.size() + n > maxBytes || data.size() + n > m_entrySizes.value(name))
            fail(tr("the part %1 inflates beyond its declared size or the limit (possible ZIP bomb)")
                     .arg(name));
        data.append(buffer, static_cast<qsizetype>(n));
    }
    return data;
}

void XlsxReader::selectSheet(int index)
{
    if (index < 0 || index >= m_sheetParts.size())
        fail(tr("there is no sheet number %1").arg(index + 1));
    m_sheet.reset();
    m_sheet = std::make_unique<SheetStream>(*m_zip, m_sheetParts.at(index), m_limits, *this);
    m_currentPart = m_sheetParts.at(index);
    m_rowNumber = 0;
}

int XlsxReader::progressPermille() const
{
    if (!m_sheet || m_sheet->declared() <= 0)
        return 0;
    return static_cast<int>(std::min<qint64>(1000, m_sheet->produced() * 1000 / m_sheet->declared()));
}

namespace {

// "BC12" -> column 54 (0-based); -1 when the reference has no letters.
int columnFromReference(std::string_view ref)
{
    int column = 0;
    int letters = 0;
    for (const char c : ref) {
        if (c >= 'A' && c <= 'Z') {
            column = column * 26 + (c - 'A' + 1);
            if (++letters > 3)
                return -1;
        } else {
            break;
        }
    }
    return letters == 0 ? -1 : column - 1;
}

QString utf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string_view trimmed(std::string_view text)
{
    const auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    };
    while (!text.empty() && space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && space(text.back()))
        text.remove_suffix(1);
    return text;
}

// An integer attribute or value as QString::toInt/toLongLong reads it (surrounding blanks allowed);
// nullopt when it is not one.
template <typename Integer>
std::optional<Integer> integerOf(std::string_view text)
{
    text = trimmed(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    Integer value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

} // namespace

CellValue XlsxReader::makeCell(const SheetXmlScanner::Cell& raw, int& column)
{
    if (!raw.reference.empty()) {
        const int parsed = columnFromReference(raw.reference);
        if (parsed < 0 || parsed >= m_limits.maxColumns)
            throw ImportError(
                tr("%1, row %2: the cell reference %3 is outside the %4 columns a sheet can have")
                    .arg(m_fileName)
                    .arg(m_rowNumber)
                    .arg(utf8(raw.reference))
                    .arg(m_limits.maxColumns),
                m_rowNumber);
        column = parsed;
    }
    CellValue cell;
    if (!raw.hasValue)
        return cell;
    const std::string& type = raw.type;
    const std::string& value = raw.value;

    if (type == "s") {
        const auto index = integerOf<int>(value);
        if (!index || *index < 0 || *index >= m_sharedStrings.size()) {
            cell.type = CellValue::Type::Error;
            cell.text = tr("refers to shared string %1, which does not exist").arg(utf8(value));
            return cell;
        }
        cell = CellValue::makeText(m_sharedStrings.at(*index));
    } else if (type == "inlineStr" || type == "str") {
        cell = CellValue::makeText(utf8(value));
    } else if (type == "b") {
        cell.type = CellValue::Type::Boolean;
        cell.number = value == "1" ? 1 : 0;
        cell.text = value == "1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    } else if (type == "e") {
        cell.type = CellValue::Type::Error;
        cell.text = utf8(value); // #N/A, #DIV/0!, ...
    } else {                     // "n", "d" (ISO date text) or none
        cell.text = utf8(value);
        if (type == "d") {
            cell.type = CellValue::Type::DateTime;
            // ISO text, perhaps with an offset: kept as the wall-clock time it spells.
            const QDateTime written = QDateTime::fromString(cell.text, Qt::ISODate);
            cell.dateTime = wallClock(written.date(), written.time());
            return cell;
        }
        // std::from_chars for the plain decimal forms; anything else as QString::toDouble reads it.
        const std::string_view digits = trimmed(value);
        const std::string_view unsignedDigits =
            digits.substr(!digits.empty() && digits.front() == '-' ? 1 : 0);
        double number = 0;
        bool ok = false;
        if (!unsignedDigits.empty() && ((unsignedDigits.front() >= '0' && unsignedDigits.front() <= '9') ||
                                        unsignedDigits.front() == '.')) {
            const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
            ok = error == std::errc() && end == digits.data() + digits.size();
        }
        if (!ok)
            number = cell.text.toDouble(&ok);
        if (!ok) {
            cell.type = CellValue::Type::Error;
            cell.text = tr("\"%1\" is not a number").arg(cell.text.left(40));
            return cell;
        }
        cell.type = CellValue::Type::Number;
        cell.number = number;
        const int style = raw.style.empty() ? 0 : integerOf<int>(raw.style).value_or(0);
        if (m_dateStyles.contains(style)) {
            if (number != m_lastSerial) {
                m_lastSerial = number;
                m_lastSerialDate = ExcelDate::fromSerial(number, m_date1904);
            }
            if (m_lastSerialDate) {
                cell.type = CellValue::Type::DateTime;
                cell.dateTime = *m_lastSerialDate;
            }
        }
    }
    if (cell.text.size() > m_limits.maxCellLength) {
        cell.type = CellValue::Type::Error;
        cell.text = tr("the text is longer than %1 characters").arg(m_limits.maxCellLength);
    }
    return cell;
}

bool XlsxReader::readRow(QList<CellValue>& cells)
{
    cells.clear();
    if (!m_sheet)
        return false;
    for (;;) {
        try {
            if (!m_sheet->scanner.nextRow(m_row))
                return false;
        } catch (const SheetXmlScanner::Error& error) {
            if (error.kind == SheetXmlScanner::Error::Kind::DocumentType)
                fail(tr("the part %1 has a document type declaration, which spreadsheets never need (refused "
                        "as a possible entity attack)")
                         .arg(m_currentPart));
            fail(tr("the part %1 is not well-formed XML (line %2: %3)")
                     .arg(m_currentPart)
                     .arg(error.line)
                     .arg(error.message));
        }
        m_rowNumber = m_row.number.empty() ? m_rowNumber + 1 : integerOf<qint64>(m_row.number).value_or(0);
        int column = 0;
        bool any = false;
        for (int i = 0; i < m_row.cellCount; ++i) {
            CellValue cell = makeCell(m_row.cells[static_cast<std::size_t>(i)], column);
            if (!cell.isEmpty()) {
                if (cells.size() <= column)
                    cells.resize(column + 1);
                cells[column] = std::move(cell);
                any = true;
            }
            ++column;
        }
        if (any)
            return true;
        cells.clear();
    }
}

} // namespace clientele
