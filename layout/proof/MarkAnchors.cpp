#include "layout/proof/MarkAnchors.h"

#include <algorithm>

#include "layout/model/DocumentText.h"
#include "layout/model/MarkText.h"
#include "layout/proof/TextDiff.h"

namespace banmian::layout {

void followText(const std::vector<Story>& before, const std::vector<Story>& after,
                std::vector<ProofMark>& marks) {
    if (marks.empty() || before == after) return;
    const DocumentText oldText(before), newText(after);
    const TextDiff diff(oldText.text(), newText.text());
    // Only a mark that was on its text goes on recording what it covers: one that was not (brought
    // from another copy unchecked) keeps its text, to be found by it again (MarkText).
    const std::vector<bool> wasInPlace = marksInPlace(before, marks);
    for (std::size_t i = 0; i < marks.size(); ++i) {
        ProofMark& mark = marks[i];
        const auto begin = oldText.offsetOf(mark.range.begin);
        const auto end = oldText.offsetOf(mark.range.end);
        if (!begin || !end || *end < *begin) {
            // Not a place in the old text either (a hand-edited file): nothing to follow.
            if (mark.status == MarkStatus::Open) mark.orphaned = true;
            continue;
        }
        std::size_t newBegin = 0, newEnd = 0;
        bool gone = false;
        if (*begin == *end) {
            // A caret goes with the characters around it; it is lost when both are.
            newBegin = newEnd = diff.map(*begin, TextDiff::Side::After);
            const std::size_t from = *begin > 0 ? *begin - 1 : 0;
            gone = diff.kept(from, *begin + 1) == 0;
        } else {
            newBegin = diff.map(*begin, TextDiff::Side::After);
            newEnd = std::max(newBegin, diff.map(*end, TextDiff::Side::Before));
            gone = diff.kept(*begin, *end) == 0;
        }
        TextPlace first = newText.placeAt(newBegin);
        TextPlace last = newText.placeAt(newEnd);
        if (last.story != first.story) last = first;  // an edit joined two stories' ends
        if (gone && mark.status == MarkStatus::Open) {
            mark.orphaned = true;
            last = first;
        }
        if (mark.kind == MarkKind::Transpose && mark.pivot > 0) {  // the split goes along
            const std::size_t pivot = diff.map(*begin + mark.pivot, TextDiff::Side::After);
            mark.pivot = std::clamp(pivot, newBegin, newEnd) - newBegin;
        }
        mark.range = {first, last};
        // What an open mark covers now — all of its text, or what an edit inside it left — is
        // what it is checked against from here on (MarkText), with the text around it.
        if (mark.open() && wasInPlace[i]) recordMarkText(after, mark);
    }
}

}  // namespace banmian::layout
