#include "import/OrderLineNumbering.h"

#include <QHashFunctions>

#include <stdexcept>

namespace clientele {

namespace {

constexpr std::size_t kFirstSize = 1024;

} // namespace

QStringView OrderLineNumbering::codeAt(std::uint32_t offset) const
{
    const char16_t* at = m_codes.data() + offset;
    const qsizetype length = (qsizetype(at[0]) << 16) | qsizetype(at[1]);
    return QStringView(at + 2, length);
}

std::size_t OrderLineNumbering::find(QStringView code, std::size_t hash) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot& slot = m_slots[i];
        if (slot.offset == kEmpty || codeAt(slot.offset) == code)
            return i;
    }
}

void OrderLineNumbering::grow()
{
    std::vector<Slot> old(m_slots.empty() ? kFirstSize : m_slots.size() * 2);
    old.swap(m_slots);
    for (const Slot& slot : old) {
        if (slot.offset == kEmpty)
            continue;
        const QStringView code = codeAt(slot.offset);
        m_slots[find(code, qHash(code))] = slot;
    }
    m_last = kNoSlot;
}

int OrderLineNumbering::next(QStringView orderCode)
{
    if (m_last != kNoSlot && codeAt(m_slots[m_last].offset) == orderCode)
        return static_cast<int>(++m_slots[m_last].lines);
    // At most half full, so that probe runs stay short.
    if ((m_used + 1) * 2 > m_slots.size())
        grow();
    const std::size_t at = find(orderCode, qHash(orderCode));
    Slot& slot = m_slots[at];
    if (slot.offset == kEmpty) {
        const std::size_t offset = m_codes.size();
        if (offset + 2 + static_cast<std::size_t>(orderCode.size()) >= kEmpty)
            throw std::length_error("too many order codes to number");
        const auto length = static_cast<std::uint32_t>(orderCode.size());
        m_codes.push_back(static_cast<char16_t>(length >> 16));
        m_codes.push_back(static_cast<char16_t>(length & 0xffffU));
        m_codes.insert(m_codes.end(), orderCode.utf16(), orderCode.utf16() + orderCode.size());
        slot.offset = static_cast<std::uint32_t>(offset);
        ++m_used;
    }
    m_last = at;
    return static_cast<int>(++slot.lines);
}

void OrderLineNumbering::clear()
{
    std::vector<Slot>().swap(m_slots);
    std::vector<char16_t>().swap(m_codes);
    m_used = 0;
    m_last = kNoSlot;
}

} // namespace clientele
