#include "import/SpreadsheetReader.h"

#include "import/CsvSheetReader.h"
#include "import/ImportError.h"
#include "import/XlsReader.h"
#include "import/XlsxReader.h"

#include <QFile>
#include <QFileInfo>

namespace clientele {

QString SpreadsheetReader::columnName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

std::unique_ptr<SpreadsheetReader> SpreadsheetReader::open(const QString& filePath, const Options& options)
{
    const QString name = QFileInfo(filePath).fileName();
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        throw ImportError(tr("Cannot open %1: %2").arg(filePath, file.errorString()));
    if (file.size() == 0)
        throw ImportError(tr("%1 is empty.").arg(name));
    const QByteArray magic = file.read(8);
    file.close();

    if (magic.startsWith("PK\x03\x04") || magic.startsWith("PK\x05\x06"))
        return std::make_unique<XlsxReader>(filePath, options.limits);
    if (magic.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        // An OLE2 container: a legacy .xls, or an encrypted (password-protected) .xlsx, which Office
        // stores in the same container with an EncryptionInfo stream.
        QFile probe(filePath);
        probe.open(QIODevice::ReadOnly);
        const QByteArray head = probe.read(64 * 1024);
        if (head.contains(QByteArray("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o", 28)))
            throw ImportError(
                tr("%1: the workbook is password-protected (encrypted); save an unprotected copy "
                   "and import that.")
                    .arg(name));
        return std::make_unique<XlsReader>(filePath, options.limits);
    }
    CsvReader::Options csv;
    csv.encoding = options.encoding;
    csv.maxColumns = options.limits.maxColumns;
    return std::make_unique<CsvSheetReader>(filePath, csv);
}

} // namespace clientele
