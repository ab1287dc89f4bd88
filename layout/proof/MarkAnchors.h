#pragma once

#include <vector>

#include "layout/model/ProofMark.h"
#include "layout/model/Story.h"

namespace banmian::layout {

/// Moves `marks` with their characters from the stories `before` an edit to the stories `after`
/// it, whatever the edit was (a correction applied, a story rewritten, split or merged, a paragraph
/// moved): each mark stays on the characters it marked, and the recorded text and context of an
/// open mark that was on its text become what it covers now (what it is checked against:
/// MarkText.h). An open mark whose
/// characters were all deleted is orphaned — kept, with its text, where they were.
void followText(const std::vector<Story>& before, const std::vector<Story>& after,
                std::vector<ProofMark>& marks);

}  // namespace banmian::layout
