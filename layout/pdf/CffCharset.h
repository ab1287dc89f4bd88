#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace banmian::layout {

/// What a PDF needs to know of a CFF font program: whether it is CID-keyed, and for each glyph
/// its CID (for a CID-keyed font, the code a content stream uses with Identity-H; hb-subset
/// renumbers glyphs but keeps their CIDs in the charset).
struct CffCharset {
    bool cidKeyed = false;
    std::vector<std::uint16_t> cidOfGlyph;  ///< index: glyph id
};

/// Reads the charset of the CFF table `cff`; nothing when it is damaged.
std::optional<CffCharset> readCffCharset(std::string_view cff);

}  // namespace banmian::layout
