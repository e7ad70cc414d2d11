#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace clientele {

// Guesses the text encoding of a CSV/TXT file from its first bytes. Knows the encodings spreadsheets
// are exported in: UTF-8 (with or without BOM), UTF-16 LE/BE (Excel's "Unicode text"), GB18030/GBK
// (Chinese Excel's CSV default), Big5 and Windows-1252. Qt itself guarantees only the UTF encodings
// and Latin-1; the others come from ICU, so availableEncodings() says what this build can decode.
class TextEncodingDetector
{
    Q_DECLARE_TR_FUNCTIONS(TextEncodingDetector)

public:
    struct Result
    {
        QString encoding;  // a name QStringDecoder accepts: "UTF-8", "UTF-16LE", "GB18030", ...
        int bomLength = 0; // bytes to skip
        QString reason;    // why, in words, for the import preview
    };

    static Result detect(const QByteArray& sample);
    // The encodings of the list above that this build can decode.
    static QStringList availableEncodings();
    static bool isAvailable(const QString& encoding);
};

} // namespace clientele
