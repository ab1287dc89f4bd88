#include "layout/pdf/CffCharset.h"

namespace banmian::layout {
namespace {

// A bounds-checked reader over the CFF bytes (CFF spec, Adobe TN #5176).
struct Reader {
    std::string_view data;
    bool ok = true;

    unsigned byte(std::size_t at) {
        if (at >= data.size()) {
            ok = false;
            return 0;
        }
        return static_cast<unsigned char>(data[at]);
    }
    unsigned card16(std::size_t at) { return byte(at) << 8 | byte(at + 1); }
    unsigned offset(std::size_t at, unsigned size) {
        unsigned value = 0;
        for (unsigned i = 0; i < size; ++i) value = value << 8 | byte(at + i);
        return value;
    }
    // An INDEX at `at`: its items' [start, end) and where it ends.
    std::vector<std::pair<std::size_t, std::size_t>> index(std::size_t at, std::size_t& end) {
        std::vector<std::pair<std::size_t, std::size_t>> items;
        const unsigned count = card16(at);
        if (count == 0) {
            end = at + 2;
            return items;
        }
        const unsigned size = byte(at + 2);
        if (size < 1 || size > 4) {
            ok = false;
            return items;
        }
        const std::size_t base = at + 3 + (count + 1) * size - 1;
        for (unsigned i = 0; i < count && ok; ++i) {
            items.push_back({base + offset(at + 3 + i * size, size),
                             base + offset(at + 3 + (i + 1) * size, size)});
        }
        end = base + offset(at + 3 + count * size, size);
        return items;
    }
};

}  // namespace

std::optional<CffCharset> readCffCharset(std::string_view cff) {
    Reader r{cff};
    std::size_t at = r.byte(2);  // header size
    r.index(at, at);             // Name INDEX
    const auto topDicts = r.index(at, at);
    if (!r.ok || topDicts.empty()) return std::nullopt;
    r.index(at, at);  // String INDEX

    // The Top DICT: the charset's offset (operator 15), CharStrings (17), ROS (12 30).
    CffCharset result;
    long charsetOffset = 0, charStrings = 0;
    std::vector<long> operands;
    for (std::size_t p = topDicts[0].first; p < topDicts[0].second && r.ok;) {
        const unsigned b0 = r.byte(p);
        if (b0 <= 21) {
            unsigned op = b0;
            ++p;
            if (b0 == 12) op = 1200 + r.byte(p++);
            if (op == 15 && !operands.empty()) charsetOffset = operands.back();
            if (op == 17 && !operands.empty()) charStrings = operands.back();
            if (op == 1230) result.cidKeyed = true;
            operands.clear();
        } else if (b0 == 28) {
            operands.push_back(static_cast<std::int16_t>(r.card16(p + 1)));
            p += 3;
        } else if (b0 == 29) {
            operands.push_back(static_cast<std::int32_t>(r.offset(p + 1, 4)));
            p += 5;
        } else if (b0 == 30) {  // a real number: skip its nibbles
            ++p;
            while (r.ok && (r.byte(p) & 0x0F) != 0x0F && (r.byte(p) >> 4) != 0x0F) ++p;
            ++p;
            operands.push_back(0);
        } else if (b0 >= 32 && b0 <= 246) {
            operands.push_back(static_cast<long>(b0) - 139);
            ++p;
        } else if (b0 >= 247 && b0 <= 250) {
            operands.push_back((static_cast<long>(b0) - 247) * 256 + r.byte(p + 1) + 108);
            p += 2;
        } else if (b0 >= 251 && b0 <= 254) {
            operands.push_back(-(static_cast<long>(b0) - 251) * 256 -
                               static_cast<long>(r.byte(p + 1)) - 108);
            p += 2;
        } else {
            return std::nullopt;
        }
    }
    if (!r.ok || charStrings <= 0) return std::nullopt;
    std::size_t end = 0;
    const std::size_t glyphs = r.index(static_cast<std::size_t>(charStrings), end).size();
    if (!r.ok || glyphs == 0) return std::nullopt;

    result.cidOfGlyph.assign(glyphs, 0);
    if (charsetOffset <= 2) {  // the predefined charsets (ISOAdobe …): glyph id = SID order
        for (std::size_t g = 0; g < glyphs; ++g)
            result.cidOfGlyph[g] = static_cast<std::uint16_t>(g);
        return result;
    }
    std::size_t p = static_cast<std::size_t>(charsetOffset);
    const unsigned format = r.byte(p++);
    std::size_t g = 1;  // glyph 0 is .notdef, CID 0
    if (format == 0) {
        for (; g < glyphs && r.ok; ++g, p += 2)
            result.cidOfGlyph[g] = static_cast<std::uint16_t>(r.card16(p));
    } else if (format == 1 || format == 2) {
        while (g < glyphs && r.ok) {
            const unsigned first = r.card16(p);
            const unsigned left = format == 1 ? r.byte(p + 2) : r.card16(p + 2);
            p += format == 1 ? 3 : 4;
            for (unsigned i = 0; i <= left && g < glyphs; ++i, ++g) {
                result.cidOfGlyph[g] = static_cast<std::uint16_t>(first + i);
            }
        }
    } else {
        return std::nullopt;
    }
    if (!r.ok) return std::nullopt;
    return result;
}

}  // namespace banmian::layout
