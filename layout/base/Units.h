#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace banmian::layout {

/// The engine's one length unit: 1/64 pt, as FreeType's 26.6 and HarfBuzz at size×64. Integer, so
/// results are exact and repeatable; conversion to mm, px or PDF units happens at the edges only.
using LayoutUnit = std::int32_t;

inline constexpr LayoutUnit kUnitsPerPoint = 64;
inline constexpr double kMillimetresPerPoint = 25.4 / 72.0;

constexpr LayoutUnit fromPoints(double pt) {
    return static_cast<LayoutUnit>(pt * kUnitsPerPoint + (pt >= 0 ? 0.5 : -0.5));
}
constexpr double toPoints(LayoutUnit u) {
    return static_cast<double>(u) / kUnitsPerPoint;
}
constexpr LayoutUnit fromMillimetres(double mm) {
    return fromPoints(mm / kMillimetresPerPoint);
}
constexpr double toMillimetres(LayoutUnit u) {
    return toPoints(u) * kMillimetresPerPoint;
}

/// `fraction` of an em at `size`, rounded to the nearest unit: emFraction(576, 1, 4) is ¼ em of 9
/// pt.
constexpr LayoutUnit emFraction(LayoutUnit size, int numerator, int denominator) {
    const std::int64_t scaled = static_cast<std::int64_t>(size) * numerator;
    return static_cast<LayoutUnit>((scaled + denominator / 2) / denominator);
}

/// Font units (of a face with `unitsPerEm`) at `size`, rounded to the nearest unit.
constexpr LayoutUnit fromFontUnits(std::int32_t fontUnits, LayoutUnit size, int unitsPerEm) {
    const std::int64_t scaled = static_cast<std::int64_t>(fontUnits) * size;
    const std::int64_t half = unitsPerEm / 2;
    return static_cast<LayoutUnit>(scaled >= 0 ? (scaled + half) / unitsPerEm
                                               : -((-scaled + half) / unitsPerEm));
}

/// Reads a length such as "117pt", "41.3mm" or "13em" (ems of `em`); nothing when it is not one.
std::optional<LayoutUnit> parseLength(std::string_view text, LayoutUnit em);

}  // namespace banmian::layout
