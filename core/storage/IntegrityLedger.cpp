#include "storage/IntegrityLedger.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace clientele {

namespace {

constexpr qint64 kSampleBytes = 4096;
constexpr qint64 kSampleCount = 64; // plus the first page: about 256 KiB read per fingerprint

const QString kSize = QStringLiteral("size");
const QString kModified = QStringLiteral("modified_ms");
const QString kPagesHash = QStringLiteral("sampled_pages_sha256");
const QString kCheckedAt = QStringLiteral("checked_at");

} // namespace

IntegrityLedger::IntegrityLedger(const QString& databasePath, const QString& recordDirectory)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
    , m_recordDirectory(recordDirectory)
{
}

QString IntegrityLedger::recordPath() const
{
    return m_recordDirectory + QStringLiteral("/integrity-check.ini");
}

bool IntegrityLedger::hasPendingWriteAheadLog() const
{
    const QFileInfo wal(m_databasePath + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

IntegrityLedger::Fingerprint IntegrityLedger::fingerprint() const
{
    Fingerprint print;
    const QFileInfo info(m_databasePath);
    if (!info.exists())
        return print;
    print.size = info.size();
    print.modifiedMs = info.lastModified().toMSecsSinceEpoch();
    QFile file(m_databasePath);
    if (!file.open(QIODevice::ReadOnly))
        return print;
    // Pages spread evenly over the file: damage written over many pages changes the hash even when
    // the modification time's granularity hides the write.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 step = std::max<qint64>(kSampleBytes, print.size / kSampleCount);
    for (qint64 offset = 0; offset < print.size; offset += step) {
        if (!file.seek(offset))
            break;
        hash.addData(file.read(kSampleBytes));
    }
    print.sampledPagesHash = hash.result().toHex();
    return print;
}

std::optional<QDateTime> IntegrityLedger::vouchedCheck(const QDateTime& now) const
{
    if (!QFileInfo::exists(recordPath()) || hasPendingWriteAheadLog())
        return std::nullopt;
    const QSettings record(recordPath(), QSettings::IniFormat);
    const QDateTime checkedAt = QDateTime::fromString(record.value(kCheckedAt).toString(), Qt::ISODate);
    if (!checkedAt.isValid() || checkedAt > now || checkedAt.daysTo(now) >= kMaxAgeDays)
        return std::nullopt;
    const Fingerprint print = fingerprint();
    if (print.size < 0 || record.value(kSize).toLongLong() != print.size ||
        record.value(kModified).toLongLong() != print.modifiedMs ||
        record.value(kPagesHash).toByteArray() != print.sampledPagesHash)
        return std::nullopt;
    return checkedAt;
}

void IntegrityLedger::recordCleanClose(const QDateTime& checkedAt) const
{
    if (hasPendingWriteAheadLog() || !QDir().mkpath(m_recordDirectory))
        return;
    const Fingerprint print = fingerprint();
    if (print.size < 0)
        return;
    QSettings record(recordPath(), QSettings::IniFormat);
    record.setValue(kSize, print.size);
    record.setValue(kModified, print.modifiedMs);
    record.setValue(kPagesHash, print.sampledPagesHash);
    record.setValue(kCheckedAt, checkedAt.toString(Qt::ISODateWithMs));
    record.sync();
    QFile::setPermissions(recordPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void IntegrityLedger::forget() const
{
    QFile::remove(recordPath());
}

} // namespace clientele
