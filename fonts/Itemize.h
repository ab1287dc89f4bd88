#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "fonts/FontId.h"
#include "fonts/FontRole.h"

namespace banmian::fonts {

class FontRegistry;

/// A stretch of text set in one face.
struct FontRun {
    std::size_t begin = 0, end = 0;  ///< byte offsets into the text
    FontId font;
};

/// A character that no face of the chain has.
struct MissingCharacter {
    std::size_t offset = 0;  ///< byte offset into the text
    char32_t codePoint = 0;
};

/// Text split into runs by the face that sets each character, and what no face has.
struct Itemization {
    std::vector<FontRun> runs;
    std::vector<MissingCharacter> missing;
};

/// Font fallback: each character goes to the first face of `primary`'s fallback chain (see
/// FontRegistry::fallback) that has it; white space, combining marks, variation selectors and
/// joiners stay with the character before them. A character no face has stays in the run it
/// falls in (its .notdef shows where) and is reported.
/// With `latin`, Latin letters and digits go to that face first (a style that names a Latin face
/// for the Latin words inside Chinese text); without it they use `primary`'s own glyphs.
/// `region` picks the fallback chain's Noto faces (FontRegistry::fallback): TC or HK for
/// traditional text.
Itemization itemizeByCoverage(std::string_view utf8, FontId primary, FontRegistry& registry,
                              std::optional<FontId> latin = std::nullopt,
                              CjkRegion region = CjkRegion::SC);

}  // namespace banmian::fonts
