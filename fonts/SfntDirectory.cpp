#include "fonts/SfntDirectory.h"

#include <array>

namespace banmian::fonts {

namespace {

// Big-endian reads at an absolute offset (OpenType spec, "Data types"); nullopt past the end.
std::optional<std::uint32_t> readU32(std::istream& in, std::uint64_t offset) {
    std::array<unsigned char, 4> b{};
    in.clear();
    in.seekg(static_cast<std::streamoff>(offset));
    if (!in.read(reinterpret_cast<char*>(b.data()), b.size())) return std::nullopt;
    return (std::uint32_t{b[0]} << 24) | (std::uint32_t{b[1]} << 16) | (std::uint32_t{b[2]} << 8) |
           std::uint32_t{b[3]};
}

std::optional<std::uint16_t> readU16(std::istream& in, std::uint64_t offset) {
    std::array<unsigned char, 2> b{};
    in.clear();
    in.seekg(static_cast<std::streamoff>(offset));
    if (!in.read(reinterpret_cast<char*>(b.data()), b.size())) return std::nullopt;
    return static_cast<std::uint16_t>((b[0] << 8) | b[1]);
}

std::string tagName(std::uint32_t tag) {
    std::string name;
    for (int shift = 24; shift >= 0; shift -= 8) name += static_cast<char>((tag >> shift) & 0xFF);
    return name;
}

}  // namespace

std::optional<std::string> findTruncation(std::istream& file, std::uint64_t fileSize,
                                          int faceIndex) {
    constexpr std::uint32_t kTtcTag = 0x74746366;  // 'ttcf'
    const std::string cutShort = "the file ends inside its table directory";

    // OpenType spec, "Font Collections": the TTC header lists each face's table directory.
    std::uint64_t sfntOffset = 0;
    std::optional<std::uint32_t> first = readU32(file, 0);
    if (!first) return cutShort;
    if (*first == kTtcTag) {
        std::optional<std::uint32_t> offset = readU32(file, 12 + 4 * std::uint64_t(faceIndex));
        if (!offset) return cutShort;
        sfntOffset = *offset;
    }

    // OpenType spec, "Table Directory": numTables at +4, 16-byte records from +12 holding tag,
    // checksum, offset and length.
    std::optional<std::uint16_t> numTables = readU16(file, sfntOffset + 4);
    if (!numTables) return cutShort;
    for (std::uint16_t i = 0; i < *numTables; ++i) {
        std::uint64_t record = sfntOffset + 12 + 16 * std::uint64_t{i};
        std::optional<std::uint32_t> tag = readU32(file, record);
        std::optional<std::uint32_t> offset = readU32(file, record + 8);
        std::optional<std::uint32_t> length = readU32(file, record + 12);
        if (!tag || !offset || !length) return cutShort;
        if (std::uint64_t{*offset} + *length > fileSize) {
            return "table '" + tagName(*tag) + "' runs past the end of the file (truncated copy?)";
        }
    }
    return std::nullopt;
}

}  // namespace banmian::fonts
