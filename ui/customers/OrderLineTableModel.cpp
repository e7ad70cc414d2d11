#include "customers/OrderLineTableModel.h"

#include <QLocale>

namespace clientele {

void OrderLineTableModel::setLines(const QList<OrderLine>& lines, const QHash<std::int64_t, QString>& sources)
{
    beginResetModel();
    m_lines = lines;
    m_sources = sources;
    endResetModel();
}

QString OrderLineTableModel::statusLabel(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Completed:
        return tr("Completed");
    case OrderStatus::Cancelled:
        return tr("Cancelled");
    case OrderStatus::Returned:
        return tr("Returned");
    }
    return {};
}

QString OrderLineTableModel::formatAmount(MinorUnits amount, const QString& currency)
{
    // Split into whole and cents as integers: no floating point ever touches money.
    const QString plain = formatMinorUnits(amount); // "-1234.50"
    const qsizetype dot = plain.indexOf(QLatin1Char('.'));
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const QString wholeDigits = plain.mid(negative ? 1 : 0, dot - (negative ? 1 : 0));
    const QLocale locale;
    const QString whole = locale.toString(wholeDigits.toULongLong());
    return QStringLiteral("%1%2%3%4 %5")
        .arg(negative ? locale.negativeSign() : QString(), whole, locale.decimalPoint(), plain.mid(dot + 1),
             currency);
}

int OrderLineTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int OrderLineTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderLineTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const OrderLine& l = m_lines.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Amount || index.column() == Quantity
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    const bool raw = role == RawValueRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case Date:
        return raw ? l.orderedAt.toString(Qt::ISODate)
                   : l.orderedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Order:
        return l.lineNo > 1 ? QStringLiteral("%1 / %2").arg(l.orderCode).arg(l.lineNo) : l.orderCode;
    case Product:
        return l.productName.isEmpty() ? l.productCode : l.productName;
    case Quantity:
        return l.quantity;
    case Amount:
        return raw ? QVariant::fromValue<qint64>(l.amount) : QVariant(formatAmount(l.amount, l.currency));
    case Status:
        return raw ? orderStatusKey(l.status) : statusLabel(l.status);
    case Channel:
        return l.channel;
    case Source:
        return m_sources.value(l.id);
    default:
        return {};
    }
}

QVariant OrderLineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Order:
        return tr("Order");
    case Product:
        return tr("Product");
    case Quantity:
        return tr("Qty");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    case Channel:
        return tr("Channel");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace clientele
