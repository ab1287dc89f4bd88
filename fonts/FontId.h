#pragma once

#include <cstdint>
#include <functional>

namespace banmian::fonts {

/// A loaded face, by number: the only font handle that layout and app code hold. Cheap to copy,
/// compare and hash; FontRegistry::face() turns it into the face.
struct FontId {
    std::uint32_t value = 0;

    bool operator==(const FontId&) const = default;
};

}  // namespace banmian::fonts

template <>
struct std::hash<banmian::fonts::FontId> {
    std::size_t operator()(banmian::fonts::FontId id) const noexcept { return id.value; }
};
