#pragma once

#include <vector>

#include "layout/base/Diagnostic.h"
#include "layout/import/StorySegments.h"

namespace banmian::layout {

/// Marks each short titled piece without a credit line that explains a term of the story beside it
/// (its title, such as 国际禁毒日, occurs in that story), or that carries a sidebar label
/// (相关链接, 名词解释 …), as a sidebar tied to that story.
void findSidebars(std::vector<StorySegment>& segments, std::vector<Diagnostic>& repairs);

}  // namespace banmian::layout
