#include "report/PdfUnicodeMapRepair.h"

#include <QDir>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QRawFont>
#include <QSaveFile>

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace clientele {

namespace {

constexpr char16_t kRadicalsFirst = 0x2E80; // CJK Radicals Supplement, then Kangxi Radicals
constexpr char16_t kRadicalsLast = 0x2FDF;

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

QString codeRange(char16_t first, char16_t last)
{
    QString text;
    text.reserve(last - first + 1);
    for (char16_t c = first; c <= last; ++c)
        text += QChar(c);
    return text;
}

} // namespace

PdfUnicodeMapRepair::PdfUnicodeMapRepair(const QFont& font)
{
    const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
    if (!raw.isValid())
        return;
    // The lowest ideograph of each glyph, as Qt would have picked it without the radicals in the way:
    // extension A first, then the unified block.
    QHash<quint32, char16_t> ideographOfGlyph;
    for (const auto& [first, last] : {std::pair<char16_t, char16_t>{0x4E00, 0x9FFF}, {0x3400, 0x4DBF}}) {
        const QString text = codeRange(first, last);
        const QList<quint32> glyphs = raw.glyphIndexesForString(text);
        for (qsizetype i = 0; i < glyphs.size() && i < text.size(); ++i)
            if (glyphs[i] != 0)
                ideographOfGlyph.insert(glyphs[i], text[i].unicode()); // the later, lower block wins
    }
    const QString radicals = codeRange(kRadicalsFirst, kRadicalsLast);
    const QList<quint32> glyphs = raw.glyphIndexesForString(radicals);
    for (qsizetype i = 0; i < glyphs.size() && i < radicals.size(); ++i) {
        const auto found = ideographOfGlyph.constFind(glyphs[i]);
        if (glyphs[i] != 0 && found != ideographOfGlyph.cend())
            m_ideographs.insert(radicals[i].unicode(), found.value());
    }
}

// Rewrites the destination codes of one CMap (the bytes between begincmap and endcmap). Destinations
// are the hex strings inside bfrange arrays and the last string of a bfchar line; a bfrange written
// as "<first> <last> <start>" maps a run of consecutive code points, so only a one-code run can be
// changed in place.
int PdfUnicodeMapRepair::repairCmap(char* begin, char* end) const
{
    int changed = 0;
    const auto fix = [this, &changed](char* hex) {
        bool ok = false;
        const uint code = QByteArray(hex, 4).toUInt(&ok, 16);
        if (!ok || code < kRadicalsFirst || code > kRadicalsLast)
            return;
        const char16_t ideograph = ideographFor(char16_t(code));
        if (ideograph == 0)
            return;
        const QByteArray replacement =
            QByteArray::number(uint(ideograph), 16).toUpper().rightJustified(4, '0');
        std::copy(replacement.begin(), replacement.end(), hex);
        ++changed;
    };
    bool inArray = false;
    bool inRangeSection = false;
    bool inCharSection = false;
    std::vector<char*> lineTokens; // the four-digit hex strings of the current line outside arrays
    const auto endLine = [&] {
        if (inCharSection && lineTokens.size() == 2)
            fix(lineTokens[1]);
        else if (inRangeSection && lineTokens.size() == 3 &&
                 std::equal(lineTokens[0], lineTokens[0] + 4, lineTokens[1]))
            fix(lineTokens[2]);
        lineTokens.clear();
    };
    for (char* p = begin; p < end; ++p) {
        if (*p == '\n' || *p == '\r') {
            endLine();
        } else if (*p == '[') {
            inArray = true;
        } else if (*p == ']') {
            inArray = false;
        } else if (*p == '<' && end - p > 5 && p[5] == '>' && std::all_of(p + 1, p + 5, isHexDigit)) {
            if (inArray && inRangeSection)
                fix(p + 1);
            else if (!inArray)
                lineTokens.push_back(p + 1);
            p += 5;
        } else if (*p == 'b' || *p == 'e') {
            const QByteArray word = QByteArray::fromRawData(p, std::min<qsizetype>(end - p, 12));
            if (word.startsWith("beginbfrange"))
                inRangeSection = true;
            else if (word.startsWith("endbfrange"))
                inRangeSection = false;
            else if (word.startsWith("beginbfchar"))
                inCharSection = true;
            else if (word.startsWith("endbfchar"))
                inCharSection = false;
        }
    }
    endLine();
    return changed;
}

int PdfUnicodeMapRepair::repair(QByteArray& pdf) const
{
    if (m_ideographs.isEmpty())
        return 0;
    int changed = 0;
    char* const data = pdf.data();
    qsizetype from = 0;
    while (true) {
        const qsizetype begin = pdf.indexOf("begincmap", from);
        if (begin < 0)
            break;
        const qsizetype end = pdf.indexOf("endcmap", begin);
        if (end < 0)
            break;
        changed += repairCmap(data + begin, data + end);
        from = end;
    }
    return changed;
}

int PdfUnicodeMapRepair::repairFile(const QString& filePath) const
{
    const QString native = QDir::toNativeSeparators(filePath);
    QFile in(filePath);
    if (!in.open(QIODevice::ReadOnly))
        throw std::runtime_error(tr("Cannot read %1: %2").arg(native, in.errorString()).toStdString());
    QByteArray pdf = in.readAll();
    in.close();
    const int changed = repair(pdf);
    if (changed == 0)
        return 0;
    QSaveFile out(filePath);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit())
        throw std::runtime_error(tr("Cannot write %1: %2").arg(native, out.errorString()).toStdString());
    return changed;
}

} // namespace clientele
