#pragma once

#include <optional>
#include <string>
#include <vector>

#include "layout/model/ProofMark.h"
#include "layout/model/Story.h"
#include "layout/output/PageLayout.h"
#include "layout/text/Typesetter.h"

namespace banmian::layout {

/// The open marks of a page in the order a proofreader numbers them: by story, as the document
/// lists its stories, then down each story's text. The number of a mark is its place here, from 1,
/// on the page, its note and the proof's summary alike.
std::vector<ProofMark> numberedMarks(const std::vector<Story>& stories,
                                     const std::vector<ProofMark>& marks);

/// A mark to draw, with the words written in the margin for it (MarkWords' markNote() on paper, the
/// window's words on screen).
struct MarkToDraw {
    ProofMark mark;
    std::string note;
};

/// How notes are written: the face (a Song or Hei at about the body size) and the ink, and how
/// wide the column beside the trim that holds them is.
struct MarkInk {
    ParagraphStyle note;
    Colour red;             ///< a proofreader's marks
    Colour hint;            ///< what the automatic checks found: not an order, another ink
    Colour change;          ///< text changed since the last round: for the eye, not an order
    LayoutUnit column = 0;  ///< the note column's width, outside the trim on either side
    LayoutUnit stroke = 0;  ///< the pen
};

/// The house's ink for marks: red (C0 M100 Y100 K0), the body face a size smaller, a note column
/// of 38 mm; `note` is the style whose face the notes take.
MarkInk markInk(const ParagraphStyle& note);

/// One mark as drawn: where its characters are, its note and the leader between them.
struct DrawnMark {
    std::string mark;  ///< the mark's id
    int number = 0;
    MarkKind kind = MarkKind::Comment;
    bool hint = false;
    std::vector<Rect> pieces;  ///< the characters marked, one rectangle per line piece
    std::optional<Rect> caret;
    Rect note;  ///< the note's box, in the column beside the trim
    /// From the mark to the note, in the space between lines, down the gutters and across the
    /// margin: never over text. Empty when no such way was found: the number alone joins them.
    std::vector<PagePoint> leader;
};

/// The marks of a page drawn as a proofreader draws them in red ink (GB/T 14706 校对符号): a strike
/// with its loop for a deletion, a caret for an insertion, a ring round what is replaced,
/// queried, restyled or transposed, a dotted line under a hint; each numbered at the mark and in
/// its note; the notes in the columns beside the trim nearest their marks, stacked clear of each
/// other and within the page's height; the leaders kept off every character on the page. Page
/// content — glyph runs and rules — that the screen and the proof PDF both draw: one drawing.
struct MarkDrawing {
    std::vector<DrawnMark> marks;
    std::vector<PageRun> runs;    ///< the notes and the numbers
    std::vector<PageRule> rules;  ///< the marks' strokes and the leaders
    Rect bounds;                  ///< all of it, on the page and beside it
};

/// Draws `marks` (numbered in their order, from 1) on `page`; marks whose text is not on the page
/// (overset, a story off it) are not drawn, and keep their number.
MarkDrawing drawMarks(const PageLayout& page, const std::vector<MarkToDraw>& marks,
                      Typesetter& typesetter, const MarkInk& ink);

/// Text changed since the last round (changesSinceLastRound()) marked on `page` for the proofreader
/// checking the red (核红): a thin blue line under the changed characters (beside a vertical
/// line's), a blue tick where text was only taken out. Rules to draw with the marks.
std::vector<PageRule> drawChanges(const PageLayout& page, const std::vector<TextRange>& changes,
                                  const MarkInk& ink);

}  // namespace banmian::layout
