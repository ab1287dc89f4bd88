#pragma once

#include <optional>
#include <vector>

#include "layout/model/Block.h"
#include "layout/model/Story.h"
#include "layout/output/PageLayout.h"

namespace banmian::layout {

/// Something on the page a designer picks up and moves on its own: a story block (its photos and
/// captions go with it), one of its photos, or a photo's caption.
struct PagePart {
    enum class Kind { Block, Photo, Caption };
    Kind kind = Kind::Block;
    std::size_t block = 0;
    std::size_t photo = 0;
    bool operator==(const PagePart&) const = default;
};

/// What a move or resize did: refused when it would put the part over another block (named, for
/// the designer to be told), and the page then unchanged.
struct EditOutcome {
    std::optional<std::size_t> blockInTheWay;
    bool refused() const { return blockInTheWay.has_value(); }
};

/// The part under a page point (photos and captions before the blocks they stand in, later blocks
/// before earlier ones); nothing on blank paper. `layout` is the page's composition.
std::optional<PagePart> partAt(const Page& page, const PageLayout& layout, LayoutUnit x,
                               LayoutUnit y);

/// Whether a point lies on a block's resize handle: its bottom-right corner, `reach` around it.
bool onResizeHandle(const Page& page, std::size_t block, LayoutUnit x, LayoutUnit y,
                    LayoutUnit reach);

/// The grid rectangles a part takes: a block's area, a photo's, a caption's (in the photo's last
/// lines until moved: `layout` says how many).
std::vector<GridRect> areaOf(const Page& page, const PageLayout& layout, const PagePart& part);

/// Moves a part by whole columns and grid lines, kept inside the type area; a block takes its
/// photos and captions along. Refused when it would land on another block, or a photo or caption
/// on another photo or caption; a photo or caption may stand inside its own block, over its text,
/// which flows around it.
EditOutcome movePart(Page& page, const PageLayout& layout, const PagePart& part, int columns,
                     int lines);

/// movePart() for several parts at once, by the same columns and lines: what moves together does
/// not stand in its own way.
EditOutcome moveParts(Page& page, const PageLayout& layout, const std::vector<PagePart>& parts,
                      int columns, int lines);

/// Resizes a block to end at grid column `endColumn` and line `endLine` (exclusive), its last
/// rectangle's right and bottom edges moving; at least one column and two lines. Refused like a
/// move.
EditOutcome resizeBlock(Page& page, std::size_t block, int endColumn, int endLine);

/// Places the story of id `story` (one of `stories`) on the page in a new block, its top left at
/// grid column `column` and line `line`, `columns` basic columns wide and as deep as its text needs
/// at that width (estimated by characters per line, as a desk casts off copy), within the type
/// area; a sidebar comes boxed. Where that is over another block, as many columns as the gap
/// there leaves (the story set deeper); refused, naming the block in the way at the width asked,
/// only where not one column is free. Else the new block's index.
struct Placement {
    EditOutcome outcome;
    std::size_t block = 0;
};
Placement placeStory(Page& page, const std::vector<Story>& stories, const std::string& story,
                     int column, int line, int columns);

/// The grid rectangle placeStory() would give the story (for showing it before the drop).
GridRect placementArea(const PageGrid& grid, const Story& story, int column, int line, int columns);

/// The blocks whose area overlaps `area`, but `self`.
std::optional<std::size_t> blockOver(const Page& page, std::size_t self,
                                     const std::vector<GridRect>& area);

}  // namespace banmian::layout
