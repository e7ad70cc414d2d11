#pragma once

#include <QString>

#include <stdexcept>

namespace clientele {

// Thrown by the storage layer. The message is already translated and fit to show to a user.
class StorageError : public std::runtime_error
{
public:
    enum class Kind
    {
        Sql,          // a statement failed
        NotFound,     // the file does not exist
        NotADatabase, // the file is not SQLite, or not a Clientele database
        Damaged,      // SQLite reports corruption
        NewerVersion, // written by a newer Clientele; never modified
        Io,           // file system problem (permissions, disk full, ...)
        Validation,   // a value broke a rule of the data model
    };

    StorageError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    {
    }

    Kind kind() const noexcept { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace clientele
