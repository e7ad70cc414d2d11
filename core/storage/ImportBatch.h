#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>

namespace clientele {

// One import as the history records it.
struct ImportBatch
{
    std::int64_t id = 0;
    QString kind;
    QString fileName;
    QString fileHash; // SHA-256 of the file's bytes, hex
    QString sheet;
    QString mappingJson;
    QString optionsJson;
    QDateTime startedAt;
    QDateTime finishedAt;
    std::int64_t rowsRead = 0;
    std::int64_t imported = 0;
    std::int64_t duplicates = 0;
    std::int64_t skipped = 0;
    std::int64_t customersCreated = 0;
    std::int64_t customersUpdated = 0;
    QString importedBy;
    QDateTime rolledBackAt; // invalid while in force
};

} // namespace clientele
