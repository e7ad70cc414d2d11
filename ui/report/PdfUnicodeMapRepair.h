#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

class QFont;

namespace clientele {

// Qt 6.4's PDF writer builds each font's ToUnicode map by walking the font's cmap from U+0000 up and
// keeping the first code point that reaches a glyph. CJK fonts draw a Kangxi radical (U+2F00…) or a
// CJK radical supplement (U+2E80…) with the same glyph as the ideograph it looks like, so in a
// Chinese PDF 户, 日 and 风 came back as ⼾, ⽇ and ⻛: the text looked right but could not be searched
// or copied. This rewrites those entries to the ideograph that shares the glyph in the report's font
// (the font decides: Noto Sans CJK SC draws ⼾ as 户, where Unicode's equivalent would be 戶). Every
// replacement has the same length, so the file's cross-reference offsets stay valid. Nothing the
// report writes is itself a radical character.
class PdfUnicodeMapRepair
{
    Q_DECLARE_TR_FUNCTIONS(PdfUnicodeMapRepair)

public:
    // Learns which ideograph each radical stands for from the font's Simplified Chinese face.
    explicit PdfUnicodeMapRepair(const QFont& font);

    // Repairs the ToUnicode maps of a PDF in memory; returns how many entries changed.
    int repair(QByteArray& pdf) const;
    // The same on a file, rewritten only when something changed. Throws std::runtime_error naming the
    // file when it cannot be read or written.
    int repairFile(const QString& filePath) const;
    // The ideograph drawn with the radical's glyph, or 0 when the font has none.
    char16_t ideographFor(char16_t radical) const { return m_ideographs.value(radical, 0); }

private:
    int repairCmap(char* begin, char* end) const;

    QHash<char16_t, char16_t> m_ideographs; // radical → ideograph
};

} // namespace clientele
