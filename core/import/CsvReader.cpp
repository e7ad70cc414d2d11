#include "import/CsvReader.h"

#include "import/ImportError.h"

#include <QFileInfo>

#include <algorithm>
#include <map>

namespace clientele {

namespace {

constexpr qint64 kChunkBytes = 1 << 20;
constexpr qint64 kSampleBytes = 64 * 1024;

QChar separatorChar(CsvReader::Separator s)
{
    switch (s) {
    case CsvReader::Separator::Semicolon:
        return QLatin1Char(';');
    case CsvReader::Separator::Tab:
        return QLatin1Char('\t');
    case CsvReader::Separator::Pipe:
        return QLatin1Char('|');
    default:
        return QLatin1Char(',');
    }
}

} // namespace

CsvReader::CsvReader(const QString& filePath, const Options& options)
    : m_file(filePath)
    , m_filePath(filePath)
    , m_options(options)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw ImportError(tr("Cannot open %1: %2").arg(filePath, m_file.errorString()));
    const QByteArray sample = m_file.peek(kSampleBytes);
    const TextEncodingDetector::Result detected = TextEncodingDetector::detect(sample);
    int bomLength = detected.bomLength;
    if (options.encoding.isEmpty()) {
        m_encoding = detected.encoding;
        m_encodingReason = detected.reason;
    } else {
        m_encoding = options.encoding;
        m_encodingReason = tr("chosen by the user");
        if (m_encoding.compare(detected.encoding, Qt::CaseInsensitive) != 0)
            bomLength = 0;
    }
    m_decoder = QStringDecoder(m_encoding.toLatin1().constData(), QStringDecoder::Flag::Stateless);
    if (!m_decoder.isValid())
        throw ImportError(tr("%1: the encoding %2 is not available in this build of Clientele.")
                              .arg(QFileInfo(filePath).fileName(), m_encoding));
    m_file.seek(bomLength);

    m_separator = options.separator;
    if (m_separator == Separator::Detect) {
        QStringDecoder sampleDecoder(m_encoding.toLatin1().constData());
        m_separator = detectSeparator(sampleDecoder.decode(sample.mid(bomLength)));
    }
}

QString CsvReader::separatorName(Separator separator)
{
    switch (separator) {
    case Separator::Detect:
        return tr("detect");
    case Separator::Comma:
        return tr("comma");
    case Separator::Semicolon:
        return tr("semicolon");
    case Separator::Tab:
        return tr("tab");
    case Separator::Pipe:
        return tr("vertical bar");
    case Separator::Whitespace:
        return tr("spaces");
    }
    return {};
}

CsvReader::Separator CsvReader::detectSeparator(const QString& sample) const
{
    // Count each candidate per line (outside quotes) over the first lines; the winner appears the same
    // number of times on most lines.
    QList<QString> lines;
    {
        QString current;
        bool quoted = false;
        for (const QChar c : sample) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
                if (!current.trimmed().isEmpty())
                    lines << current;
                current.clear();
                if (lines.size() >= 50)
                    break;
                continue;
            }
            current += c;
        }
        if (lines.size() < 50 && !current.trimmed().isEmpty() && sample.size() < kSampleBytes)
            lines << current;
    }
    if (lines.isEmpty())
        return Separator::Comma;

    Separator best = Separator::Comma;
    double bestScore = 0;
    for (Separator candidate : {Separator::Comma, Separator::Semicolon, Separator::Tab, Separator::Pipe}) {
        const QChar sep = separatorChar(candidate);
        std::map<int, int> frequency;
        for (const QString& line : lines) {
            int count = 0;
            bool quoted = false;
            for (const QChar c : line) {
                if (c == QLatin1Char('"'))
                    quoted = !quoted;
                else if (!quoted && c == sep)
                    ++count;
            }
            ++frequency[count];
        }
        const auto mode = std::max_element(frequency.begin(), frequency.end(),
                                           [](const auto& a, const auto& b) { return a.second < b.second; });
        if (mode->first == 0)
            continue;
        // Consistency first, then more columns.
        const double score = double(mode->second) / lines.size() * 1000 + mode->first;
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    if (bestScore > 0)
        return best;
    // No separator character: columns split by runs of spaces, as in fixed-width exports.
    int consistent = 0;
    const int fieldsFirst = lines.first().simplified().count(QLatin1Char(' ')) + 1;
    for (const QString& line : lines)
        consistent += line.simplified().count(QLatin1Char(' ')) + 1 == fieldsFirst;
    if (fieldsFirst > 1 && consistent * 10 >= lines.size() * 9)
        return Separator::Whitespace;
    return Separator::Comma;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    const QByteArray chunk = m_file.read(kChunkBytes);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    // Drop what has been consumed, keep what has not.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer += m_decoder.decode(chunk);
    return true;
}

QChar CsvReader::peek(qsizetype ahead)
{
    while (m_pos + ahead >= m_buffer.size())
        if (!fill())
            return QChar();
    return m_buffer.at(m_pos + ahead);
}

void CsvReader::fail(const QString& what) const
{
    throw ImportError(
        tr("%1, row %2: %3").arg(QFileInfo(m_filePath).fileName()).arg(m_rowStartLine).arg(what),
        m_rowStartLine);
}

bool CsvReader::readRow(QStringList& fields)
{
    fields.clear();
    const QChar sep = separatorChar(m_separator);
    const bool whitespace = m_separator == Separator::Whitespace;

    for (;;) { // until a non-blank row or the end
        QChar c = peek();
        if (c.isNull())
            return false;
        m_rowStartLine = m_line;
        QString field;
        bool fieldStarted = false;
        bool quotedField = false;
        bool rowDone = false;
        fields.clear();

        auto endField = [&] {
            if (fields.size() >= m_options.maxColumns)
                fail(tr("more than %1 columns").arg(m_options.maxColumns));
            fields << field;
            field.clear();
            fieldStarted = false;
            quotedField = false;
        };
        auto endLine = [&](QChar first) {
            ++m_pos;
            if (first == QLatin1Char('\r') && peek() == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
        };

        while (!rowDone) {
            c = peek();
            if (c.isNull()) { // end of file ends the row
                if (quotedField)
                    fail(tr("a quoted field is not closed before the end of the file"));
                if (fieldStarted || !fields.isEmpty())
                    endField();
                break;
            }
            if (quotedField) {
                if (c == QLatin1Char('"')) {
                    if (peek(1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        m_pos += 2;
                    } else {
                        quotedField = false; // closing quote; text after it is kept as written
                        ++m_pos;
                    }
                } else {
                    if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && peek(1) != QLatin1Char('\n')))
                        ++m_line;
                    field += c;
                    ++m_pos;
                }
            } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                endLine(c);
                if (fieldStarted || !fields.isEmpty())
                    endField();
                rowDone = true;
            } else if (whitespace && (c == QLatin1Char(' ') || c == QLatin1Char('\t'))) {
                ++m_pos;
                if (fieldStarted)
                    endField();
            } else if (!whitespace && c == sep) {
                ++m_pos;
                fieldStarted = true;
                endField();
                fieldStarted = true; // a separator always opens the next field, even an empty last one
            } else if (c == QLatin1Char('"') && field.isEmpty()) {
                quotedField = true;
                fieldStarted = true;
                ++m_pos;
            } else {
                // The whole run of ordinary characters up to the next separator or line end at once,
                // rather than one append per character.
                const QChar* data = m_buffer.constData();
                const qsizetype size = m_buffer.size();
                qsizetype end = m_pos + 1;
                while (end < size) {
                    const QChar d = data[end];
                    if (d == QLatin1Char('\n') || d == QLatin1Char('\r') ||
                        (whitespace ? (d == QLatin1Char(' ') || d == QLatin1Char('\t')) : d == sep))
                        break;
                    ++end;
                }
                field += QStringView(data + m_pos, end - m_pos);
                fieldStarted = true;
                m_pos = end;
            }
            if (field.size() > m_options.maxFieldLength)
                fail(tr("a field is longer than %1 characters").arg(m_options.maxFieldLength));
        }
        const bool blank =
            std::all_of(fields.cbegin(), fields.cend(), [](const QString& f) { return f.isEmpty(); });
        if (!fields.isEmpty() && !blank)
            return true;
        if (c.isNull())
            return false;
    }
}

} // namespace clientele
