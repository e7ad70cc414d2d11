#include "CustomerSummaryReader.h"

#include "CustomerSummaryError.h"

#include <QFile>
#include <QList>

#include <cmath>
#include <optional>

namespace clientele {

namespace {

QString unquote(QByteArray field)
{
    field = field.trimmed();
    if (field.size() >= 2 && field.startsWith('"') && field.endsWith('"'))
        field = field.mid(1, field.size() - 2).replace("\"\"", "\"");
    return QString::fromUtf8(field);
}

std::optional<qsizetype> findColumn(const QStringList& header, std::initializer_list<const char*> names)
{
    for (qsizetype i = 0; i < header.size(); ++i)
        for (const char* name : names)
            if (header[i].compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return i;
    return std::nullopt;
}

} // namespace

CustomerSummaries CustomerSummaryReader::readCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CustomerSummaryError(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return parseCsv(file.readAll(), path);
}

CustomerSummaries CustomerSummaryReader::parseCsv(const QByteArray& text, const QString& source)
{
    QByteArray body = text;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    QList<QByteArray> lines = body.split('\n');
    // Row numbers in messages are line numbers in the file, header = 1.
    qsizetype headerLine = 0;
    while (headerLine < lines.size() && lines[headerLine].trimmed().isEmpty())
        ++headerLine;
    if (headerLine == lines.size())
        throw CustomerSummaryError(
            tr("%1 is empty; expected a header row and one row per customer").arg(source));

    QStringList header;
    for (const QByteArray& field : lines[headerLine].split(','))
        header << unquote(field);
    // lifetimes writes the CDNOW table with "T" for age and "t_x" for recency, so the case of t/T
    // decides between them: match "T" and "t_x" exactly before the case-blind aliases.
    const auto exact = [&header](const char* name) -> std::optional<qsizetype> {
        const qsizetype i = header.indexOf(QLatin1String(name));
        return i >= 0 ? std::optional<qsizetype>(i) : std::nullopt;
    };
    const auto xColumn = findColumn(header, {"x", "frequency"});
    auto txColumn = exact("t_x");
    if (!txColumn)
        txColumn = findColumn(header, {"recency", "t_x"});
    auto ageColumn = exact("T");
    if (!ageColumn)
        ageColumn = findColumn(header, {"age"});
    const auto zbarColumn = findColumn(header, {"zbar", "monetary_value", "avg_monetary_value", "m"});
    const auto idColumn = findColumn(header, {"ID", "customer_id", "cust"});
    if (!xColumn || !txColumn || !ageColumn)
        throw CustomerSummaryError(
            tr("%1: the header must name the columns x (or frequency), t_x (or recency) and T (or age); "
               "found: %2")
                .arg(source, header.join(QStringLiteral(", "))));

    CustomerSummaries result;
    result.reserve(lines.size());
    for (qsizetype lineIndex = headerLine + 1; lineIndex < lines.size(); ++lineIndex) {
        const QByteArray line = lines[lineIndex].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype row = lineIndex + 1;
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() != header.size())
            throw CustomerSummaryError(tr("%1, row %2: expected %3 fields, found %4")
                                           .arg(source)
                                           .arg(row)
                                           .arg(header.size())
                                           .arg(fields.size()));
        const auto number = [&](qsizetype column) {
            bool ok = false;
            const QString field = unquote(fields[column]);
            const double value = field.toDouble(&ok);
            if (!ok || !std::isfinite(value))
                throw CustomerSummaryError(tr("%1, row %2, column %3: '%4' is not a number")
                                               .arg(source)
                                               .arg(row)
                                               .arg(header[column], field));
            return value;
        };
        const auto reject = [&](qsizetype column, const QString& why) {
            throw CustomerSummaryError(
                tr("%1, row %2, column %3: %4").arg(source).arg(row).arg(header[column], why));
        };

        CustomerSummary customer;
        customer.id = idColumn ? unquote(fields[*idColumn]) : QString::number(result.size() + 1);
        customer.x = number(*xColumn);
        customer.tx = number(*txColumn);
        customer.T = number(*ageColumn);
        if (customer.x < 0 || customer.x != std::floor(customer.x))
            reject(*xColumn, tr("the number of repeat purchases must be a whole number, 0 or more"));
        if (customer.T <= 0)
            reject(*ageColumn, tr("the customer's age must be positive"));
        if (customer.tx < 0)
            reject(*txColumn, tr("the recency cannot be negative"));
        if (customer.tx > customer.T * (1 + 1e-9))
            reject(*txColumn,
                   tr("the recency %1 is later than the customer's age %2").arg(customer.tx).arg(customer.T));
        if (zbarColumn) {
            customer.zbar = number(*zbarColumn);
            customer.hasSpend = true;
            if (customer.zbar < 0)
                reject(*zbarColumn, tr("the mean purchase value cannot be negative"));
        }
        result.push_back(customer);
    }
    if (result.empty())
        throw CustomerSummaryError(tr("%1 has a header but no customers").arg(source));
    return result;
}

} // namespace clientele
