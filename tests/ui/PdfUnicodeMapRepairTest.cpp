#include "report/PdfUnicodeMapRepair.h"

#include <QFont>

#include <gtest/gtest.h>

namespace clientele {
namespace {

// A ToUnicode CMap as Qt 6.4 writes it, with the radicals its reverse cmap walk picks for 户 (⼾
// U+2F3E), 日 (⽇ U+2F47) and 风 (⻛ U+2EDB) in Noto Sans CJK SC.
const char kCmap[] = "stream\n"
                     "/CIDInit /ProcSet findresource begin\n"
                     "begincmap\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                     "3 beginbfrange\n"
                     "<0000> <0000> <0000>\n"
                     "<0001> <0004> [<5BA2> <2F3E> <0032> <2EDB>]\n"
                     "<0005> <0005> <2F47>\n"
                     "<0006> <0008> <2F00>\n"
                     "endbfrange\n"
                     "1 beginbfchar\n<0009> <2F3E>\nendbfchar\n"
                     "endcmap\n"
                     "endstream\n"
                     "<2F3E> outside any CMap stays\n";

PdfUnicodeMapRepair notoSansCjk()
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC")});
    return PdfUnicodeMapRepair(font);
}

TEST(PdfUnicodeMapRepairTest, LearnsFromTheFontWhichIdeographARadicalIsDrawnAs)
{
    const PdfUnicodeMapRepair repair = notoSansCjk();
    EXPECT_EQ(repair.ideographFor(u'\u2F3E'), u'\u6237'); // ⼾ is drawn as the simplified 户, not 戶
    EXPECT_EQ(repair.ideographFor(u'\u2F47'), u'\u65E5'); // ⽇ → 日
    EXPECT_EQ(repair.ideographFor(u'\u2EDB'), u'\u98CE'); // ⻛ → 风
    EXPECT_EQ(repair.ideographFor(u'\u6237'), 0);         // 户 is no radical
    EXPECT_EQ(repair.ideographFor(u'A'), 0);
}

TEST(PdfUnicodeMapRepairTest, RadicalsInToUnicodeMapsBecomeTheirIdeographsAtTheSameLength)
{
    const PdfUnicodeMapRepair repair = notoSansCjk();
    QByteArray pdf(kCmap);
    const qsizetype size = pdf.size();
    EXPECT_EQ(repair.repair(pdf), 4);
    EXPECT_EQ(pdf.size(), size); // cross-reference offsets stay valid
    EXPECT_TRUE(pdf.contains("[<5BA2> <6237> <0032> <98CE>]")) << pdf.constData();
    EXPECT_TRUE(pdf.contains("<0005> <0005> <65E5>"));
    EXPECT_TRUE(pdf.contains("<0009> <6237>"));
    // A run of several codes from a radical cannot be rewritten in place; the source codes and
    // anything outside the map are never touched.
    EXPECT_TRUE(pdf.contains("<0006> <0008> <2F00>"));
    EXPECT_TRUE(pdf.contains("<2F3E> outside any CMap stays"));
    EXPECT_EQ(repair.repair(pdf), 0); // idempotent
}

} // namespace
} // namespace clientele
