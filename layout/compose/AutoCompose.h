#pragma once

#include <vector>

#include "layout/flow/FlowStyles.h"
#include "layout/model/Block.h"
#include "layout/model/Story.h"

namespace banmian::layout {

/// Composes a front page from the day's stories, the way a desk starts one: the masthead across
/// the top; the first article as the lead, widest, with the largest headline; every other article
/// in as many columns as its length asks, each where the columns are emptiest; every sidebar boxed
/// right below its story; then each column's last block grown to the page's foot, with a photo
/// frame in the space when there is room for one. Every block is sized to its text, so nothing is
/// overset. Deterministic: the same stories give the same page.
Page autoCompose(const std::vector<Story>& stories, const PageGrid& grid, const Masthead& masthead,
                 const FlowStyles& styles, Typesetter& typesetter);

}  // namespace banmian::layout
