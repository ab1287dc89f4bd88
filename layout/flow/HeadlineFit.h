#pragma once

#include <string>

#include "layout/flow/FlowStyles.h"
#include "layout/text/Typesetter.h"

namespace banmian::layout {

/// The largest size in `range` that sets `text` on one line of `width`, else on two lines that
/// break no worse than at the smallest size, else the smallest (clreq §2.3.3: a headline is
/// sized to its columns): `style` at that size, its leading 1.2 times it.
ParagraphStyle fitHeadline(const std::string& text, ParagraphStyle style, SizeRange range,
                           LayoutUnit width, Typesetter& typesetter);

}  // namespace banmian::layout
