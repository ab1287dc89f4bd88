#pragma once

#include <string>
#include <vector>

#include "layout/document/Document.h"
#include "layout/model/ProofMark.h"
#include "layout/output/PageLayout.h"
#include "layout/proof/MarkDrawing.h"

namespace banmian::layout {

/// One line of the list of a proof's marks: its number, its story, the text it marks, what it
/// asks, who asked and when, and in which round (校次) of `document` (a mark not on the page is
/// listed too: the list is every mark).
std::string markListEntry(int number, const ProofMark& mark, const Document& document);

/// The pages after a proof's page that list every mark (校样批注清单): a heading with `title`, the
/// page's round and the count (and, when the proof shows `changes` since the last round, how many
/// and in what ink), then markListEntry() for each of `numbered` (numberedMarks()), in columns down
/// the type area of `grid`, as many pages as they take.
std::vector<PageLayout> markListPages(const PageGrid& grid, const std::string& title,
                                      const std::vector<ProofMark>& numbered,
                                      const Document& document, std::size_t changes,
                                      Typesetter& typesetter, const MarkInk& ink);

}  // namespace banmian::layout
