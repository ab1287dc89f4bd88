#pragma once

#include "layout/flow/FlowStyles.h"
#include "layout/model/Block.h"
#include "layout/model/Story.h"
#include "layout/output/PageLayout.h"

namespace banmian::layout {

/// Sets block `index` of `page` into `out`: a story's head (kicker, fitted headline, subtitle)
/// across its head columns, its credit lines, then its body poured column by column, rectangle
/// by rectangle, around its photos, every body baseline on the page's line grid; and records the
/// block's copyfit — lines and characters that did not fit, grid lines left empty at its foot.
void flowBlock(const Page& page, std::size_t index, const std::vector<Story>& stories,
               const FlowStyles& styles, Typesetter& typesetter, PageLayout& out);

}  // namespace banmian::layout
