#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryFile>

#include <cstddef>
#include <cstdint>

namespace clientele::fuzz {

// The readers take file paths (QuaZip opens archives by name), so each input goes to a temp file.
class FuzzInput
{
public:
    FuzzInput(const uint8_t* data, size_t size, const char* suffix)
        : m_file(QStringLiteral("/tmp/clientele-fuzz-XXXXXX") + QLatin1String(suffix))
    {
        if (m_file.open()) {
            m_file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
            m_file.flush();
        }
    }
    QString path() const { return m_file.fileName(); }

private:
    QTemporaryFile m_file;
};

} // namespace clientele::fuzz
