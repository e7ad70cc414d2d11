#pragma once

#include <QDataStream>

#include <cstdint>

namespace clientele::xlsxstream {

// The stream clientele-xlsx-writer reads on its standard input (QDataStream, Qt 6.4 encoding):
//   header: magic, version, sheet name (QString), column count (qint32), then per column its
//           header (QString) and type (quint8, ExportColumn::Type);
//   rows:   kRow, then per column a cell: kind (quint8 CellKind) and its value (QString text,
//           double number, qint64 Julian day);
//   end:    kEnd. A stream that stops before kEnd is a cancelled export: no file is kept.
// The writer runs in its own process because libxlsxwriter and QuaZip export the same minizip
// symbols: in one Linux process one set wins and the other library crashes.
constexpr quint32 kMagic = 0x434C5857; // 'CLXW'
constexpr quint32 kVersion = 1;
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

enum Marker : quint8
{
    kEnd = 0,
    kRow = 1
};

enum class CellKind : quint8
{
    Empty = 0,
    Text = 1,
    Number = 2,
    Date = 3
};

// Exit codes of the writer process.
enum ExitCode
{
    kExitOk = 0,
    kExitWriteFailed = 1,
    kExitBadStream = 2,
    kExitUsage = 3
};

} // namespace clientele::xlsxstream
