#pragma once

#include <cstddef>
#include <vector>

#include "layout/model/ProofMark.h"
#include "layout/model/Story.h"

namespace banmian::layout {

/// Characters of its story a mark keeps on either side of it (ProofMark::before, after).
inline constexpr std::size_t kMarkContext = 8;

/// What checking a mark against its story found.
enum class MarkCheck {
    InPlace,   ///< its text is where its range says (a decided mark: its range is in the stories)
    Found,     ///< its text was not there: found again in its story, and its range moved there
    Orphaned,  ///< its text is nowhere in its story, or its story is not in the document
};

/// Records in `mark` what its range covers in `stories`: the text, and the context on either side
/// (within its story, its texts joined by line feeds). Nothing when the range is not in them.
void recordMarkText(const std::vector<Story>& stories, ProofMark& mark);

/// Checks an open mark against its story: when the characters at its range are not its text (for
/// a caret, its context is not around it), it is found again — the occurrence of its text in that
/// story whose surroundings match its context best, then the one in the same text (kicker,
/// headline, subtitle, paragraph), then the nearest — or, when no occurrence matches its context
/// at all, orphaned: kept with its text, never drawn or applied on other characters. A decided
/// mark is only checked to lie in the stories (its text was replaced when it was accepted); an
/// orphaned one stays so. Used on reading, merging, drawing and accepting marks.
MarkCheck reanchor(const std::vector<Story>& stories, ProofMark& mark);

/// For each of `marks`, whether it is open and its range holds its text (a caret: has its
/// context around it) — what reanchor() leaves where it is.
std::vector<bool> marksInPlace(const std::vector<Story>& stories,
                               const std::vector<ProofMark>& marks);

/// reanchor() for every mark.
void checkMarks(const std::vector<Story>& stories, std::vector<ProofMark>& marks);

/// The marks checked against the stories, in the same order (what the page and the proof draw).
std::vector<ProofMark> checkedMarks(const std::vector<Story>& stories,
                                    std::vector<ProofMark> marks);

}  // namespace banmian::layout
