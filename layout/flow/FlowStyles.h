#pragma once

#include "layout/text/Typesetter.h"

namespace banmian::layout {

/// A fitted headline's range of sizes: the largest that sets the headline on one line (or, if
/// none does, on two) is taken.
struct SizeRange {
    LayoutUnit min = 0, max = 0;
};

/// The paragraph styles the flow sets a page's elements in, resolved to faces.
struct FlowStyles {
    ParagraphStyle body, kicker, headline, leadHeadline, subtitle, byline, caption;
    ParagraphStyle sidebarHeadline, sidebarBody, mastheadTitle, mastheadInfo, folio;
    SizeRange headlineSizes, leadHeadlineSizes;
};

}  // namespace banmian::layout
