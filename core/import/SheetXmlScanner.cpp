#include "import/SheetXmlScanner.h"

#include <algorithm>
#include <cstring>

namespace clientele {

namespace {

constexpr int kMaxDepth = 64; // elements nested inside one cell

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string_view localName(std::string_view name)
{
    const auto colon = name.rfind(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

void appendUtf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// The value of a character reference's digits ("#65", "#x41"); 0 when it is not one.
char32_t characterReference(std::string_view name)
{
    if (name.size() < 2 || name[0] != '#')
        return 0;
    const bool hex = name[1] == 'x';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8)
        return 0;
    char32_t value = 0;
    for (const char c : digits) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return 0;
        value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
    }
    return value;
}

} // namespace

SheetXmlScanner::SheetXmlScanner(Read read, std::size_t maxValueBytes, int maxCells, std::size_t maxRowBytes)
    : m_read(std::move(read))
    , m_maxValueBytes(maxValueBytes)
    , m_maxCells(maxCells)
    , m_maxRowBytes(maxRowBytes)
    , m_cellAttributes(3)
{
}

void SheetXmlScanner::malformed(std::size_t pos, const QString& what) const
{
    const auto upTo = m_data.begin() + static_cast<std::ptrdiff_t>(std::min(pos, m_data.size()));
    throw Error{Error::Kind::Malformed, what, m_linesBefore + std::count(m_data.begin(), upTo, '\n') + 1};
}

char SheetXmlScanner::byte(std::size_t pos) const
{
    if (pos >= m_data.size())
        throw NeedMore{};
    return m_data[pos];
}

std::size_t SheetXmlScanner::find(std::size_t from, std::string_view what) const
{
    const std::size_t found = std::string_view(m_data).find(what, from);
    if (found == std::string_view::npos)
        throw NeedMore{};
    return found;
}

bool SheetXmlScanner::refill()
{
    if (m_atEnd)
        return false;
    if (m_pos > 0) {
        m_linesBefore +=
            std::count(m_data.begin(), m_data.begin() + static_cast<std::ptrdiff_t>(m_pos), '\n');
        m_data.erase(0, m_pos);
        m_pos = 0;
    }
    if (m_data.size() > m_maxRowBytes)
        throw Error{Error::Kind::RowTooLong,
                    tr("a row is longer than %1 MB").arg(m_maxRowBytes / (1024 * 1024)), m_linesBefore + 1};
    // An element longer than a chunk (a huge cell) is parsed again from its start after each read:
    // reading as much again as is pending keeps that linear.
    const std::size_t want = std::max(m_chunk, m_data.size());
    const std::size_t old = m_data.size();
    m_data.resize(old + want);
    const qint64 n = m_read(m_data.data() + old, static_cast<qint64>(want));
    m_data.resize(old + static_cast<std::size_t>(std::max<qint64>(n, 0)));
    if (n <= 0) {
        m_atEnd = true;
        return false;
    }
    return true;
}

void SheetXmlScanner::appendCapped(std::string& out, std::string_view text) const
{
    if (out.size() >= m_maxValueBytes || text.empty())
        return;
    text = text.substr(0, m_maxValueBytes - out.size());
    if (text.find('\r') == std::string_view::npos) {
        out.append(text);
        return;
    }
    // XML line ends: CR LF and a lone CR are read as LF.
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r') {
            out += text[i];
        } else {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        }
    }
}

void SheetXmlScanner::appendText(std::string_view raw, std::size_t rawPos, std::string& out) const
{
    std::size_t done = 0;
    for (;;) {
        const std::size_t amp = raw.find('&', done);
        appendCapped(out,
                     raw.substr(done, amp == std::string_view::npos ? std::string_view::npos : amp - done));
        if (amp == std::string_view::npos)
            return;
        const std::size_t semicolon = raw.find(';', amp);
        const std::string_view name = raw.substr(
            amp + 1,
            semicolon == std::string_view::npos ? 12 : std::min<std::size_t>(semicolon - amp - 1, 12));
        const auto undefined = [&] {
            malformed(rawPos + amp,
                      tr("the entity &%1; is not defined")
                          .arg(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()))));
        };
        if (semicolon == std::string_view::npos || semicolon - amp > 12)
            undefined();
        std::string_view replacement;
        std::string encoded;
        if (name == "lt")
            replacement = "<";
        else if (name == "gt")
            replacement = ">";
        else if (name == "amp")
            replacement = "&";
        else if (name == "quot")
            replacement = "\"";
        else if (name == "apos")
            replacement = "'";
        else if (const char32_t c = characterReference(name); c != 0 && isXmlChar(c)) {
            appendUtf8(encoded, c);
            replacement = encoded;
        } else {
            undefined();
        }
        if (out.size() < m_maxValueBytes)
            out.append(replacement);
        done = semicolon + 1;
    }
}

SheetXmlScanner::Tag SheetXmlScanner::readTag(std::size_t pos, Attributes* attributes)
{
    Tag tag;
    if (attributes)
        for (auto& [name, target] : *attributes)
            target->clear();
    const char first = byte(pos + 1);
    if (first == '?') {
        tag.end = find(pos + 2, "?>") + 2;
        return tag;
    }
    if (first == '!') {
        const std::string_view rest(at(pos), std::min<std::size_t>(9, m_data.size() - pos));
        if (rest.size() >= 4 && rest.substr(0, 4) == "<!--") {
            tag.end = find(pos + 4, "-->") + 3;
            return tag;
        }
        if (rest.size() < 9)
            throw NeedMore{};
        if (rest == "<![CDATA[") {
            const std::size_t close = find(pos + 9, "]]>");
            tag.cdata = std::string_view(at(pos + 9), close - pos - 9);
            tag.isCdata = true;
            tag.end = close + 3;
            return tag;
        }
        if (rest == "<!DOCTYPE")
            throw Error{Error::Kind::DocumentType, QString(), 0};
        malformed(pos, tr("a broken tag"));
    }
    tag.closing = first == '/';
    std::size_t p = pos + 1 + (tag.closing ? 1 : 0);
    const std::size_t nameStart = p;
    for (char c = byte(p); !isSpace(c) && c != '>' && c != '/'; c = byte(++p)) {
        if (c == '<' || c == '"' || c == '\'' || c == '=')
            malformed(p, tr("a broken tag"));
    }
    if (p == nameStart)
        malformed(pos, tr("a broken tag"));
    tag.name = std::string_view(at(nameStart), p - nameStart);
    for (;;) {
        while (isSpace(byte(p)))
            ++p;
        const char c = byte(p);
        if (c == '>') {
            tag.end = p + 1;
            return tag;
        }
        if (c == '/' && !tag.closing) {
            if (byte(p + 1) != '>')
                malformed(p, tr("a broken tag"));
            tag.empty = true;
            tag.end = p + 2;
            return tag;
        }
        if (tag.closing)
            malformed(p, tr("a broken tag"));
        const std::size_t attributeStart = p;
        for (char a = byte(p); !isSpace(a) && a != '='; a = byte(++p))
            if (a == '>' || a == '/' || a == '<' || a == '"' || a == '\'')
                malformed(p, tr("a broken tag"));
        const std::string_view attribute(at(attributeStart), p - attributeStart);
        while (isSpace(byte(p)))
            ++p;
        if (byte(p) != '=')
            malformed(p, tr("a broken tag"));
        ++p;
        while (isSpace(byte(p)))
            ++p;
        const char quote = byte(p);
        if (quote != '"' && quote != '\'')
            malformed(p, tr("a broken tag"));
        const void* close = std::memchr(at(p + 1), quote, m_data.size() - p - 1);
        if (!close)
            throw NeedMore{};
        const std::size_t valueEnd =
            static_cast<std::size_t>(static_cast<const char*>(close) - m_data.data());
        if (attributes)
            for (auto& [name, target] : *attributes)
                if (name == attribute)
                    appendText(std::string_view(at(p + 1), valueEnd - p - 1), p + 1, *target);
        p = valueEnd + 1;
    }
}

std::size_t SheetXmlScanner::parseCell(std::size_t pos, const Tag& start, Cell& cell)
{
    cell.hasValue = false;
    cell.value.clear();
    if (start.empty)
        return pos;
    // Elements open inside the cell; their names point into m_data, which does not move while a row
    // is parsed (a refill starts the row again).
    std::string_view stack[kMaxDepth];
    int depth = 0;
    bool collecting = false;
    const auto update = [&] {
        collecting = false;
        if (depth == 1) {
            collecting = localName(stack[0]) == "v";
        } else if (depth >= 2 && localName(stack[0]) == "is" && localName(stack[depth - 1]) == "t") {
            collecting = true;
            for (int i = 1; i < depth - 1; ++i)
                if (localName(stack[i]) == "rPh")
                    collecting = false;
        }
    };
    std::size_t p = pos;
    for (;;) {
        const void* lt = std::memchr(at(p), '<', m_data.size() - p);
        if (!lt)
            throw NeedMore{};
        const std::size_t q = static_cast<std::size_t>(static_cast<const char*>(lt) - m_data.data());
        if (collecting && q > p)
            appendText(std::string_view(at(p), q - p), p, cell.value);
        const Tag tag = readTag(q, nullptr);
        p = tag.end;
        if (tag.name.empty()) {
            if (tag.isCdata && collecting)
                appendCapped(cell.value, tag.cdata);
            continue;
        }
        if (tag.closing) {
            if (depth == 0) {
                if (tag.name != start.name)
                    malformed(q, tr("</%1> closes <%2>")
                                     .arg(QString::fromUtf8(tag.name.data(),
                                                            static_cast<qsizetype>(tag.name.size())),
                                          QString::fromUtf8(start.name.data(),
                                                            static_cast<qsizetype>(start.name.size()))));
                return p;
            }
            if (tag.name != stack[depth - 1])
                malformed(
                    q, tr("</%1> closes <%2>")
                           .arg(QString::fromUtf8(tag.name.data(), static_cast<qsizetype>(tag.name.size())),
                                QString::fromUtf8(stack[depth - 1].data(),
                                                  static_cast<qsizetype>(stack[depth - 1].size()))));
            --depth;
            update();
            continue;
        }
        if (depth == 0) {
            const std::string_view name = localName(tag.name);
            if (name == "v" || name == "is") {
                // The last value wins, as in a general XML reader that keeps reading.
                cell.hasValue = true;
                cell.value.clear();
            }
        }
        if (tag.empty)
            continue;
        if (depth == kMaxDepth)
            malformed(q, tr("a broken tag"));
        stack[depth++] = tag.name;
        update();
    }
}

std::size_t SheetXmlScanner::parseRow(std::size_t pos, const Tag& start, Row& row)
{
    row.cellCount = 0;
    if (start.empty)
        return pos;
    std::size_t p = pos;
    Attributes& attributes = m_cellAttributes;
    for (;;) {
        const void* lt = std::memchr(at(p), '<', m_data.size() - p);
        if (!lt)
            throw NeedMore{};
        const std::size_t q = static_cast<std::size_t>(static_cast<const char*>(lt) - m_data.data());
        if (static_cast<std::size_t>(row.cellCount) >= row.cells.size())
            row.cells.resize(row.cells.size() + 16);
        Cell& cell = row.cells[static_cast<std::size_t>(row.cellCount)];
        attributes[0] = {"r", &cell.reference};
        attributes[1] = {"t", &cell.type};
        attributes[2] = {"s", &cell.style};
        const Tag tag = readTag(q, &attributes);
        p = tag.end;
        if (tag.name.empty())
            continue;
        if (tag.closing) {
            if (tag.name != start.name)
                malformed(
                    q, tr("</%1> closes <%2>")
                           .arg(QString::fromUtf8(tag.name.data(), static_cast<qsizetype>(tag.name.size())),
                                QString::fromUtf8(start.name.data(),
                                                  static_cast<qsizetype>(start.name.size()))));
            return p;
        }
        if (localName(tag.name) == "c") {
            if (row.cellCount >= m_maxCells)
                malformed(q, tr("a row with more than %1 cells").arg(m_maxCells));
            p = parseCell(p, tag, cell);
            ++row.cellCount;
        } else {
            // Anything else inside a row (extensions) is skipped whole, checked like a cell.
            Cell ignored;
            p = parseCell(p, tag, ignored);
        }
    }
}

bool SheetXmlScanner::nextRow(Row& row)
{
    m_rowAttributes = {{"r", &row.number}};
    Attributes& attributes = m_rowAttributes;
    for (;;) {
        try {
            if (!m_started) {
                if (m_data.size() < 3 && !m_atEnd)
                    throw NeedMore{};
                const std::string_view head(m_data.data(), std::min<std::size_t>(3, m_data.size()));
                if (head.substr(0, std::min<std::size_t>(2, head.size())) == "\xFF\xFE" ||
                    head.substr(0, std::min<std::size_t>(2, head.size())) == "\xFE\xFF")
                    malformed(0, tr("the part is in UTF-16; only UTF-8 sheets are read"));
                if (head == "\xEF\xBB\xBF")
                    m_pos = 3;
                m_started = true;
            }
            for (;;) {
                const void* lt = std::memchr(at(m_pos), '<', m_data.size() - m_pos);
                if (!lt) {
                    m_pos = m_data.size(); // text outside rows carries nothing for us
                    throw NeedMore{};
                }
                m_pos = static_cast<std::size_t>(static_cast<const char*>(lt) - m_data.data());
                const Tag tag = readTag(m_pos, &attributes);
                if (tag.name.empty()) {
                    m_pos = tag.end;
                    continue;
                }
                if (tag.closing) {
                    if (--m_depth < 0)
                        malformed(m_pos, tr("an element outside the root element"));
                    m_pos = tag.end;
                    continue;
                }
                if (m_depth == 0 && m_sawRoot)
                    malformed(m_pos, tr("an element outside the root element"));
                m_sawRoot = true;
                if (localName(tag.name) == "row") {
                    m_pos = parseRow(tag.end, tag, row);
                    return true;
                }
                if (!tag.empty)
                    ++m_depth;
                m_pos = tag.end;
            }
        } catch (const NeedMore&) {
            if (!refill()) {
                if (m_started && m_depth == 0 && m_sawRoot && m_pos >= m_data.size())
                    return false;
                malformed(m_data.size(), tr("the part ends early"));
            }
        }
    }
}

} // namespace clientele
