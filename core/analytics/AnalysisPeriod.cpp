#include "AnalysisPeriod.h"

#include <QRegularExpression>

namespace clientele {

AnalysisPeriod AnalysisPeriod::year(int year)
{
    return AnalysisPeriod(Kind::Year, QDate(year, 1, 1));
}

AnalysisPeriod AnalysisPeriod::quarter(int year, int quarter)
{
    return AnalysisPeriod(Kind::Quarter, QDate(year, 3 * (quarter - 1) + 1, 1));
}

AnalysisPeriod AnalysisPeriod::month(int year, int month)
{
    return AnalysisPeriod(Kind::Month, QDate(year, month, 1));
}

AnalysisPeriod AnalysisPeriod::containing(QDate date, Kind kind)
{
    switch (kind) {
    case Kind::Year:
        return year(date.year());
    case Kind::Quarter:
        return quarter(date.year(), (date.month() - 1) / 3 + 1);
    case Kind::Month:
        break;
    }
    return month(date.year(), date.month());
}

std::optional<AnalysisPeriod> AnalysisPeriod::parse(const QString& text, QString* errorMessage)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})(?:\\s*(?:[Qq]([1-4])|-(0[1-9]|1[0-2])))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch() || match.captured(1).toInt() < 1) {
        if (errorMessage)
            *errorMessage =
                tr("'%1' is not a period; write a year (2011), a quarter (2011Q3) or a month (2011-07)")
                    .arg(text);
        return std::nullopt;
    }
    const int y = match.captured(1).toInt();
    if (!match.captured(2).isEmpty())
        return quarter(y, match.captured(2).toInt());
    if (!match.captured(3).isEmpty())
        return month(y, match.captured(3).toInt());
    return year(y);
}

QString AnalysisPeriod::code() const
{
    switch (m_kind) {
    case Kind::Year:
        return QString::number(m_start.year());
    case Kind::Quarter:
        return QStringLiteral("%1Q%2").arg(m_start.year()).arg((m_start.month() - 1) / 3 + 1);
    case Kind::Month:
        break;
    }
    return QStringLiteral("%1-%2").arg(m_start.year()).arg(m_start.month(), 2, 10, QLatin1Char('0'));
}

QDate AnalysisPeriod::end() const
{
    return next().start().addDays(-1);
}

AnalysisPeriod AnalysisPeriod::previous() const
{
    switch (m_kind) {
    case Kind::Year:
        return AnalysisPeriod(m_kind, m_start.addYears(-1));
    case Kind::Quarter:
        return AnalysisPeriod(m_kind, m_start.addMonths(-3));
    case Kind::Month:
        break;
    }
    return AnalysisPeriod(m_kind, m_start.addMonths(-1));
}

AnalysisPeriod AnalysisPeriod::next() const
{
    switch (m_kind) {
    case Kind::Year:
        return AnalysisPeriod(m_kind, m_start.addYears(1));
    case Kind::Quarter:
        return AnalysisPeriod(m_kind, m_start.addMonths(3));
    case Kind::Month:
        break;
    }
    return AnalysisPeriod(m_kind, m_start.addMonths(1));
}

} // namespace clientele
