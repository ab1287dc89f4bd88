#pragma once

#include <vector>

#include "layout/base/Diagnostic.h"
#include "layout/import/StorySegments.h"

namespace banmian::layout {

/// Gives a headline and credit line that came after their story's body back to that body. The body
/// is text that had no headline: either a segment of its own, or paragraphs that ran on, unseen,
/// at the end of the story before — there the split is put where the paragraphs stop speaking of
/// that story's headline and start speaking of this one (and a dateline such as 6月26日，opens a
/// story). Sidebar boxes in between are stepped over.
void reattachOrphanHeadlines(std::vector<StorySegment>& segments, std::vector<Diagnostic>& repairs,
                             std::vector<Diagnostic>& warnings);

/// True for a segment that may be a sidebar box: a short title and text, no credit line.
bool mayBeSidebar(const StorySegment& segment);

}  // namespace banmian::layout
