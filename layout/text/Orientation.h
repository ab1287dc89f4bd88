#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace banmian::layout {

/// How glyphs stand on their line. A horizontal line has only Horizontal glyphs; a vertical line
/// (竖排) sets most characters Upright and turns the rest, as UTR #50 and clreq §3.3 say.
enum class GlyphOrientation : std::uint8_t {
    Horizontal,  ///< on a horizontal line
    Upright,     ///< in a vertical line, shaped top to bottom with the face's vertical forms
    Sideways,    ///< in a vertical line, turned 90° clockwise: Latin words, longer numbers
    Across,      ///< in a vertical line, one or two digits upright across it (纵中横)
};

/// True for the orientations of a vertical line.
inline bool inVerticalLine(GlyphOrientation o) {
    return o != GlyphOrientation::Horizontal;
}

/// A stretch of a paragraph set in one orientation in a vertical line.
struct OrientationRun {
    std::size_t begin = 0, end = 0;  ///< byte offsets
    GlyphOrientation orientation = GlyphOrientation::Upright;
};

/// Splits text set vertically into runs by how its characters stand (UTR #50's
/// Vertical_Orientation, as Chinese practice applies it): Han, kana, CJK and full-width marks
/// upright; Latin letters, digits, their punctuation and spaces turned; a number of one or two
/// digits standing alone set across the line (clreq §3.3.3, 纵中横).
std::vector<OrientationRun> orientationRuns(std::string_view utf8);

/// The text as a vertical line shows it: the marks that a face has no vertical form of replaced
/// by their vertical presentation forms (— becomes ︱, GB/T 15834 §4.9 for vertical text), each
/// by one of the same UTF-8 length, so that every byte offset still names the same character.
std::string verticalForms(std::string_view utf8);

}  // namespace banmian::layout
