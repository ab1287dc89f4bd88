#pragma once

#include <optional>

#include "layout/compose/PageEdits.h"

namespace banmian::layout {

/// Which bottom corner of a block a notch is cut from: text turning (题文拐弯) under a photo or
/// another story standing in that corner.
enum class NotchSide { Left, Right };

/// A grid point: a column edge and a grid line.
struct GridPoint {
    int column = 0, line = 0;
    bool operator==(const GridPoint&) const = default;
};

/// Reshapes a block into an L: its bounding rectangle with the corner on `side` cut away from
/// grid line `line` down and from column edge `column` across, so that its area is [the top
/// rectangle across its whole width (the head's), the lower, narrower rectangle]. A notch taken
/// back to the block's edge (its left for Left, its right for Right) or to its foot makes it a
/// rectangle again. The top keeps two lines at least, and each part one column. Refused, naming
/// the block in the way, where the shape would overlap another block.
EditOutcome notchBlock(Page& page, std::size_t block, NotchSide side, int column, int line);

/// Where the notch handle of `side` stands: the inner corner of the block's notch on that side,
/// or, for a block with none, its bottom corner on that side (where a notch is cut from).
std::optional<GridPoint> notchHandle(const Page& page, std::size_t block, NotchSide side);

}  // namespace banmian::layout
