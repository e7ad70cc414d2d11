#pragma once

#include <QString>

#include <cstdint>
#include <functional>

namespace clientele {

class Database;

// What the customer undo commands need from the page: the database, a way to say the list changed
// (with the customer to select, 0 for none), and a way to report a step that failed.
struct CustomerCommandContext
{
    Database* db = nullptr;
    std::function<void(std::int64_t selectId)> changed;
    std::function<void(const QString& message)> failed;
};

} // namespace clientele
