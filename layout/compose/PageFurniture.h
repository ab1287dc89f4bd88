#pragma once

#include "layout/compose/PageEdits.h"

namespace banmian::layout {

/// Where addEar() put the 报眼, or which block kept it from going there.
struct EarPlacement {
    EditOutcome outcome;
    std::size_t block = 0;
};

/// Adds a 报眼 (the ear) beside the masthead's name, as front pages have it: it takes the
/// masthead's right `columns` columns in the masthead's lines but the last (the heavy rule's), and
/// the masthead's name centres itself in what is left. Without a masthead, at the top right of
/// the type area. Refused, naming the block, where another block stands there or the masthead
/// would keep fewer than two columns.
EarPlacement addEar(Page& page, int columns = 2);

/// The 报眼 of `before` put back on `composed`, a page composed afresh, each with its words and
/// its id, beside the masthead's name as addEar() puts one: auto-compose places the stories, not
/// the furniture a designer set. Where the new masthead has no room for one (a narrower grid), it
/// is not put back, and the count of those says so.
int keepEars(const Page& before, Page& composed);

/// Takes block `block` off the page; a 报眼 gives its columns back to the masthead beside it
/// (the one ending where the ear begins, on the same lines), as addEar() took them.
void takeOff(Page& page, std::size_t block);

}  // namespace banmian::layout
