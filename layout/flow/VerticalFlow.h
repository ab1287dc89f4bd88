#pragma once

#include <vector>

#include "layout/model/PageGrid.h"

namespace banmian::layout {

/// Where one vertical line (竖排) of a block's body stands: its top, its centre across, and how
/// long it may be.
struct VerticalSlot {
    LayoutUnit top = 0, axis = 0, length = 0;
};

/// The tiers (段) a vertical body is set in, in one of its rectangles: one below another, each as
/// wide as the rectangle, none longer than `longest`, an em apart — as papers set vertical text,
/// so that a line stays short enough to read.
std::vector<Rect> verticalTiers(const Rect& area, LayoutUnit em, LayoutUnit longest);

/// The line places of `tiers`, in reading order: tier by tier from the top, lines from the
/// right, a line every `leading` across, as many as the tier's width holds. A line that meets
/// one of `obstacles` (photos, captions) keeps the longest stretch of its tier clear of them, an
/// em away, or is left out when none is two characters long.
std::vector<VerticalSlot> verticalSlots(const std::vector<Rect>& tiers, LayoutUnit em,
                                        LayoutUnit leading,
                                        const std::vector<Rect>& obstacles = {});

}  // namespace banmian::layout
