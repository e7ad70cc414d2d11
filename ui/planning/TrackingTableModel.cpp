#include "planning/TrackingTableModel.h"

#include "analytics/TierNames.h"
#include "segments/SegmentFormat.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace clientele {

TrackingTableModel::TrackingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TrackingTableModel::setRows(std::vector<TrackingRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const TrackingRow* TrackingTableModel::rowAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

std::optional<TrackingMetric> TrackingTableModel::metricOf(int column)
{
    switch (column) {
    case RepurchaseColumn:
        return TrackingMetric::RepurchaseRate;
    case ChurnColumn:
        return TrackingMetric::ChurnRate;
    case NpsColumn:
        return TrackingMetric::Nps;
    case LtvColumn:
        return TrackingMetric::Ltv;
    default:
        return std::nullopt;
    }
}

QString TrackingTableModel::figureText(TrackingMetric metric, const std::optional<double>& value)
{
    if (!value)
        return QStringLiteral("–");
    switch (metric) {
    case TrackingMetric::RepurchaseRate:
    case TrackingMetric::ChurnRate:
        return SegmentFormat::percent(*value);
    case TrackingMetric::Nps:
        return QLocale().toString(*value, 'f', 1);
    case TrackingMetric::Ltv:
        return SegmentFormat::money(std::llround(*value));
    }
    return {};
}

int TrackingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TrackingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags TrackingTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (metricOf(index.column()) || index.column() == SuggestionColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant TrackingTableModel::data(const QModelIndex& index, int role) const
{
    const TrackingRow* row = rowAt(index.row());
    if (!row)
        return {};
    const std::optional<TrackingMetric> metric = metricOf(index.column());
    if (metric) {
        const TrackingFigure& f = row->figure(*metric);
        switch (role) {
        case Qt::DisplayRole:
            return figureText(*metric, f.shown());
        case Qt::EditRole: {
            if (!f.overridden)
                return QString();
            const double shown = *metric == TrackingMetric::Ltv ? *f.overridden / 100.0 : *f.overridden;
            return QLocale().toString(shown, 'f', 2);
        }
        case Qt::FontRole:
            if (f.isOverridden()) {
                QFont font;
                font.setItalic(true);
                return font;
            }
            return {};
        case Qt::ToolTipRole:
            if (f.isOverridden())
                return tr("Entered by hand; computed: %1").arg(figureText(*metric, f.computed));
            if (!f.computed && !f.reason.isEmpty())
                return f.reason;
            return tr("%n customer(s) counted; double-click to enter a value", nullptr,
                      static_cast<int>(f.population));
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == CustomersColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case PeriodColumn:
        return row->period;
    case TierColumn:
        return TierNames::displayName(row->tier);
    case CustomersColumn:
        return SegmentFormat::count(row->customers);
    case SuggestionColumn:
        return row->suggestion;
    default:
        return {};
    }
}

QVariant TrackingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PeriodColumn:
        return tr("Period");
    case TierColumn:
        return tr("Tier");
    case CustomersColumn:
        return tr("Customers");
    case RepurchaseColumn:
        return tr("Repurchase rate");
    case ChurnColumn:
        return tr("Churn rate");
    case NpsColumn:
        return tr("NPS");
    case LtvColumn:
        return tr("LTV");
    case SuggestionColumn:
        return tr("Adjustment suggestion");
    default:
        return {};
    }
}

bool TrackingTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const TrackingRow* row = rowAt(index.row());
    if (!row || role != Qt::EditRole)
        return false;
    if (index.column() == SuggestionColumn) {
        const QString text = value.toString().trimmed();
        if (text == row->suggestion)
            return false;
        emit suggestionRequested(row->period, row->tier, text, row->suggestion);
        return true;
    }
    const std::optional<TrackingMetric> metric = metricOf(index.column());
    if (!metric)
        return false;
    const TrackingFigure& f = row->figure(*metric);
    const QString text = value.toString().trimmed();
    std::optional<double> entered;
    if (!text.isEmpty()) {
        bool ok = false;
        double number = QLocale().toDouble(text, &ok);
        if (!ok)
            number = QLocale::c().toDouble(text.endsWith(QLatin1Char('%')) ? text.chopped(1) : text, &ok);
        if (!ok || !std::isfinite(number)) {
            emit editRefused(tr("%1, %2: “%3” is not a number.")
                                 .arg(TierNames::displayName(row->tier),
                                      headerData(index.column(), Qt::Horizontal).toString(), text));
            return false;
        }
        const bool rate = *metric == TrackingMetric::RepurchaseRate || *metric == TrackingMetric::ChurnRate;
        if ((rate && (number < 0 || number > 100)) ||
            (*metric == TrackingMetric::Nps && (number < -100 || number > 100)) ||
            (*metric == TrackingMetric::Ltv && number < 0)) {
            emit editRefused(tr("%1, %2: %3 is out of range (rates 0–100 %, NPS −100–100, LTV not negative).")
                                 .arg(TierNames::displayName(row->tier),
                                      headerData(index.column(), Qt::Horizontal).toString(), text));
            return false;
        }
        entered = *metric == TrackingMetric::Ltv ? std::round(number * 100.0) : number;
    }
    if (entered == f.overridden)
        return false;
    emit overrideRequested(row->period, row->tier, *metric, entered, f.overridden);
    return true;
}

} // namespace clientele
