#include "import/ImportReport.h"

#include <QFile>
#include <QJsonArray>
#include <QTextStream>

namespace clientele {

void ImportReport::addIssue(const ImportIssue& issue)
{
    ++issueCount;
    if (issues.size() < kMaxIssues)
        issues.append(issue);
}

void ImportReport::addAction(const ImportRowAction& action)
{
    if (dryRun && actions.size() < kMaxActions)
        actions.append(action);
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray errors;
    for (const ImportIssue& i : issues)
        errors.append(QJsonObject{{QStringLiteral("row"), static_cast<qint64>(i.row)},
                                  {QStringLiteral("column"), i.column},
                                  {QStringLiteral("value"), i.value},
                                  {QStringLiteral("reason"), i.reason}});
    QJsonArray warningList;
    for (const QString& w : warnings)
        warningList.append(w);
    QJsonObject json{
        {QStringLiteral("file"), fileName},
        {QStringLiteral("sheet"), sheet},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("encoding"), encoding},
        {QStringLiteral("date_order"), dateOrder},
        {QStringLiteral("decimal_comma"), decimalComma},
        {QStringLiteral("mode"), strict ? QStringLiteral("strict") : QStringLiteral("lenient")},
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("committed"), committed},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("rows_read"), static_cast<qint64>(rowsRead)},
        {QStringLiteral("imported"), static_cast<qint64>(imported)},
        {QStringLiteral("duplicates"), static_cast<qint64>(duplicates)},
        {QStringLiteral("skipped"), static_cast<qint64>(skipped)},
        {QStringLiteral("rows_without_customer"), static_cast<qint64>(rowsWithoutCustomer)},
        {QStringLiteral("customers_created"), static_cast<qint64>(customersCreated)},
        {QStringLiteral("customers_updated"), static_cast<qint64>(customersUpdated)},
        {QStringLiteral("error_count"), static_cast<qint64>(issueCount)},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("warnings"), warningList},
        {QStringLiteral("elapsed_ms"), static_cast<qint64>(elapsedMs)},
    };
    if (batchId > 0)
        json.insert(QStringLiteral("import_id"), static_cast<qint64>(batchId));
    return json;
}

namespace {

// RFC 4180 quoting plus OWASP's neutralisation of formula starters.
QString csvCell(QString value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r\n").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

} // namespace

bool ImportReport::writeIssuesCsv(const QString& path, QString* error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    out.setGenerateByteOrderMark(true); // so Excel opens Chinese text correctly
    out << "file,row,column,value,reason\r\n";
    for (const ImportIssue& i : issues)
        out << csvCell(fileName) << ',' << i.row << ',' << csvCell(i.column) << ',' << csvCell(i.value) << ','
            << csvCell(i.reason) << "\r\n";
    out.flush();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace clientele
