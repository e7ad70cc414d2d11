#pragma once

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QVariant>

#include <optional>

namespace clientele::planning_columns {

// Conversions between the planning structs and their columns, shared by the planning stores.

inline QVariant date(QDate value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

inline QDate dateFrom(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString().left(10), Qt::ISODate);
}

inline QVariant timestamp(const QDateTime& value)
{
    return value.toUTC().toString(Qt::ISODate);
}

// The time of a write, for updated_at columns.
inline QVariant nowTimestamp()
{
    return timestamp(QDateTime::currentDateTimeUtc());
}

inline QDateTime timestampFrom(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

inline QVariant id(qint64 value)
{
    return QVariant::fromValue<qint64>(value);
}

inline QVariant optionalId(const std::optional<qint64>& value)
{
    return value ? QVariant::fromValue<qint64>(*value) : QVariant(QMetaType::fromType<qlonglong>());
}

inline std::optional<qint64> optionalIdFrom(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

inline QVariant optionalDouble(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

inline std::optional<double> optionalDoubleFrom(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

} // namespace clientele::planning_columns
