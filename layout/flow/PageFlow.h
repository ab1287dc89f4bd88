#pragma once

#include "layout/flow/FlowStyles.h"
#include "layout/model/Block.h"
#include "layout/model/Story.h"
#include "layout/output/PageLayout.h"

namespace banmian::layout {

/// Composes a whole page: every block flowed (BlockFlow), a thin rule in the blank grid line above
/// each story that has another above it, each block's copyfit. The one output every renderer reads.
PageLayout layoutPage(const Page& page, const std::vector<Story>& stories, const FlowStyles& styles,
                      Typesetter& typesetter);

/// The slug line: `text` set in `style` below the trim, outside the bleed, where the plant reads
/// which page and which export it holds.
std::vector<PageRun> slugLine(const PageGrid& grid, const std::string& text,
                              const ParagraphStyle& style, Typesetter& typesetter);

}  // namespace banmian::layout
