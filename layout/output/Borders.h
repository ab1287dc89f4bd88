#pragma once

#include <vector>

#include "layout/model/Block.h"
#include "layout/output/PageLayout.h"

namespace banmian::layout {

/// How far in from a frame's edge a border's art reaches: the text inside keeps clear of it.
LayoutUnit borderDepth(BorderKind kind);

/// The outline of a union of rectangles (a block's area: one rectangle, or an L): its corners in
/// order, clockwise on the page, one loop for each piece that does not touch the others. Sides
/// the rectangles share are inside and not on it; corners where the outline only runs straight on
/// are left out.
std::vector<std::vector<PagePoint>> outlineOf(const std::vector<Rect>& rects);

/// Draws the border (花边) `kind` along the outline of `area` in `colour` as the page's vector
/// primitives — rules, dots and small filled figures — so that the screen, the printer and the
/// PDF draw it the same without knowing one border from another; an L-shaped block gets one frame
/// round its whole shape, mitred at every corner, the inner one too. The art lies inside the
/// area, within borderDepth(); repeated ornaments are spaced so that each side holds a whole number
/// of them and the corners match.
void addBorder(const std::vector<Rect>& area, BorderKind kind, const Colour& colour,
               PageLayout& out);

}  // namespace banmian::layout
