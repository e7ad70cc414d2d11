#include "generator/SampleRandom.h"

namespace clientele {

namespace {

constexpr std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

std::uint64_t SampleRandom::mix(std::uint64_t value)
{
    // SplitMix64's finaliser.
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

SampleRandom::SampleRandom(std::uint64_t seed)
{
    std::uint64_t s = seed;
    for (std::uint64_t& word : m_state) {
        s += 0x9E3779B97F4A7C15ULL;
        word = mix(s);
    }
}

SampleRandom::SampleRandom(std::uint64_t seed, std::uint64_t stream, std::uint64_t item)
    : SampleRandom(mix(mix(seed ^ mix(stream)) + item))
{
}

std::uint64_t SampleRandom::next()
{
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

std::uint64_t SampleRandom::below(std::uint64_t bound)
{
    // Rejects the few values above the largest multiple of bound, so the modulo has no bias.
    const std::uint64_t threshold = (0 - bound) % bound;
    for (;;) {
        const std::uint64_t r = next();
        if (r >= threshold)
            return r % bound;
    }
}

std::int64_t SampleRandom::between(std::int64_t low, std::int64_t high)
{
    return low + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(high - low) + 1));
}

bool SampleRandom::chancePerMille(int perMille)
{
    return below(1000) < static_cast<std::uint64_t>(perMille);
}

double SampleRandom::unitOpen()
{
    // 53 random bits, plus one so zero never comes out; exact in a double.
    return static_cast<double>((next() >> 11) + 1) * 0x1.0p-53;
}

} // namespace clientele
