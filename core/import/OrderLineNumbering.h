#pragma once

#include <QStringView>

#include <cstdint>
#include <vector>

namespace clientele {

// Numbers the lines of each order 1, 2, 3… in the order a file lists them, for files without a
// line-number column (the number is half of an order line's duplicate key). Kept for every order of
// the file, since an order's lines need not be next to each other: at four million lines a QHash of
// QString keys cost about 90 MB, so the codes are packed into one buffer and the table holds 8 bytes
// per slot.
class OrderLineNumbering
{
public:
    // The next line number of this order: 1 the first time its code is seen.
    int next(QStringView orderCode);
    void clear();

    std::size_t orders() const { return m_used; }

private:
    struct Slot
    {
        std::uint32_t offset = kEmpty; // of the code's length in m_codes
        std::uint32_t lines = 0;
    };
    static constexpr std::uint32_t kEmpty = 0xffffffffU;
    static constexpr std::size_t kNoSlot = static_cast<std::size_t>(-1);

    QStringView codeAt(std::uint32_t offset) const;
    std::size_t find(QStringView code, std::size_t hash) const; // the slot holding it, or an empty one
    void grow();

    std::vector<Slot> m_slots;     // open addressing, linear probing, a power of two in size
    std::vector<char16_t> m_codes; // each code as its length (two units) followed by its UTF-16
    std::size_t m_used = 0;
    std::size_t m_last = kNoSlot; // the previous line's slot: an order's lines usually follow each other
};

} // namespace clientele
