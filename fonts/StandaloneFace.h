#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace banmian::fonts {

/// One face of a font file, for a renderer that reads only the first face of a collection (Qt's
/// QRawFont loads face 0 of a .ttc). Nothing to copy when the face is the first, or draws its
/// glyphs from the same outline tables as the first (Noto CJK's five faces share one CFF: glyph
/// 1234 is the same shape in each); otherwise a copy of the file with the face's table directory
/// moved to the front, a font of its own.
struct StandaloneFace {
    bool fileAsItIs = true;
    std::string copy;  ///< when not fileAsItIs
};

/// Nothing when `file` is not a font file with a face `index`.
std::optional<StandaloneFace> standaloneFace(std::string_view file, int index);

}  // namespace banmian::fonts
