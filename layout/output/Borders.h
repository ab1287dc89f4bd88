#pragma once

#include "layout/model/Block.h"
#include "layout/output/PageLayout.h"

namespace banmian::layout {

/// How far in from a frame's edge a border's art reaches: the text inside keeps clear of it.
LayoutUnit borderDepth(BorderKind kind);

/// Draws the border (花边) `kind` around `frame` in `colour` as the page's vector primitives —
/// boxes, rules, dots and small filled figures — so that the screen, the printer and the PDF draw
/// it the same without knowing one border from another. The art lies inside the frame, within
/// borderDepth(); repeated ornaments are spaced so that each side holds a whole number of them
/// and the corners match.
void addBorder(const Rect& frame, BorderKind kind, const Colour& colour, PageLayout& out);

}  // namespace banmian::layout
