#pragma once

namespace banmian::layout::faultCost {

// What the faults that fail a page cost, in the currency of one empty grid cell: one set for the
// plan, which foresees them (PagePlan), and for the page's score, which measures them
// (AutoCompose's scoreOf), so that the two rank a page alike. What a page cannot go to press
// with costs more than a photo left out, which the designer may place or let go: a line of text
// lost (overset) most, then heads side by side (撞题), then a hole.

inline constexpr double kOversetLine = 500;    // each line of text lost
inline constexpr double kHeadCollision = 450;  // each pair of heads side by side
// A block whose columns end more than a line short, and each line deep it is.
inline constexpr double kHole = 400;
inline constexpr double kHoleLine = 30;
inline constexpr double kPhotoLeftOut = 400;  // each photo the page has no room for
inline constexpr double kPlaceholder = 25;    // an empty frame kept for a photo to come

}  // namespace banmian::layout::faultCost
