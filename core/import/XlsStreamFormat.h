#pragma once

#include <QDataStream>
#include <QtGlobal>

// What clientele-xls-reader writes on its standard output for XlsReader (QDataStream, Qt 6.4
// encoding). FreeXL runs in that child process, so a damaged .xls that crashes FreeXL (see
// tests/fuzz/README.md) ends that process, not the application.
//
//   quint32 kMagic, quint32 kVersion, qint32 Status
//   Status::Ok:         qint32 sheet count, then per sheet: QString name
//                       then per sheet: qint32 SheetStatus, quint32 rows, quint32 columns, and its
//                       cells, row by row: qint32 row (0-based), qint32 column, qint32 CellType,
//                       QString text, double number; a row of -1 ends the sheet
//   Status::OpenFailed: qint32 FreeXL's error code
//   other statuses:     nothing more
namespace clientele::xlsstream {

constexpr quint32 kMagic = 0x434c5853; // "CLXS"
constexpr quint32 kVersion = 1;
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;
constexpr qint32 kEndOfSheet = -1;

enum class Status : qint32
{
    Ok = 0,
    OpenFailed = 1,
    PasswordProtected = 2,
    NoSheets = 3,
};

enum class SheetStatus : qint32
{
    Ok = 0,
    NoDimensions = 1, // the sheet's size cannot be read
};

enum class CellType : qint32
{
    Number = 0, // text: the number as written ("13607", "2.5")
    Text = 1,
    Date = 2,     // text: yyyy-MM-dd
    DateTime = 3, // text: yyyy-MM-dd HH:mm:ss
    Time = 4,     // text: HH:mm:ss, kept as text
};

} // namespace clientele::xlsstream
