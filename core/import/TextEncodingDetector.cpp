#include "import/TextEncodingDetector.h"

#include <QStringDecoder>

namespace clientele {

namespace {

bool isValidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int follow = 0;
        if (c < 0x80)
            follow = 0;
        else if (c >= 0xC2 && c <= 0xDF)
            follow = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            follow = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            follow = 3;
        else
            return false;
        if (i + follow >= n && follow > 0)
            return true; // the sample may cut the last character in two
        for (int k = 1; k <= follow; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        i += follow + 1;
    }
    return true;
}

// Zero bytes at even or odd positions give UTF-16 away even without a BOM.
QString utf16WithoutBom(const QByteArray& bytes)
{
    qsizetype evenZeros = 0, oddZeros = 0;
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes[i] == 0;
        oddZeros += bytes[i + 1] == 0;
    }
    // Digits, separators and line ends are ASCII even in Chinese text: a tenth of the code units is plenty.
    // A few CJK code points (U+4E00...) have a zero low byte, so the other side need only be rare.
    if (n >= 8 && oddZeros > n / 20 && evenZeros * 10 < oddZeros)
        return QStringLiteral("UTF-16LE");
    if (n >= 8 && evenZeros > n / 20 && oddZeros * 10 < evenZeros)
        return QStringLiteral("UTF-16BE");
    return {};
}

struct DoubleByteShape
{
    qsizetype pairs = 0;
    qsizetype lowTrail = 0; // second byte 0x40-0x7E: common in Big5, absent in GB2312 text
    qsizetype isolated = 0; // a high byte not followed by a valid second byte: single-byte text
};

DoubleByteShape doubleByteShape(const QByteArray& bytes)
{
    DoubleByteShape shape;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] < 0x81 || p[i] == 0xFF) {
            shape.isolated += p[i] >= 0x80;
            continue;
        }
        if (i + 1 >= n)
            break;
        const unsigned char t = p[i + 1];
        if (t >= 0x30 && t <= 0x39 && i + 3 < n) { // GB18030 four-byte sequence
            ++shape.pairs;
            i += 3;
        } else if ((t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFE)) {
            ++shape.pairs;
            shape.lowTrail += t <= 0x7E;
            ++i;
        } else {
            ++shape.isolated;
        }
    }
    return shape;
}

bool decodesCleanly(const QString& encoding, const QByteArray& bytes)
{
    QStringDecoder decoder(encoding.toLatin1().constData());
    if (!decoder.isValid())
        return false;
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && !text.contains(QChar::ReplacementCharacter);
}

} // namespace

TextEncodingDetector::Result TextEncodingDetector::detect(const QByteArray& sample)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return {QStringLiteral("UTF-8"), 3, tr("UTF-8 byte order mark")};
    if (sample.startsWith("\xFF\xFE"))
        return {QStringLiteral("UTF-16LE"), 2, tr("UTF-16 little-endian byte order mark")};
    if (sample.startsWith("\xFE\xFF"))
        return {QStringLiteral("UTF-16BE"), 2, tr("UTF-16 big-endian byte order mark")};
    const QString utf16 = utf16WithoutBom(sample);
    if (!utf16.isEmpty())
        return {utf16, 0, tr("zero bytes between characters (UTF-16 without a byte order mark)")};
    if (isValidUtf8(sample))
        return {QStringLiteral("UTF-8"), 0, tr("the bytes are valid UTF-8")};

    const DoubleByteShape shape = doubleByteShape(sample);
    const bool doubleByte = shape.pairs > 0 && shape.isolated * 20 <= shape.pairs;
    if (doubleByte) {
        // GB2312/GBK Chinese keeps both bytes of common characters at 0xA1 or above; Big5 puts about
        // a third of its second bytes below 0x7F.
        if (shape.lowTrail * 5 > shape.pairs && decodesCleanly(QStringLiteral("Big5"), sample))
            return {QStringLiteral("Big5"), 0, tr("double-byte Chinese text with Big5 byte patterns")};
        if (decodesCleanly(QStringLiteral("GB18030"), sample))
            return {QStringLiteral("GB18030"), 0, tr("double-byte Chinese text (GB18030/GBK)")};
    }
    return {QStringLiteral("windows-1252"), 0,
            tr("not UTF-8 and not double-byte Chinese: Western (Windows-1252)")};
}

QStringList TextEncodingDetector::availableEncodings()
{
    QStringList result;
    for (const char* name :
         {"UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "GBK", "Big5", "windows-1252", "ISO-8859-1"})
        if (isAvailable(QString::fromLatin1(name)))
            result << QString::fromLatin1(name);
    return result;
}

bool TextEncodingDetector::isAvailable(const QString& encoding)
{
    return QStringDecoder(encoding.toLatin1().constData()).isValid();
}

} // namespace clientele
