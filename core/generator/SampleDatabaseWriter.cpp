#include "generator/SampleDatabaseWriter.h"

#include "generator/SampleGenerator.h"
#include "generator/SampleProgressCounter.h"
#include "storage/BulkWriter.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

#include <vector>

namespace clientele {

bool writeSampleDatabase(const QSqlDatabase& db,
                         const SqlDialect& dialect,
                         const SampleSpec& spec,
                         const SampleProgress& progress,
                         SampleSummary* summary)
{
    if (spec.customers < 0 || spec.orderLines < 0)
        throw StorageError(
            StorageError::Kind::Validation,
            QCoreApplication::translate("clientele::SampleGenerator",
                                        "The numbers of customers and order lines cannot be negative."));
    SampleGenerator generator(spec);
    SampleProgressCounter counter(progress, spec.customers + spec.orderLines +
                                                (spec.withActivity ? spec.customers : 0));
    SampleSummary written;

    // The writer outlives the transaction, so the ROLLBACK of a cancel runs before the cache is restored.
    BulkWriter writer(db, dialect);
    WriteTransaction transaction(db, dialect);

    std::vector<std::int64_t> ids(static_cast<std::size_t>(spec.customers));
    for (std::int64_t i = 0; i < spec.customers; ++i) {
        ids[static_cast<std::size_t>(i)] = writer.insertCustomer(generator.customer(i));
        if (!counter.step())
            return false; // the transaction rolls back
    }
    written.customers = spec.customers;

    SampleOrderLine row;
    while (generator.nextOrderLine(row)) {
        row.line.customerId = row.customerIndex >= 0 ? ids[static_cast<std::size_t>(row.customerIndex)] : 0;
        writer.insertOrderLine(row.line);
        ++written.orderLines;
        if (row.line.status == OrderStatus::Cancelled)
            ++written.cancelledLines;
        if (row.customerIndex < 0)
            ++written.linesWithoutCustomer;
        if (!counter.step())
            return false;
    }
    written.orders = generator.ordersStarted();

    if (spec.withActivity) {
        std::vector<std::int64_t> tagIds;
        for (const Tag& tag : SampleGenerator::tags())
            tagIds.push_back(writer.ensureTag(tag.name, tag.kind));
        for (std::int64_t i = 0; i < spec.customers; ++i) {
            const std::int64_t customerId = ids[static_cast<std::size_t>(i)];
            SampleActivity activity = generator.activity(i);
            for (Interaction& interaction : activity.interactions) {
                interaction.customerId = customerId;
                writer.insertInteraction(interaction);
            }
            for (SurveyResponse& response : activity.surveys) {
                response.customerId = customerId;
                writer.insertSurveyResponse(response);
            }
            for (int tag : activity.tags)
                writer.assignTag(customerId, tagIds[static_cast<std::size_t>(tag)]);
            written.interactions += activity.interactions.size();
            written.surveys += activity.surveys.size();
            written.tagAssignments += activity.tags.size();
            if (!counter.step())
                return false;
        }
    }

    if (!counter.finish())
        return false;
    transaction.commit();
    if (summary)
        *summary = written;
    return true;
}

} // namespace clientele
