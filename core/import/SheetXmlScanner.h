#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace clientele {

// Reads the rows of a worksheet part (xl/worksheets/sheetN.xml) straight from its UTF-8 bytes. A
// general XML parser (QXmlStreamReader) costs most of an XLSX import: it decodes every byte to UTF-16,
// keeps namespace and attribute tables per element and hands out tokens one at a time. This scanner
// only looks for <row> elements and their <c> cells, and takes from each cell its r, t and s
// attributes and its value: the <v> text or the <t> runs of an inline string <is> (rich-text runs
// joined, phonetic runs <rPh> left out). Entities (the five predefined ones and character
// references) and CDATA sections are resolved; a document type declaration is refused (entity
// attacks); mismatched tags, unknown entities and a part that ends inside an element are errors.
// The part is read in chunks through `read`, so memory stays flat; a row must fit in maxRowBytes.
class SheetXmlScanner
{
    Q_DECLARE_TR_FUNCTIONS(SheetXmlScanner)

public:
    struct Cell
    {
        std::string reference; // the r attribute ("B12"); empty when absent
        std::string type;      // the t attribute ("s", "inlineStr", "b", ...); empty when absent
        std::string style;     // the s attribute (a cellXfs index); empty when absent
        bool hasValue = false; // the cell has a <v> or an <is>
        std::string value;     // UTF-8, entities resolved; at most maxValueBytes
    };

    struct Row
    {
        std::string number;      // the r attribute; empty when absent
        std::vector<Cell> cells; // only the first cellCount are this row's (the rest is reused storage)
        int cellCount = 0;
    };

    struct Error
    {
        enum class Kind
        {
            Malformed,
            DocumentType,
            RowTooLong,
        };
        Kind kind = Kind::Malformed;
        QString message;
        qint64 line = 0; // 1-based line of the part where the problem is
    };

    // Fills `into` with up to `max` bytes of the part; returns 0 at its end. May throw.
    using Read = std::function<qint64(char* into, qint64 max)>;

    // maxValueBytes: a longer value is cut there (the caller turns it into an error cell);
    // maxCells: more <c> elements in one row are an error (a sheet has 16,384 columns).
    SheetXmlScanner(Read read, std::size_t maxValueBytes, int maxCells, std::size_t maxRowBytes);

    // The next <row>; false at the end of the part. Throws Error.
    bool nextRow(Row& row);

private:
    struct NeedMore
    {
    };
    struct Tag
    {
        std::string_view name; // qualified, as written
        std::size_t end = 0;   // just after the closing '>'
        bool closing = false;  // </name>
        bool empty = false;    // <name/>
        bool isCdata = false;  // <![CDATA[...]]>, with its text in cdata
        std::string_view cdata;
    };
    using Attributes = std::vector<std::pair<std::string_view, std::string*>>;

    bool refill();
    const char* at(std::size_t pos) const { return m_data.data() + pos; }
    char byte(std::size_t pos) const; // throws NeedMore past the data
    std::size_t find(std::size_t from, std::string_view what) const;
    // The markup at `pos` (a '<'): a tag, or a comment / processing instruction / CDATA (name empty).
    Tag readTag(std::size_t pos, Attributes* attributes);
    std::size_t parseRow(std::size_t pos, const Tag& start, Row& row);
    std::size_t parseCell(std::size_t pos, const Tag& start, Cell& cell);
    void appendText(std::string_view raw, std::size_t rawPos, std::string& out) const;
    void appendCapped(std::string& out, std::string_view text) const;
    [[noreturn]] void malformed(std::size_t pos, const QString& what) const;

    Read m_read;
    std::size_t m_maxValueBytes;
    int m_maxCells;
    std::size_t m_maxRowBytes;
    Attributes m_rowAttributes;
    Attributes m_cellAttributes;
    std::string m_data;
    std::size_t m_pos = 0;    // the first byte not yet consumed
    qint64 m_linesBefore = 0; // newlines in the bytes dropped from m_data
    std::size_t m_chunk = 256 * 1024;
    bool m_atEnd = false;
    bool m_started = false;
    bool m_sawRoot = false;
    int m_depth = 0; // open elements outside rows
};

} // namespace clientele
