#include "export/CustomerExport.h"

#include "export/CsvTableWriter.h"
#include "export/XlsxTableWriter.h"
#include "model/Customer.h"
#include "storage/CustomerRepository.h"

#include <QDate>

#include <memory>

namespace clientele {

QList<ExportColumn> CustomerExport::columns()
{
    using Type = ExportColumn::Type;
    return {
        {tr("Code"), Type::Text},
        {tr("Name"), Type::Text},
        {tr("Kind"), Type::Text},
        {tr("Industry"), Type::Text},
        {tr("Region"), Type::Text},
        {tr("City"), Type::Text},
        {tr("Owner"), Type::Text},
        {tr("Email"), Type::Text},
        {tr("Phone"), Type::Text},
        {tr("WeChat"), Type::Text},
        {tr("Address"), Type::Text},
        {tr("Marketing consent"), Type::Text},
        {tr("Contacts per month (max)"), Type::Number},
        {tr("Customer since"), Type::Date},
        {tr("Tags"), Type::Text},
        {tr("Notes"), Type::Text},
    };
}

QVariantList CustomerExport::cells(const Customer& c, const QStringList& tags)
{
    return {
        c.code,
        c.name,
        c.kind == CustomerKind::Business ? tr("ToB") : tr("ToC"),
        c.industry,
        c.region,
        c.city,
        c.owner,
        c.email,
        c.phone,
        c.wechat,
        c.address,
        c.marketingConsent ? tr("yes") : tr("no"),
        // 0 means "no limit": an empty cell, not a number that reads as "never".
        c.contactLimitPerMonth > 0 ? QVariant(c.contactLimitPerMonth) : QVariant(),
        c.createdOn.isValid() ? QVariant(c.createdOn) : QVariant(),
        tags.join(QStringLiteral(", ")),
        c.notes,
    };
}

CustomerExportResult CustomerExport::run(const QSqlDatabase& db,
                                         const SqlDialect& dialect,
                                         const CustomerExportRequest& request,
                                         const Progress& progress)
{
    const CustomerRepository repository(db, dialect);
    const int total = request.customerIds.isEmpty() ? repository.count(request.query)
                                                    : static_cast<int>(request.customerIds.size());
    std::unique_ptr<TableWriter> writer;
    if (request.format == ExportFormat::Xlsx)
        writer = std::make_unique<XlsxTableWriter>(request.filePath, tr("Customers"));
    else
        writer = std::make_unique<CsvTableWriter>(request.filePath);
    writer->begin(columns());

    CustomerExportResult result;
    // Writes a chunk with its tags (one query per chunk, not per customer); false when cancelled.
    auto writeChunk = [&](const QList<Customer>& chunk) {
        QList<std::int64_t> ids;
        ids.reserve(chunk.size());
        for (const Customer& c : chunk)
            ids << c.id;
        const QHash<std::int64_t, QStringList> tags = repository.tagNames(ids);
        for (const Customer& c : chunk)
            writer->writeRow(cells(c, tags.value(c.id)));
        result.rows += static_cast<int>(chunk.size());
        return !progress || progress(result.rows, total);
    };

    bool goOn = !progress || progress(0, total);
    if (goOn && request.customerIds.isEmpty()) {
        QList<Customer> chunk;
        chunk.reserve(kChunk);
        repository.forEach(request.query, [&](const Customer& c) {
            chunk.append(c);
            if (chunk.size() < kChunk)
                return true;
            goOn = writeChunk(chunk);
            chunk.clear();
            return goOn;
        });
        if (goOn && !chunk.isEmpty())
            goOn = writeChunk(chunk);
    } else if (goOn) {
        for (qsizetype start = 0; goOn && start < request.customerIds.size(); start += kChunk)
            goOn = writeChunk(repository.findByIds(request.customerIds.mid(start, kChunk)));
    }
    if (!goOn) {
        writer->discard();
        return {0, true};
    }
    writer->commit();
    return result;
}

} // namespace clientele
