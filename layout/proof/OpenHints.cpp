#include "layout/proof/OpenHints.h"

#include <algorithm>

#include "layout/model/MarkText.h"
#include "layout/proof/ProofHints.h"

namespace banmian::layout {

std::vector<ProofMark> undecidedHints(const std::vector<Story>& stories,
                                      const std::vector<ProofMark>& marks,
                                      const std::vector<KnownMistake>& newsroom) {
    std::vector<ProofMark> hints = findHints(stories, newsroom);
    std::erase_if(hints, [&](const ProofMark& hint) {
        return std::any_of(marks.begin(), marks.end(),
                           [&](const ProofMark& m) { return m.id == hint.id; });
    });
    return hints;
}

std::vector<ProofMark> proofMarks(const Document& document,
                                  const std::vector<KnownMistake>& newsroom) {
    std::vector<ProofMark> marks = checkedMarks(document.stories, document.marks);
    for (ProofMark& hint : undecidedHints(document.stories, document.marks, newsroom))
        marks.push_back(std::move(hint));
    return marks;
}

}  // namespace banmian::layout
