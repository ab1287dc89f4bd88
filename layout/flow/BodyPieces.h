#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "layout/model/Block.h"
#include "layout/model/Story.h"
#include "layout/text/TypesetParagraph.h"

namespace banmian::layout {

/// A paragraph of a story's body as a block sets it: whole, or from the place inside it where a
/// continued part (转版) begins.
struct BodyPiece {
    std::size_t paragraph = 0;
    std::size_t offset = 0;  ///< bytes into the paragraph where the piece starts
    std::string_view text;   ///< the paragraph from `offset` on
    /// A paragraph's first line is indented; a part that begins inside a paragraph is not.
    bool indented = true;
};

/// The body a block sets: every paragraph, or for a part continued from another page, the
/// paragraphs from its start on. A start past the story's end sets nothing (the part before
/// took all of it).
std::vector<BodyPiece> bodyPieces(const Story& story, const Jump& jump);

/// `line`, typeset from a piece `offset` bytes into its paragraph, with its text's bytes counted
/// from the paragraph's start: what hit tests and proof marks on the page look up.
TypesetLine inParagraph(TypesetLine line, std::size_t offset);

/// The place after the last character of the story's body: where a part that set all of it
/// ends.
TextPlace endOfBody(const Story& story);

}  // namespace banmian::layout
