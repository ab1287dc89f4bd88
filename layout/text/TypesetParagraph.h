#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fonts/FontId.h"
#include "layout/base/Diagnostic.h"
#include "layout/base/Units.h"
#include "layout/text/Orientation.h"

namespace banmian::layout {

/// Glyphs of one face at one size and orientation, placed on a line: what every renderer draws.
/// Each glyph keeps the text it came from, for hit testing, selections and proof marks.
///
/// On a horizontal line `x` runs from the column's left edge and `rise` up from the baseline. On
/// a vertical line `x` runs down from the column's top and `rise` to the right of the line's
/// centre, and `cell` says where each glyph's character box starts down the line.
struct GlyphRun {
    fonts::FontId font;
    LayoutUnit size = 0;
    std::vector<std::uint32_t> glyphs;
    std::vector<LayoutUnit> x;     ///< the glyph's drawing origin along the line
    std::vector<LayoutUnit> rise;  ///< … and across it
    std::vector<std::uint32_t> textBegin,
            textEnd;  ///< per glyph: its cluster's bytes in the paragraph
    GlyphOrientation orientation = GlyphOrientation::Horizontal;
    std::vector<LayoutUnit> cell;  ///< vertical lines only: where its character box starts
};

/// A composed line, positioned in its column.
struct TypesetLine {
    std::size_t textBegin = 0, textEnd = 0;  ///< bytes of the paragraph it shows
    LayoutUnit left = 0;      ///< where its first character's box starts (the indent)
    LayoutUnit width = 0;     ///< the width it was given, after the indent
    LayoutUnit setWidth = 0;  ///< the width its characters take: `width` for a justified line
    LayoutUnit natural = 0;  ///< their width before push-in or push-out: setWidth − natural is the
                             ///< space added (> 0) or squeezed out (< 0)
    /// From the paragraph's top, downwards, on the line grid; for a vertical line, its centre
    /// from the paragraph's right edge, leftwards.
    LayoutUnit baseline = 0;
    bool last = false;
    bool overfull = false;
    bool hyphenated = false;  ///< ends inside a Latin word; its last run ends with the hyphen
    std::vector<GlyphRun> runs;
};

/// A paragraph typeset: its lines and what went wrong.
struct TypesetParagraph {
    std::vector<TypesetLine> lines;
    bool vertical = false;  ///< set in vertical lines (竖排), from right to left
    LayoutUnit height = 0;  ///< lines × leading: for vertical lines, the width they take
    /// What a person should know: a character no font has ("missing-glyph", an error: it would
    /// print as a box), a line wider than its column ("overfull-line"), a column too narrow for
    /// the rules ("narrow-column"), bytes that are not UTF-8 ("bad-text"); each with its byte
    /// offset in the paragraph (place.offset), the rest of the place left to the flow.
    std::vector<Diagnostic> diagnostics;
};

}  // namespace banmian::layout
