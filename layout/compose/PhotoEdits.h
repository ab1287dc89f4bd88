#pragma once

#include <optional>

#include "layout/compose/PageEdits.h"

namespace banmian::layout {

/// A corner of a photo frame, where the designer takes it to resize it.
enum class Corner { TopLeft, TopRight, BottomLeft, BottomRight };

/// The corner of block `block`'s photo `photo` within `reach` of a page point, if one is.
std::optional<Corner> photoCornerAt(const Page& page, std::size_t block, std::size_t photo,
                                    LayoutUnit x, LayoutUnit y, LayoutUnit reach);

/// Resizes a photo frame by its corner `corner`, taken to the column edge `column` and the grid
/// line `line` (both edges: a column's left is its number, a right edge the number of the column
/// after it), the opposite corner staying; at least one column and two lines, inside the type
/// area. Refused, as a move is, when it would cover another block, or another photo or caption;
/// over its own block's text it may stand, which flows around it. A caption moved away from the
/// photo stays where it is; one in the photo's lines goes with them.
EditOutcome resizePhoto(Page& page, std::size_t block, std::size_t photo, Corner corner, int column,
                        int line);

}  // namespace banmian::layout
