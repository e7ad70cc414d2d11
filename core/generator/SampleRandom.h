#pragma once

#include <cstdint>

namespace clientele {

// A small, fixed pseudo-random generator (xoshiro256** seeded through SplitMix64) with its own
// distributions. The standard library's distributions differ between implementations; these use
// only integer arithmetic and correctly rounded floating-point operations, so the same seed gives
// the same numbers on every platform and compiler.
class SampleRandom
{
public:
    explicit SampleRandom(std::uint64_t seed);
    // A generator for one item of a family (say customer 17 of "names"), independent of the order
    // in which items are generated.
    SampleRandom(std::uint64_t seed, std::uint64_t stream, std::uint64_t item);

    std::uint64_t next();
    // Uniform in [0, bound); bound > 0.
    std::uint64_t below(std::uint64_t bound);
    // Uniform in [low, high], inclusive.
    std::int64_t between(std::int64_t low, std::int64_t high);
    // True with the given chance in parts per thousand.
    bool chancePerMille(int perMille);
    // Uniform in (0, 1]: never zero, so it can divide.
    double unitOpen();

    static std::uint64_t mix(std::uint64_t value);

private:
    std::uint64_t m_state[4];
};

} // namespace clientele
