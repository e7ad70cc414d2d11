#pragma once

#include "generator/SampleDatabaseWriter.h"

#include <cstdint>

namespace clientele {

// Counts rows and calls the progress callback every kEvery rows and once at the end.
class SampleProgressCounter
{
public:
    static constexpr std::int64_t kEvery = 10000;

    SampleProgressCounter(const SampleProgress& progress, std::int64_t total)
        : m_progress(progress)
        , m_total(total)
    {
    }

    // One more row; false when the callback asked to cancel.
    bool step()
    {
        ++m_done;
        return m_done % kEvery != 0 || !m_progress || m_progress(m_done, m_total);
    }

    bool finish() { return !m_progress || m_progress(m_total, m_total); }

private:
    const SampleProgress& m_progress;
    std::int64_t m_total;
    std::int64_t m_done = 0;
};

} // namespace clientele
