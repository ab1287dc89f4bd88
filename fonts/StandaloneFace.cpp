#include "fonts/StandaloneFace.h"

#include <cstdint>
#include <cstring>

namespace banmian::fonts {
namespace {

std::uint32_t u32(std::string_view b, std::size_t at) {
    if (at + 4 > b.size()) return 0;
    const auto* p = reinterpret_cast<const unsigned char*>(b.data() + at);
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           p[3];
}

std::uint16_t u16(std::string_view b, std::size_t at) {
    if (at + 2 > b.size()) return 0;
    const auto* p = reinterpret_cast<const unsigned char*>(b.data() + at);
    return static_cast<std::uint16_t>((p[0] << 8) | p[1]);
}

constexpr std::uint32_t tag(const char (&t)[5]) {
    return (std::uint32_t(static_cast<unsigned char>(t[0])) << 24) |
           (std::uint32_t(static_cast<unsigned char>(t[1])) << 16) |
           (std::uint32_t(static_cast<unsigned char>(t[2])) << 8) |
           std::uint32_t(static_cast<unsigned char>(t[3]));
}

// Where a table lies, by the table directory at `directory` (the file's offsets are absolute in a
// collection too); 0 when the face has no such table.
std::uint32_t tableOffset(std::string_view file, std::size_t directory, std::uint32_t wanted) {
    const std::uint16_t count = u16(file, directory + 4);
    for (std::uint16_t i = 0; i < count; ++i) {
        const std::size_t record = directory + 12 + 16u * i;
        if (u32(file, record) == wanted) return u32(file, record + 8);
    }
    return 0;
}

}  // namespace

std::optional<StandaloneFace> standaloneFace(std::string_view file, int index) {
    if (file.size() < 12 || index < 0) return std::nullopt;
    if (u32(file, 0) != tag("ttcf")) {
        if (index != 0) return std::nullopt;
        return StandaloneFace{};  // a single font
    }
    const std::uint32_t faces = u32(file, 8);
    if (static_cast<std::uint32_t>(index) >= faces || 12 + 4ull * faces > file.size())
        return std::nullopt;
    const std::size_t first = u32(file, 12);
    const std::size_t mine = u32(file, 12 + 4u * static_cast<std::uint32_t>(index));
    if (index == 0) return StandaloneFace{};

    bool shared = true;
    for (std::uint32_t outline : {tag("CFF "), tag("CFF2"), tag("glyf"), tag("loca")})
        shared = shared && tableOffset(file, first, outline) == tableOffset(file, mine, outline);
    if (shared && (tableOffset(file, mine, tag("CFF ")) || tableOffset(file, mine, tag("glyf"))))
        return StandaloneFace{};

    // A font of its own: the face's directory where a font's directory stands, at the start.
    const std::size_t directorySize = 12 + 16u * u16(file, mine + 4);
    if (mine + directorySize > file.size()) return std::nullopt;
    for (std::uint16_t i = 0; i < u16(file, mine + 4); ++i) {  // no table under the new directory
        if (u32(file, mine + 12 + 16u * i + 8) < directorySize) return std::nullopt;
    }
    StandaloneFace standalone{false, std::string(file)};
    std::memcpy(standalone.copy.data(), file.data() + mine, directorySize);
    return standalone;
}

}  // namespace banmian::fonts
