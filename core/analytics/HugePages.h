#pragma once

#include <cstddef>
#include <vector>

namespace clientele {

// Asks the kernel to back a large block with 2 MiB pages (Linux; elsewhere a no-op). The engine fills
// arrays of tens of megabytes once per recompute: with 4 KiB pages each one costs thousands of page
// faults, and on virtual machines a fault costs microseconds.
void adviseHugePages(const void* data, std::size_t bytes);

// Reserves room for `count` elements and advises huge pages for it, before anything is written.
template <typename T>
void reserveWithHugePages(std::vector<T>& values, std::size_t count)
{
    values.reserve(count);
    adviseHugePages(values.data(), values.capacity() * sizeof(T));
}

} // namespace clientele
