#pragma once

#include <QString>

#include <cstdint>
#include <functional>

namespace clientele {

class CustomerEditQueue;
class Database;
struct CustomerRecord;

// What the customer undo commands need from the page: the database, a way to say the list changed
// (with the customer to select, 0 for none), and a way to report a step that failed.
struct CustomerCommandContext
{
    Database* db = nullptr;
    // Where bulk writes run (QueuedCustomerCommand); commands that write on the UI thread leave it.
    CustomerEditQueue* edits = nullptr;
    std::function<void(std::int64_t selectId)> changed;
    std::function<void(const QString& message)> failed;

    // Takes the customer and everything hanging on it out of the database into `record` (unchanged if
    // the customer is gone), or puts a taken record back; each in its own write transaction. A failure
    // is reported through `failed` and returns false, so the command can mark itself obsolete.
    bool take(CustomerRecord& record) const;
    bool restore(const CustomerRecord& record) const;
};

} // namespace clientele
